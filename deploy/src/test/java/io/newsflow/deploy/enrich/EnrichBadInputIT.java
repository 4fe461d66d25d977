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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A corpus of hostile raw-topic records, each after a good article, through the real enrich service on a
 * real broker, as one table: what each case must become (a dead letter with stage and reason, and the raw
 * record's bytes when it was unreadable; a count, for a tombstone). The counts of the whole run are asserted,
 * and every good article still comes out enriched. A 900 KB article is readable, but tagged it no longer fits
 * a request (a sentence-level event per paragraph): it is a dead letter keyed by its id at the story-serial
 * sink. Its verdict was released by dedup-decide's punctuation, so there is no source record to keep. A 10 MB body never reaches this topic:
 * ingest refuses inputs of 10,000,000 bytes or more as {@code too-large} (see {@code FileIngestor}), and the
 * broker refuses records over its 1 MB {@code message.max.bytes}.
 */
class EnrichBadInputIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** Unrelated news, one per good article, so none is a near copy of another. */
    private static final List<String> STORIES = List.of(
            "The harbour reopened on Monday after repairs to the northern quay, port officials said.",
            "Farmers in the valley began the grape harvest early because of a dry and very hot summer.",
            "The city council approved a budget for new cycle lanes along the river embankment.",
            "A regional court postponed the fraud trial of two former bank executives until spring.",
            "Striking rail workers agreed to resume talks with the operator over pay and shift patterns.",
            "Astronomers reported a comet that will be visible without a telescope next month.",
            "The national library opened an exhibition of medieval maps lent by private collectors.",
            "The ministry published a plan to replace the ageing water pipes under the old town.",
            "A ferry company added a night crossing to the islands for the summer season.",
            "Volunteers cleared litter from the beaches after the storm washed plastic ashore.");

    /** What one case of the corpus must become. */
    private enum Fate { DEAD_LETTER, COUNTED }

    /**
     * A case: the raw record's key and value, and its fate ({@code reason}: how the dead letter's reason starts;
     * {@code keepsRecord}: whether the dead letter holds the raw record's topic and bytes).
     */
    private record Case(String key, byte[] value, Fate fate, String reason, boolean keepsRecord) {
        static Case unreadable(String key, byte[] value) {
            return new Case(key, value, Fate.DEAD_LETTER, "deserialization", true);
        }
    }

    @TempDir
    Path stateDir;

    @Test
    void everyHostileRecordMeetsItsFateAndTheArticlesAroundItGoThrough() throws Exception {
        Topics topics = Topics.configure(Map.of());
        Topic<String, RawArticle> raw = topics.rawArticles();
        byte[] good = raw.valueSerde().serializer().serialize(raw.name(), article("template", 6, STORIES.get(6)));
        List<Case> corpus = List.of(
                Case.unreadable("truncated-avro", Arrays.copyOf(good, good.length / 2)),
                Case.unreadable("unknown-fingerprint", unknownFingerprint(good)),
                Case.unreadable("empty-value", new byte[0]),
                Case.unreadable("html-with-script",
                        "<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8)),
                Case.unreadable("confluent-frame-without-registry", new byte[] {0, 0, 0, 0, 42, 2, 'a'}),
                Case.unreadable("invalid-utf8-in-title", invalidUtf8InTitle(raw)),
                new Case("tombstone", null, Fate.COUNTED, null, false),
                new Case("value-of-900-kb", raw.valueSerde().serializer().serialize(raw.name(),
                        article("value-of-900-kb", 9, body(900 * 1024))), Fate.DEAD_LETTER,
                        "serialization of value for newsflow-enrich-story-serial-repartition", false));

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "state.dir", stateDir.toString(), "topics.partitions", "1"));
            TopicSetup.ensure(settings, topics, List.of());
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            try (StreamsRunner enrich = new StreamsRunner().start(List.of(EnrichService.create(settings, topics,
                    meters)));
                 KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(settings.asClientConfig(),
                         new ByteArraySerializer(), new ByteArraySerializer())) {
                List<String> goods = new ArrayList<>();
                for (int index = 0; index < corpus.size(); index++) {
                    String id = "good-" + index;
                    send(producer, raw, id, raw.valueSerde().serializer().serialize(raw.name(),
                            article(id, index, STORIES.get(index))));
                    goods.add(id);
                    send(producer, raw, corpus.get(index).key(), corpus.get(index).value());
                }
                send(producer, raw, "good-last", raw.valueSerde().serializer().serialize(raw.name(),
                        article("good-last", 8, STORIES.get(8))));
                goods.add("good-last");

                List<Case> expectedLetters = corpus.stream().filter(c -> c.fate() == Fate.DEAD_LETTER).toList();

                Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
                List<String> out = KafkaTestClients.readUntil(broker.bootstrapServers(), enriched.name(),
                        enriched.keySerde().deserializer(), enriched.valueSerde().deserializer(), record -> true,
                        goods.size(), WAIT).stream().map(ConsumerRecord::key).sorted().toList();
                Topic<byte[], DeadLetter> deadLetters = topics.deadLetters();
                List<DeadLetter> letters = KafkaTestClients.readUntil(broker.bootstrapServers(), deadLetters.name(),
                        deadLetters.keySerde().deserializer(), deadLetters.valueSerde().deserializer(),
                        record -> true, expectedLetters.size(), WAIT).stream().map(ConsumerRecord::value).toList();

                assertEquals(goods.stream().sorted().toList(), out, "enriched");
                assertEquals(expectedLetters.stream().map(Case::key).sorted().toList(),
                        letters.stream().map(EnrichBadInputIT::keyOf).sorted().toList(), "dead letters: "
                                + letters.stream().map(letter -> keyOf(letter) + " from " + letter.getTopic() + ": "
                                + letter.getReason()).toList());
                for (DeadLetter letter : letters) {
                    String key = keyOf(letter);
                    Case bad = expectedLetters.stream().filter(c -> c.key().equals(key)).findFirst().orElseThrow();
                    assertEquals("enrich", letter.getStage(), key);
                    assertTrue(letter.getReason().startsWith(bad.reason()), key + ": " + letter.getReason());
                    if (bad.keepsRecord()) {
                        assertEquals(raw.name(), letter.getTopic(), key);
                        assertArrayEquals(bad.value(), bytesOf(letter.getValue()), key + " keeps its bytes");
                    }
                }
                assertTrue(letters.stream().filter(letter -> keyOf(letter).equals("invalid-utf8-in-title"))
                                .allMatch(letter -> String.valueOf(letter.getErrorMessage()).contains("not valid UTF-8")),
                        "the error message names the bad text");
                assertEquals((double) corpus.stream().filter(c -> c.fate() == Fate.COUNTED).count(),
                        meters.get("newsflow.enrich.tombstones").counter().count(), "tombstones counted");
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

    private static String keyOf(DeadLetter letter) {
        return letter.getKey() == null ? "(no key)" : StandardCharsets.UTF_8.decode(letter.getKey().duplicate()).toString();
    }

    private static byte[] bytesOf(ByteBuffer buffer) {
        byte[] bytes = new byte[buffer.remaining()];
        buffer.duplicate().get(bytes);
        return bytes;
    }

    private static RawArticle article(String id, int titleStory, String body) {
        Instant seen = Instant.parse("2024-08-11T10:00:00Z");
        String title = STORIES.get(titleStory);
        return RawArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource("Example")
                .setTitle(title.substring(0, title.indexOf(' ', 30))).setBody(body)
                .setPublishedAt(seen).setFirstSeenAt(seen).build();
    }

    /** About {@code bytes} of text, numbered paragraphs, so it is no copy of the short articles. */
    private static String body(int bytes) {
        StringBuilder text = new StringBuilder();
        for (int paragraph = 0; text.length() < bytes; paragraph++) {
            text.append("Paragraph ").append(paragraph).append(": ").append(STORIES.get(paragraph % STORIES.size()))
                    .append('\n');
        }
        return text.toString();
    }

    /** A good article's encoding with one byte of its title made 0xFF, which UTF-8 never has. */
    private static byte[] invalidUtf8InTitle(Topic<String, RawArticle> raw) {
        RawArticle article = article("invalid-utf8-in-title", 0, STORIES.get(0));
        byte[] bytes = raw.valueSerde().serializer().serialize(raw.name(), article);
        byte[] title = article.getTitle().getBytes(StandardCharsets.UTF_8);
        for (int start = 0; start + title.length <= bytes.length; start++) {
            if (Arrays.equals(bytes, start, start + title.length, title, 0, title.length)) {
                bytes[start + 1] = (byte) 0xFF;
                return bytes;
            }
        }
        throw new IllegalStateException("the title is not in the encoding");
    }
}
