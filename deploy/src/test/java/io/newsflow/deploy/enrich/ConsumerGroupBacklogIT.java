package io.newsflow.deploy.enrich;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.enrich.stream.order.ConsumerGroupBacklog;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * The signal that lets enrich release what it holds: "drained" only once the consumer group has committed
 * every record of every watched topic, on a real broker.
 */
class ConsumerGroupBacklogIT {
    private static final String GROUP = "backlog-test-group";
    private static final Duration WAIT = Duration.ofSeconds(30);
    /** Three polls of the backlog: long enough for a wrong "drained" to have shown. */
    private static final Duration SEVERAL_POLLS = Duration.ofSeconds(3);

    @Test
    void drainedOnlyWhileTheGroupHasCommittedEveryRecordOfEveryTopic() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Map<String, Object> config = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(config)) {
                admin.createTopics(List.of(new NewTopic("in-a", 2, (short) 1), new NewTopic("in-b", 1, (short) 1)))
                        .all().get();
            }
            AtomicBoolean running = new AtomicBoolean(true);
            ConsumerGroupBacklog backlog = new ConsumerGroupBacklog(config, GROUP, List.of("in-a", "in-b"));
            backlog.watchWhile(running::get);
            try {
                awaitDrainedAfter(backlog, System.currentTimeMillis(), "empty topics are drained");

                try (KafkaProducer<String, String> producer = new KafkaProducer<>(config, new StringSerializer(),
                        new StringSerializer())) {
                    for (int partition = 0; partition < 2; partition++) {
                        producer.send(new ProducerRecord<>("in-a", partition, "k", "v")).get();
                    }
                    producer.send(new ProducerRecord<>("in-b", 0, "k", "v")).get();
                }
                long producedAt = System.currentTimeMillis();
                Thread.sleep(SEVERAL_POLLS.toMillis());
                assertTrue(backlog.settledAsOf(1) < producedAt, "three unread records are a backlog");

                consumeAndCommit(config, List.of(new TopicPartition("in-a", 0), new TopicPartition("in-a", 1)), 2);
                Thread.sleep(SEVERAL_POLLS.toMillis());
                assertTrue(backlog.settledAsOf(1) < producedAt, "in-b is still unread");

                consumeAndCommit(config, List.of(new TopicPartition("in-b", 0)), 1);
                awaitDrainedAfter(backlog, producedAt, "everything read and committed");
            } finally {
                running.set(false);
            }
        }
    }

    private static void awaitDrainedAfter(ConsumerGroupBacklog backlog, long millis, String why)
            throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (backlog.settledAsOf(1) < millis) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not seen drained within " + WAIT + ": " + why);
            }
            Thread.sleep(100);
        }
    }

    private static void consumeAndCommit(Map<String, Object> config, List<TopicPartition> partitions, int records) {
        Map<String, Object> consumerConfig = Map.of("bootstrap.servers", config.get("bootstrap.servers"),
                ConsumerConfig.GROUP_ID_CONFIG, GROUP, ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest",
                ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(consumerConfig, new StringDeserializer(),
                new StringDeserializer())) {
            consumer.assign(partitions);
            int read = 0;
            long deadline = System.nanoTime() + WAIT.toNanos();
            while (read < records && System.nanoTime() < deadline) {
                read += consumer.poll(Duration.ofMillis(200)).count();
            }
            assertTrue(read == records, "read " + read + " of " + records);
            consumer.commitSync();
        }
    }
}
