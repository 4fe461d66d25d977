package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.SerializationException;

/**
 * Writes articles keyed by article id and dead letters keyed by the input they name (file:line or URL, so
 * an operator can find every dead letter of one file), both through one byte producer:
 * serialising with the registry's serdes here keeps a single producer (one set of batches, one idempotence
 * session) for both topics. The sink owns the producer and closes it.
 *
 * <p>The futures complete on a thread of the sink's own, never on the producer's I/O thread: a stage that
 * sends again (a dead letter after a refused article) would otherwise block that thread while waiting for
 * metadata only that thread can fetch, and stall until {@code max.block.ms}.
 */
public final class KafkaIngestSink implements IngestSink {
    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawArticles;
    private final Topic<byte[], DeadLetter> deadLetters;
    private final ExecutorService completions = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "ingest-sink-completions");
        thread.setDaemon(true);
        return thread;
    });

    public KafkaIngestSink(Producer<byte[], byte[]> producer, Topics topics) {
        this.producer = producer;
        this.rawArticles = topics.rawArticles();
        this.deadLetters = topics.deadLetters();
    }

    @Override
    public CompletableFuture<Void> publish(RawArticle article) {
        return send(rawArticles, article.getArticleId(), article);
    }

    @Override
    public CompletableFuture<Void> deadLetter(DeadLetter letter) {
        String input = letter.getInput();
        return send(deadLetters, input == null ? null : input.getBytes(StandardCharsets.UTF_8), letter);
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
        completions.shutdown();
        try {
            completions.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private <K, V> CompletableFuture<Void> send(Topic<K, V> topic, K key, V value) {
        byte[] keyBytes;
        byte[] valueBytes;
        try {
            keyBytes = key == null ? null : topic.keySerde().serializer().serialize(topic.name(), key);
            valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        } catch (SerializationException e) {
            return CompletableFuture.failedFuture(e);
        }
        CompletableFuture<Void> written = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes), (metadata, error) ->
                completions.execute(() -> {
                    if (error == null) {
                        written.complete(null);
                    } else {
                        written.completeExceptionally(error);
                    }
                }));
        return written;
    }
}
