package io.newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.serde.OversizedRecordException;
import io.newsflow.schemas.streams.DeadLetters;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.kafka.clients.producer.MockProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.errors.RecordTooLargeException;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;

class KafkaIngestSinkTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00Z");
    private final Topics topics = Topics.configure(Map.of());
    private final MockProducer<byte[], byte[]> producer =
            new MockProducer<>(false, null, new ByteArraySerializer(), new ByteArraySerializer());
    private final KafkaIngestSink sink = new KafkaIngestSink(producer, topics);

    @Test
    void articlesAreKeyedByArticleIdAndCompleteWhenTheBrokerAcknowledges() {
        RawArticle article = RawArticle.newBuilder().setArticleId("a-1").setUrl("").setSource("s").setTitle("t")
                .setBody("b").setPublishedAt(NOW).setFirstSeenAt(NOW).build();

        CompletableFuture<Void> written = sink.publish(article);
        producer.completeNext();
        written.join();

        ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
        assertEquals(Topics.RAW_ARTICLES, sent.topic());
        assertArrayEquals("a-1".getBytes(StandardCharsets.UTF_8), sent.key());
        assertEquals(article, topics.rawArticles().valueSerde().deserializer().deserialize(sent.topic(), sent.value()));
    }

    @Test
    void deadLettersGoToTheirTopicKeyedByTheirInputAndARefusalFailsTheFuture() {
        DeadLetter letter = DeadLetters.forInput("ingest", "invalid-json", "a.jsonl:3", new byte[] {1},
                new IllegalArgumentException("bad"), NOW);

        CompletableFuture<Void> written = sink.deadLetter(letter);
        producer.errorNext(new RecordTooLargeException("too big"));

        ProducerRecord<byte[], byte[]> sent = producer.history().get(0);
        assertEquals(Topics.DEAD_LETTERS, sent.topic());
        assertArrayEquals("a.jsonl:3".getBytes(StandardCharsets.UTF_8), sent.key());
        CompletionException failure = assertThrows(CompletionException.class, written::join);
        assertTrue(failure.getCause() instanceof RecordTooLargeException);
    }

    @Test
    void anArticleTooLargeForOneRequestFailsItsFutureWithoutReachingTheProducer() {
        KafkaIngestSink limited = new KafkaIngestSink(producer, Topics.configure(Map.of("max.request.size", "40000")));
        RawArticle large = RawArticle.newBuilder().setArticleId("a-2").setUrl("").setSource("s").setTitle("t")
                .setBody("x".repeat(30_000)).setPublishedAt(NOW).setFirstSeenAt(NOW).build();

        CompletionException failure = assertThrows(CompletionException.class, () -> limited.publish(large).join());

        assertTrue(failure.getCause() instanceof OversizedRecordException, failure.toString());
        assertTrue(producer.history().isEmpty());
    }
}
