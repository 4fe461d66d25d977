package io.newsflow.ingest.feed;

import io.newsflow.schemas.topics.Topic;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.PartitionInfo;
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
        long deadline = System.nanoTime() + timeout.toNanos();
        List<TopicPartition> partitions = partitions(consumer, topic, deadline);
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        while (!caughtUp(consumer, end)) {
            if (System.nanoTime() - deadline > 0) {
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

    /**
     * The topic's partitions. It was created just before, and a broker can answer metadata requests a
     * moment before it knows a new topic, so "no partitions" is asked again until the deadline.
     */
    private static List<TopicPartition> partitions(Consumer<byte[], byte[]> consumer, Topic<String, String> topic,
                                                   long deadline) {
        while (true) {
            List<PartitionInfo> infos = consumer.partitionsFor(topic.name(), Duration.ofSeconds(5));
            if (infos != null && !infos.isEmpty()) {
                return infos.stream().map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            }
            if (System.nanoTime() - deadline > 0) {
                throw new IllegalStateException("topic " + topic.name() + " has no partitions; it must exist before "
                        + "ingest polls feeds");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for topic " + topic.name(), e);
            }
        }
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
