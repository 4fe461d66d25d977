package io.newsflow.deploy.bench;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Evidence;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * Reads every output the bench measures, committed records only (read_committed, as any downstream reader
 * sees them), on a thread of its own from the start of the run: the passthrough's copies, enriched
 * articles, duplicates, dead letters, the story-articles topic alerts reads, and alerts. It counts them,
 * remembers where each article sits on the story-articles topic under its own story (to turn the alerts
 * group's committed offsets into articles) and, for the live articles it is told about, records how long after
 * first sight each enriched article and alert arrived here.
 */
final class OutputWatcher implements AutoCloseable {
    private static final Duration POLL = Duration.ofMillis(100);

    private final KafkaConsumer<byte[], byte[]> consumer;
    private final Topics topics;
    private final Thread thread;
    private final Map<String, Long> counts = new ConcurrentHashMap<>();
    private final Map<Integer, LongList> storyArticleOffsets = new HashMap<>();
    private final Map<String, Long> liveFirstSeen = new ConcurrentHashMap<>();
    private final List<Long> enrichedLatencies = new ArrayList<>();
    private final List<Long> alertLatencies = new ArrayList<>();
    private long storyArticleBytes;
    private volatile RuntimeException failure;

    OutputWatcher(Settings settings, Topics topics, List<String> watched) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-bench-watch-" + UUID.randomUUID());
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class);
        this.consumer = new KafkaConsumer<>(config);
        this.topics = topics;
        List<TopicPartition> partitions = watched.stream().flatMap(topic -> consumer.partitionsFor(topic).stream())
                .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        this.thread = new Thread(this::run, "bench-output-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        try {
            while (true) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(POLL)) {
                    accept(record, System.currentTimeMillis());
                }
            }
        } catch (WakeupException closing) {
            // close() woke the consumer up: the bench is done reading.
        } catch (RuntimeException e) {
            failure = e;
        } finally {
            consumer.close();
        }
    }

    private synchronized void accept(ConsumerRecord<byte[], byte[]> record, long receivedAt) {
        counts.merge(record.topic(), 1L, Long::sum);
        if (record.topic().equals(Topics.STORY_ARTICLES)) {
            EnrichedArticle article = topics.storyArticles().valueSerde().deserializer()
                    .deserialize(record.topic(), record.value());
            if (article.getStoryId().equals(new String(record.key(), StandardCharsets.UTF_8))) {
                storyArticleOffsets.computeIfAbsent(record.partition(), partition -> new LongList())
                        .add(record.offset());
            }
            storyArticleBytes += record.serializedKeySize() + record.serializedValueSize();
        } else if (record.topic().equals(Topics.ENRICHED_ARTICLES)) {
            Long firstSeen = record.key() == null ? null
                    : liveFirstSeen.get(new String(record.key(), StandardCharsets.UTF_8));
            if (firstSeen != null) {
                enrichedLatencies.add(receivedAt - firstSeen);
            }
        } else if (record.topic().equals(Topics.ALERTS) && !liveFirstSeen.isEmpty()) {
            Alert alert = topics.alerts().valueSerde().deserializer().deserialize(record.topic(), record.value());
            latestLiveEvidence(alert).ifPresent(firstSeen -> alertLatencies.add(receivedAt - firstSeen));
        }
    }

    /** The live article that made the alert: the latest-seen live article among its evidence. */
    private Optional<Long> latestLiveEvidence(Alert alert) {
        return alert.getEvidence().stream().map(Evidence::getArticleId).map(liveFirstSeen::get)
                .filter(Objects::nonNull).max(Long::compare);
    }

    /** From now on, enriched articles and alerts of this article are timed from its first sight. */
    void expectLive(String articleId, long firstSeenAtMillis) {
        liveFirstSeen.put(articleId, firstSeenAtMillis);
    }

    long count(String topic) {
        requireHealthy();
        return counts.getOrDefault(topic, 0L);
    }

    /** The serialized size of the story-articles records read so far, absorbed stories' included. */
    synchronized long storyArticleBytes() {
        return storyArticleBytes;
    }

    /**
     * How many articles lie below these committed offsets under their own story on the story-articles topic,
     * i.e. have been consumed by that group.
     */
    synchronized long storyArticlesBelow(Map<TopicPartition, Long> committed) {
        long below = 0;
        for (Map.Entry<TopicPartition, Long> entry : committed.entrySet()) {
            LongList offsets = storyArticleOffsets.get(entry.getKey().partition());
            if (entry.getKey().topic().equals(Topics.STORY_ARTICLES) && offsets != null) {
                below += offsets.countBelow(entry.getValue());
            }
        }
        return below;
    }

    synchronized List<Long> enrichedLatencies() {
        return List.copyOf(enrichedLatencies);
    }

    synchronized List<Long> alertLatencies() {
        return List.copyOf(alertLatencies);
    }

    private void requireHealthy() {
        if (failure != null) {
            throw new IllegalStateException("reading the outputs failed: " + failure.getMessage(), failure);
        }
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join();
    }

    /** Offsets in the order they were read, which within a partition is increasing. */
    private static final class LongList {
        private long[] values = new long[1024];
        private int size;

        void add(long value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        long countBelow(long bound) {
            int index = Arrays.binarySearch(values, 0, size, bound);
            return index >= 0 ? index : -index - 1;
        }
    }
}
