package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads a topic's committed records up to where it ends when the read starts, without joining a consumer
 * group's work (a fresh group id, nothing committed), so it never disturbs the services' own consumers.
 */
final class TopicReader {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private TopicReader() {
    }

    static Map<TopicPartition, Long> endOffsets(Settings settings, String topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings)) {
            return consumer.endOffsets(partitions(consumer, topic));
        }
    }

    /** Hands every record from {@code from} (a partition's start when absent) to the current end to {@code each}. */
    static void readToEnd(Settings settings, String topic, Map<TopicPartition, Long> from,
                          Consumer<ConsumerRecord<byte[], byte[]>> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, from.getOrDefault(partition, 0L)));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic + " to its end within "
                            + TIMEOUT.toMinutes() + " minutes");
                }
                consumer.poll(POLL).forEach(each);
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, String topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic);
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Settings settings) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-reader-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
