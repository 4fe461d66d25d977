package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.schemas.topics.Topic;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.avro.generic.IndexedRecord;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/** Reads a topic between two points (committed records only) and writes each value as one JSON line. */
public final class TopicDump {
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration TIMEOUT = Duration.ofMinutes(2);

    private TopicDump() {
    }

    /** Where the topic ends now: a later dump from here holds only what was written after this call. */
    public static Map<TopicPartition, Long> endOffsets(Settings settings, Topic<?, ?> topic) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings)) {
            return consumer.endOffsets(partitions(consumer, topic));
        }
    }

    /** Writes the records from {@code from} to the current end into the file; returns how many. */
    public static <V extends IndexedRecord> int write(Settings settings, Topic<?, V> topic,
                                                      Map<TopicPartition, Long> from, Path file) throws IOException {
        try (BufferedWriter out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            int[] count = {0};
            read(settings, topic, from, value -> {
                try {
                    out.write(RecordJson.toJson(value));
                    out.write('\n');
                    count[0]++;
                } catch (IOException e) {
                    throw new UncheckedIOException("cannot write " + file, e);
                }
            });
            return count[0];
        }
    }

    /** How many records the topic holds from {@code from} to its current end. */
    public static int count(Settings settings, Topic<?, ?> topic, Map<TopicPartition, Long> from) {
        int[] count = {0};
        read(settings, topic, from, value -> count[0]++);
        return count[0];
    }

    static <V> void read(Settings settings, Topic<?, V> topic, Map<TopicPartition, Long> from, Consumer<V> each) {
        try (KafkaConsumer<byte[], byte[]> consumer = consumer(settings)) {
            List<TopicPartition> partitions = partitions(consumer, topic);
            consumer.assign(partitions);
            partitions.forEach(partition -> consumer.seek(partition, from.getOrDefault(partition, 0L)));
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            long deadline = System.nanoTime() + TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(partition -> consumer.position(partition) < end.get(partition))) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("could not read " + topic.name() + " to its end within "
                            + TIMEOUT.toMinutes() + " minutes");
                }
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    V value = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
                    if (value != null) {
                        each.accept(value);
                    }
                }
            }
        }
    }

    private static List<TopicPartition> partitions(KafkaConsumer<byte[], byte[]> consumer, Topic<?, ?> topic) {
        List<PartitionInfo> infos = consumer.partitionsFor(topic.name());
        return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
    }

    private static KafkaConsumer<byte[], byte[]> consumer(Settings settings) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-dump-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class);
        return new KafkaConsumer<>(config);
    }
}
