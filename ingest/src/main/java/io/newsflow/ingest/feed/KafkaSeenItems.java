package io.newsflow.ingest.feed;

import io.newsflow.schemas.topics.Topic;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;

/**
 * Seen feed items kept in a compacted topic (key: feed URL and item key, value: when first seen): the
 * broker already stores it durably and replicated, and compaction keeps one record per item however
 * often the feed is polled. At start the topic is read from the beginning to its end into memory.
 */
public final class KafkaSeenItems implements SeenItems {
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Producer<byte[], byte[]> producer;
    private final Topic<String, String> topic;
    private final Clock clock;

    private KafkaSeenItems(Producer<byte[], byte[]> producer, Topic<String, String> topic, Clock clock) {
        this.producer = producer;
        this.topic = topic;
        this.clock = clock;
    }

    /** Reads every item remembered so far; {@code consumer} needs no group (partitions are assigned). */
    public static KafkaSeenItems load(Consumer<byte[], byte[]> consumer, Producer<byte[], byte[]> producer,
                                      Topic<String, String> topic, Clock clock, Duration timeout) {
        KafkaSeenItems items = new KafkaSeenItems(producer, topic, clock);
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name(), timeout).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        Instant deadline = clock.instant().plus(timeout);
        while (!caughtUp(consumer, end)) {
            if (clock.instant().isAfter(deadline)) {
                throw new IllegalStateException("could not read the seen feed items from " + topic.name()
                        + " within " + timeout);
            }
            for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                String key = topic.keySerde().deserializer().deserialize(topic.name(), record.key());
                if (record.value() == null) {
                    items.seen.remove(key);
                } else {
                    items.seen.add(key);
                }
            }
        }
        return items;
    }

    public int size() {
        return seen.size();
    }

    @Override
    public boolean contains(String itemKey) {
        return seen.contains(itemKey);
    }

    @Override
    public CompletableFuture<Void> remember(String itemKey) {
        seen.add(itemKey);
        byte[] key = topic.keySerde().serializer().serialize(topic.name(), itemKey);
        byte[] value = topic.valueSerde().serializer().serialize(topic.name(), clock.instant().toString());
        CompletableFuture<Void> written = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic.name(), key, value), (metadata, error) -> {
            if (error == null) {
                written.complete(null);
            } else {
                written.completeExceptionally(error);
            }
        });
        return written;
    }

    private static boolean caughtUp(Consumer<byte[], byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(entry -> consumer.position(entry.getKey()) >= entry.getValue());
    }
}
