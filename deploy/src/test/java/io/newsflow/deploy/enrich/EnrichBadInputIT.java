package io.newsflow.deploy.enrich;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of raw-topic records that are not articles, each after a good article, through the real enrich
 * service on a real broker: every bad record becomes one dead letter with stage, reason and its original
 * bytes, a tombstone is counted, and every good article still comes out enriched.
 */
class EnrichBadInputIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    /** Unrelated news, one per good article, so none is a near copy of another. */
    private static final List<String> STORIES = List.of(
            "The harbour reopened on Monday after repairs to the northern quay, port officials said.",
            "Farmers in the valley began the grape harvest early because of a dry and very hot summer.",
            "The city council approved a budget for new cycle lanes along the river embankment.",
            "A regional court postponed the fraud trial of two former bank executives until spring.",
            "Striking rail workers agreed to resume talks with the operator over pay and shift patterns.",
            "Astronomers reported a comet that will be visible without a telescope next month.",
            "The national library opened an exhibition of medieval maps lent by private collectors.");

    @TempDir
    Path stateDir;

    @Test
    void everyUnreadableRecordIsADeadLetterWithItsReasonAndTheArticlesAroundItGoThrough() throws Exception {
        Topics topics = Topics.configure(Map.of());
        Topic<String, RawArticle> raw = topics.rawArticles();
        byte[] good = raw.valueSerde().serializer().serialize(raw.name(), article("template", 6));
        Map<String, byte[]> corpus = new LinkedHashMap<>();
        corpus.put("truncated-avro", Arrays.copyOf(good, good.length / 2));
        corpus.put("unknown-fingerprint", unknownFingerprint(good));
        corpus.put("empty-value", new byte[0]);
        corpus.put("html-with-script", "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
        corpus.put("confluent-frame-without-registry", new byte[] {0, 0, 0, 0, 42, 2, 'a'});

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "state.dir", stateDir.toString(), "topics.partitions", "1"));
            TopicSetup.ensure(settings, topics, List.of());
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            try (StreamsRunner enrich = new StreamsRunner().start(List.of(EnrichService.create(settings, topics,
                    meters)));
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.asClientConfig(),
                         new ByteArraySerializer(), new ByteArraySerializer())) {
                int index = 0;
                for (Map.Entry<String, byte[]> bad : corpus.entrySet()) {
                    send(producer, raw, "good-" + index, raw.valueSerde().serializer().serialize(raw.name(),
                            article("good-" + index, index)));
                    send(producer, raw, bad.getKey(), bad.getValue());
                    index++;
                }
                send(producer, raw, "tombstone", null);
                send(producer, raw, "good-last", raw.valueSerde().serializer().serialize(raw.name(),
                        article("good-last", 5)));

                Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
                List<String> out = KafkaTestClients.readUntil(broker.bootstrapServers(), enriched.name(),
                        enriched.keySerde().deserializer(), enriched.valueSerde().deserializer(), record -> true,
                        6, WAIT).stream().map(ConsumerRecord::key).sorted().toList();
                Topic<byte[], DeadLetter> deadLetters = topics.deadLetters();
                List<DeadLetter> letters = KafkaTestClients.readUntil(broker.bootstrapServers(), deadLetters.name(),
                        deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer(),
                        record -> true, corpus.size(), WAIT).stream().map(ConsumerRecord::value).toList();

                assertEquals(List.of("good-0", "good-1", "good-2", "good-3", "good-4", "good-last"), out);
                assertEquals(corpus.size(), letters.size(), letters.toString());
                for (DeadLetter letter : letters) {
                    String key = StandardCharsets.UTF_8.decode(letter.getKey()).toString();
                    assertEquals("enrich", letter.getStage(), key);
                    assertTrue(letter.getReason().startsWith("deserialization"), key + ": " + letter.getReason());
                    assertEquals(raw.name(), letter.getTopic(), key);
                    assertArrayEquals(corpus.get(key), bytesOf(letter.getValue()), key + " keeps its bytes");
                }
                assertEquals(1.0, meters.get("newsflow.enrich.tombstones").counter().count());
            }
        }
    }

    private static void send(KafkaProducer<byte[], byte[]> producer, Topic<String, RawArticle> raw, String key,
                             byte[] value) throws Exception {
        producer.send(new ProducerRecord<>(raw.name(), key.getBytes(StandardCharsets.UTF_8), value)).get();
    }

    /** Single-object encoding's header with a fingerprint no released schema has. */
    private static byte[] unknownFingerprint(byte[] good) {
        byte[] copy = good.clone();
        for (int i = 2; i < 10; i++) {
            copy[i] = (byte) ~copy[i];
        }
        return copy;
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static RawArticle article(String id, int story) {
        Instant seen = Instant.parse("2024-08-11T10:00:00Z");
        String text = STORIES.get(story);
        return RawArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource("Example")
                .setTitle(text.substring(0, text.indexOf(' ', 30))).setBody(text)
                .setPublishedAt(seen).setFirstSeenAt(seen).build();
    }
}
