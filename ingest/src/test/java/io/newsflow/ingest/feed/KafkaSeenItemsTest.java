package io.newsflow.ingest.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.MockConsumer;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaSeenItemsTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final Topic<String, String> topic = Topics.configure(Map.of()).ingestSeen();
    private final TopicPartition partition = new TopicPartition(topic.name(), 0);
    private final MockConsumer<byte[], byte[]> consumer = new MockConsumer<>("earliest");
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(true, null, new ByteArraySerializer(), new ByteArraySerializer());

    @Test
    void readsTheTopicToItsEndAndHonoursTombstones() {
        consumer.updatePartitions(topic.name(), List.of(new PartitionInfo(topic.name(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, 3L));
        consumer.schedulePollTask(() -> {
            consumer.addRecord(record(0, "feed-a item-1", "2025-05-01T00:00:00Z"));
            consumer.addRecord(record(1, "feed-a item-2", "2025-05-01T00:00:00Z"));
            consumer.addRecord(record(2, "feed-a item-1", null));
        });

        KafkaSeenItems seen = load();

        assertTrue(seen.contains("feed-a item-2"));
        assertFalse(seen.contains("feed-a item-1"), "a tombstone forgets the item");
        assertEquals(1, seen.size());
    }

    @Test
    void remembersNewItemsAtOnceAndWritesThemToTheTopic() {
        consumer.updatePartitions(topic.name(), List.of(new PartitionInfo(topic.name(), 0, null, null, null)));
        consumer.updateBeginningOffsets(Map.of(partition, 0L));
        consumer.updateEndOffsets(Map.of(partition, 0L));
        KafkaSeenItems seen = load();

        seen.remember("feed-b item-9").join();

        assertTrue(seen.contains("feed-b item-9"));
        ProducerRecord<byte[], byte[]> written = producer.history().get(0);
        assertEquals(topic.name(), written.topic());
        assertEquals("feed-b item-9", new String(written.key(), StandardCharsets.UTF_8));
        assertEquals(NOW.toString(), new String(written.value(), StandardCharsets.UTF_8));
    }

    private KafkaSeenItems load() {
        return KafkaSeenItems.load(consumer, producer, topic, Clock.fixed(NOW, ZoneOffset.UTC), Duration.ofSeconds(5));
    }

    private ConsumerRecord<byte[], byte[]> record(long offset, String key, String value) {
        return new ConsumerRecord<>(topic.name(), 0, offset, key.getBytes(StandardCharsets.UTF_8),
                value == null ? null : value.getBytes(StandardCharsets.UTF_8));
    }
}
