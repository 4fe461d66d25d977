package io.newsflow.deploy.faults;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.Evidence;
import io.newsflow.schemas.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * What the pipeline has committed to its output topics (read_committed, from the start, no consumer
 * group, so it keeps reading across a broker restart): enriched articles, duplicate notices, dead
 * letters and alerts, kept in order of arrival, with each enriched article's story and what each alert says
 * (kind, story, reporting articles).
 */
final class Ledger implements AutoCloseable {
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);
    private final Topics topics;
    private final KafkaConsumer<byte[], byte[]> consumer;
    private final List<String> enriched = new ArrayList<>();
    private final Map<String, String> stories = new TreeMap<>();
    private final List<String> duplicatePairs = new ArrayList<>();
    private final List<String> deadLetters = new ArrayList<>();
    private final List<String> alerts = new ArrayList<>();
    private final Map<String, String> alertContents = new TreeMap<>();

    Ledger(String bootstrapServers, Topics topics) {
        this.topics = topics;
        this.consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers,
                ConsumerConfig.CLIENT_ID_CONFIG, "fault-ledger-" + UUID.randomUUID(),
                ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed"),
                new ByteArrayDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(topics.enrichedArticles().name(), topics.duplicates().name(),
                topics.deadLetters().name(), topics.alerts().name())) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads what has arrived within about {@code wait}; answers how many records that was. */
    int poll(Duration wait) {
        ConsumerRecords<byte[], byte[]> records = consumer.poll(wait);
        for (ConsumerRecord<byte[], byte[]> record : records) {
            String topic = record.topic();
            if (topic.equals(topics.enrichedArticles().name())) {
                EnrichedArticle article = topics.enrichedArticles().valueSerde().deserializer()
                        .deserialize(topic, record.value());
                enriched.add(article.getArticleId());
                stories.put(article.getArticleId(), article.getStoryId());
            } else if (topic.equals(topics.duplicates().name())) {
                DuplicateNotice notice = topics.duplicates().valueSerde().deserializer().deserialize(topic, record.value());
                duplicatePairs.add(notice.getArticleId() + " -> " + notice.getDuplicateOf());
            } else if (topic.equals(topics.deadLetters().name())) {
                DeadLetter letter = topics.deadLetters().valueSerde().deserializer().deserialize(topic, record.value());
                ByteBuffer key = letter.getKey();
                deadLetters.add(key == null ? "(no key)" : StandardCharsets.UTF_8.decode(key.duplicate()).toString());
            } else {
                Alert alert = topics.alerts().valueSerde().deserializer().deserialize(topic, record.value());
                alerts.add(alert.getAlertId());
                alertContents.put(alert.getAlertId(), alert.getKind() + " of story " + alert.getStoryId()
                        + " reported by " + alert.getEvidence().stream().map(Evidence::getArticleId).toList());
            }
        }
        return records.count();
    }

    /** Articles accounted for so far: enriched, duplicates and dead letters together. */
    int accounted() {
        return enriched.size() + duplicatePairs.size() + deadLetters.size();
    }

    int alerts() {
        return alerts.size();
    }

    /** Reads what has arrived, until a read brings nothing (or for at most {@code DRAIN_LIMIT}). */
    void drain() {
        long deadline = System.nanoTime() + DRAIN_LIMIT.toNanos();
        int read;
        do {
            read = poll(Duration.ofMillis(250));
        } while (read > 0 && System.nanoTime() < deadline);
    }

    /** Reads until {@code condition} holds; false if it did not within {@code limit}. */
    boolean awaitUntil(BooleanSupplier condition, Duration limit) {
        long deadline = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            poll(Duration.ofMillis(250));
        }
        return true;
    }

    /**
     * Reads until every input is accounted for and {@code drained} holds (alerts trail enrich), then
     * until nothing more has arrived for {@code quiet} (a restarted service may still repeat something);
     * waits at most {@code limit} for the first two.
     */
    Outcome settle(int inputs, BooleanSupplier drained, Duration quiet, Duration limit) {
        awaitUntil(() -> accounted() >= inputs && drained.getAsBoolean(), limit);
        int seen = -1;
        while (seen != accounted() + alerts.size()) {
            seen = accounted() + alerts.size();
            long until = System.nanoTime() + quiet.toNanos();
            while (System.nanoTime() < until) {
                poll(Duration.ofMillis(250));
            }
        }
        return new Outcome(List.copyOf(enriched), Map.copyOf(stories), List.copyOf(duplicatePairs),
                List.copyOf(deadLetters), List.copyOf(alerts), Map.copyOf(alertContents));
    }

    @Override
    public void close() {
        consumer.close();
    }
}
