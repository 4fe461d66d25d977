package io.newsflow.ingest.publish;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes articles keyed by article id and dead letters keyed by nothing, both through one byte producer:
 * serialising with the registry's serdes here keeps a single producer (one set of batches, one idempotence
 * session) for both topics. The sink owns the producer and closes it.
 */
public final class KafkaIngestSink implements IngestSink {
    private final Producer<byte[], byte[]> producer;
    private final Topic<String, RawArticle> rawArticles;
    private final Topic<byte[], DeadLetter> deadLetters;

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
        return send(deadLetters, null, letter);
    }

    @Override
    public void flush() {
        producer.flush();
    }

    @Override
    public void close() {
        producer.close();
    }

    private <K, V> CompletableFuture<Void> send(Topic<K, V> topic, K key, V value) {
        byte[] keyBytes = key == null ? null : topic.keySerde().serializer().serialize(topic.name(), key);
        byte[] valueBytes = topic.valueSerde().serializer().serialize(topic.name(), value);
        CompletableFuture<Void> written = new CompletableFuture<>();
        producer.send(new ProducerRecord<>(topic.name(), keyBytes, valueBytes), (metadata, error) -> {
            if (error == null) {
                written.complete(null);
            } else {
                written.completeExceptionally(error);
            }
        });
        return written;
    }
}
