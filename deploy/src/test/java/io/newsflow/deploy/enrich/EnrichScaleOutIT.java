package io.newsflow.deploy.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich instances share a four-partition raw topic. Every syndicated copy is produced to another
 * partition than its original, so the copy and the original are sketched by different tasks (mostly on
 * different instances); the copies are still caught, because dedup meets them in their shared buckets,
 * and still when a copy reaches the pipeline before its earlier-seen original.
 */
class EnrichScaleOutIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final int PARTITIONS = 4;
    private static final int STORIES = 12;
    private static final Instant SEEN = Instant.parse("2024-08-11T14:00:00Z");

    @TempDir
    Path work;

    @Test
    void copiesArrivingOnOtherPartitionsThanTheirOriginalsAreCaughtByEitherInstance() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = fourPartitions(broker);
            Topics topics = Topics.configure(settings.asClientConfig());
            SyntheticWire wire = new SyntheticWire(new Random(7));
            List<String> originals = wire.articles(STORIES);

            try (StreamsRunner first = run(settings, "first", topics, new SimpleMeterRegistry());
                 StreamsRunner second = run(settings, "second", topics, new SimpleMeterRegistry())) {
                for (int story = 0; story < STORIES; story++) {
                    publish(settings, topics, story % PARTITIONS, article("original-" + story,
                            "Story " + story + " breaks", originals.get(story), SEEN.plusSeconds(story)));
                }
                assertEquals(STORIES, read(broker, topics.enrichedArticles(), STORIES).size());
                for (int story = 0; story < STORIES; story++) {
                    publish(settings, topics, (story + 1 + story % 3) % PARTITIONS, article("copy-" + story,
                            "Syndicated: story " + story, wire.syndicate(originals.get(story)),
                            SEEN.plusSeconds(600 + story)));
                }

                assertEquals(eachCopyOfItsOriginal(), copyOf(broker, topics));
                assertFalse(activeTasks(first).isEmpty(), "the first instance runs tasks");
                assertFalse(activeTasks(second).isEmpty(), "the second instance runs tasks");
            }
        }
    }

    /**
     * The race of a backfill over several partitions: every copy reaches the raw topic, and is sketched and
     * probed, before its original, but ingest saw the original first (the original's partition lagged). The
     * buckets send each copy a late match when the original is filed, and the held copy becomes the copy.
     */
    @Test
    void copiesThatReachThePipelineBeforeTheirEarlierSeenOriginalsAreStillTheCopies() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = fourPartitions(broker);
            Topics topics = Topics.configure(settings.asClientConfig());
            SyntheticWire wire = new SyntheticWire(new Random(11));
            List<String> originals = wire.articles(STORIES);
            MeterRegistry meters = new SimpleMeterRegistry();

            try (StreamsRunner enrich = run(settings, "only", topics, meters)) {
                Map<RawArticle, Integer> copies = new LinkedHashMap<>();
                for (int story = 0; story < STORIES; story++) {
                    copies.put(article("copy-" + story, "Syndicated: story " + story,
                            wire.syndicate(originals.get(story)), SEEN.plusSeconds(600 + story)),
                            (story + 1) % PARTITIONS);
                }
                publish(settings, topics, copies);
                awaitArticlesIn(meters, STORIES);
                // One burst, as a lagging partition catches up: the copies' verdicts are held for the settling of
                // what was on enrich's inputs when they were held, so the originals come well within that.
                Map<RawArticle, Integer> late = new LinkedHashMap<>();
                for (int story = 0; story < STORIES; story++) {
                    late.put(article("original-" + story, "Story " + story + " breaks", originals.get(story),
                            SEEN.plusSeconds(story)), story % PARTITIONS);
                }
                publish(settings, topics, late);

                assertEquals(eachCopyOfItsOriginal(), copyOf(broker, topics));
                assertEquals(originalIds(), read(broker, topics.enrichedArticles(), STORIES).stream()
                        .map(EnrichedArticle::getArticleId).collect(Collectors.toSet()));
                assertTrue(lateMatches(meters, "in_time") > 0, "the copies were decided before their originals");
                assertEquals(0.0, lateMatches(meters, "too_late"));
            }
        }
    }

    /** Settings for a four-partition newsflow on the broker, with its topics created. */
    private static Settings fourPartitions(EmbeddedKafkaBroker broker) {
        Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "topics.partitions", String.valueOf(PARTITIONS)));
        TopicSetup.ensure(settings, Topics.configure(settings.asClientConfig()), List.of());
        return settings;
    }

    private static void awaitArticlesIn(MeterRegistry meters, int count) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (meters.get("newsflow.enrich.articles.in").counter().count() < count) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("enrich did not read " + count + " articles within " + WAIT);
            }
            Thread.sleep(50);
        }
    }

    private static double lateMatches(MeterRegistry meters, String outcome) {
        return meters.get("newsflow.enrich.dedup.late.matches").tag("outcome", outcome).counter().count();
    }

    private static Map<String, String> eachCopyOfItsOriginal() {
        Map<String, String> expected = new HashMap<>();
        for (int story = 0; story < STORIES; story++) {
            expected.put("copy-" + story, "original-" + story);
        }
        return expected;
    }

    private static Set<String> originalIds() {
        return eachCopyOfItsOriginal().values().stream().collect(Collectors.toSet());
    }

    private static Map<String, String> copyOf(EmbeddedKafkaBroker broker, Topics topics) {
        return read(broker, topics.duplicates(), STORIES).stream()
                .collect(Collectors.toMap(DuplicateNotice::getArticleId, DuplicateNotice::getDuplicateOf));
    }

    private StreamsRunner run(Settings settings, String instance, Topics topics, MeterRegistry meters) {
        Settings local = settings.with("state.dir", work.resolve(instance).toString());
        return new StreamsRunner().start(List.of(EnrichService.create(local, topics, meters)));
    }

    private static List<String> activeTasks(StreamsRunner runner) {
        KafkaStreams app = runner.apps().get(0);
        return app.metadataForLocalThreads().stream()
                .flatMap(thread -> thread.activeTasks().stream())
                .map(task -> task.taskId().toString())
                .toList();
    }

    private static RawArticle article(String id, String title, String body, Instant seen) {
        return RawArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource("Wire " + id)
                .setTitle(title).setBody(body).setPublishedAt(seen).setFirstSeenAt(seen).build();
    }

    private static void publish(Settings settings, Topics topics, int partition, RawArticle article)
            throws Exception {
        publish(settings, topics, Map.of(article, partition));
    }

    /** Each article to its partition, in the map's order, from one producer. */
    private static void publish(Settings settings, Topics topics, Map<RawArticle, Integer> partitions)
            throws Exception {
        Topic<String, RawArticle> raw = topics.rawArticles();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings.asClientConfig(),
                raw.keySerde().serializer(), raw.valueSerde().serializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            for (Map.Entry<RawArticle, Integer> article : partitions.entrySet()) {
                sent.add(producer.send(new ProducerRecord<>(raw.name(), article.getValue(),
                        article.getKey().getArticleId(), article.getKey())));
            }
            for (Future<RecordMetadata> each : sent) {
                each.get();
            }
        }
    }

    private static <V> List<V> read(EmbeddedKafkaBroker broker, Topic<String, V> topic, int count) {
        return KafkaTestClients.readUntil(broker.bootstrapServers(), topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer(), record -> true, count, WAIT).stream()
                .map(ConsumerRecord::value).toList();
    }

    /** Distinct made-up articles, and wire copies of them with a few words changed and the ending trimmed. */
    private static final class SyntheticWire {
        private final Random random;

        SyntheticWire(Random random) {
            this.random = random;
        }

        List<String> articles(int count) {
            List<String> articles = new ArrayList<>();
            for (int article = 0; article < count; article++) {
                articles.add(article());
            }
            return articles;
        }

        String article() {
            StringBuilder text = new StringBuilder();
            for (int paragraph = 0; paragraph < 4; paragraph++) {
                for (int word = 0; word < 40; word++) {
                    text.append("word").append(random.nextInt(5000)).append(word == 39 ? ".\n\n" : " ");
                }
            }
            return text.toString().strip();
        }

        String syndicate(String original) {
            String[] paragraphs = original.split("\n\n");
            List<String> kept = new ArrayList<>(List.of(paragraphs).subList(0, paragraphs.length - 1));
            String[] words = kept.get(1).split(" ");
            for (int edit = 0; edit < 3; edit++) {
                words[random.nextInt(words.length - 1)] = "edited" + edit;
            }
            kept.set(1, String.join(" ", words));
            return String.join("\n\n", kept);
        }
    }
}
