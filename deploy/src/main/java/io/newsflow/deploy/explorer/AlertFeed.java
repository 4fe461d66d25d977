package io.newsflow.deploy.explorer;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.json.RecordJson;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Semaphore;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.InterruptException;

/**
 * GET /api/alerts/stream: Server-Sent Events of alerts as they are committed, from news.alerts.v1, or for
 * one subscription from news.alerts.deliveries.v1 (what it was actually sent, after throttling). Each
 * event's id is the feed position after it, so EventSource's Last-Event-ID resumes without loss or repeat.
 */
final class AlertFeed {
    private static final Duration POLL = Duration.ofMillis(250);
    /** A comment this often lets proxies keep the connection and shows a closed browser tab by a failed write. */
    private static final Duration HEARTBEAT = Duration.ofSeconds(15);

    private final Settings settings;
    private final Topics topics;
    private final int backlog;
    private final Semaphore clients;

    AlertFeed(Settings settings, Topics topics) {
        this.settings = settings;
        this.topics = topics;
        this.backlog = settings.getInt("explorer.feed.backlog");
        this.clients = new Semaphore(settings.getInt("explorer.feed.max.clients"));
    }

    /** Streams until the client goes away or {@code closing} turns true. */
    void stream(OutputStreamOpener response, String subscription, String lastEventId, BooleanSupplier closing)
            throws IOException {
        FeedPosition resumeFrom = parse(lastEventId);
        if (!clients.tryAcquire()) {
            throw ApiError.unavailable("the live feed already serves explorer.feed.max.clients clients");
        }
        Topic<String, Alert> topic = subscription == null ? topics.alerts() : topics.deliveries();
        try (KafkaConsumer<String, Alert> consumer = consumer(topic)) {
            FeedPosition position = start(consumer, topic, resumeFrom);
            OutputStream out = response.open();
            send(out, "retry: 2000\n\n");
            long lastWrite = System.nanoTime();
            while (!closing.getAsBoolean()) {
                for (ConsumerRecord<String, Alert> record : consumer.poll(POLL)) {
                    position = position.after(record.partition(), record.offset());
                    if (subscription == null || subscription.equals(record.key())) {
                        send(out, "id: " + position.eventId() + "\nevent: alert\ndata: "
                                + RecordJson.toJson(record.value()) + "\n\n");
                        lastWrite = System.nanoTime();
                    }
                }
                if (System.nanoTime() - lastWrite > HEARTBEAT.toNanos()) {
                    send(out, ": still here\n\n");
                    lastWrite = System.nanoTime();
                }
            }
        } catch (InterruptException stopping) {
            // The explorer is closing and interrupted this stream's thread.
        } finally {
            clients.release();
        }
    }

    private static FeedPosition parse(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            return FeedPosition.parse(lastEventId);
        } catch (IllegalArgumentException e) {
            throw ApiError.badRequest(e.getMessage());
        }
    }

    private KafkaConsumer<String, Alert> consumer(Topic<String, Alert> topic) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-explorer-feed-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        return new KafkaConsumer<>(config, topic.keySerde().deserializer(), topic.valueSerde().deserializer());
    }

    /** Resumes where the client left off, or starts {@code backlog} alerts before the end of each partition. */
    private FeedPosition start(KafkaConsumer<String, Alert> consumer, Topic<String, Alert> topic,
                               FeedPosition resumeFrom) {
        List<TopicPartition> partitions = consumer.partitionsFor(topic.name()).stream()
                .map(info -> new TopicPartition(topic.name(), info.partition())).toList();
        consumer.assign(partitions);
        Map<TopicPartition, Long> beginning = consumer.beginningOffsets(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
        Map<Integer, Long> next = new HashMap<>();
        for (TopicPartition partition : partitions) {
            long from = resumeFrom != null && resumeFrom.nextOffsets().containsKey(partition.partition())
                    ? resumeFrom.nextOffsets().get(partition.partition())
                    : end.get(partition) - backlog;
            long bounded = Math.min(Math.max(from, beginning.get(partition)), end.get(partition));
            consumer.seek(partition, bounded);
            next.put(partition.partition(), bounded);
        }
        return new FeedPosition(next);
    }

    private static void send(OutputStream out, String text) throws IOException {
        out.write(text.getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    /** Sends the 200 and the event-stream headers, only once the feed knows where it starts. */
    interface OutputStreamOpener {
        OutputStream open() throws IOException;
    }
}
