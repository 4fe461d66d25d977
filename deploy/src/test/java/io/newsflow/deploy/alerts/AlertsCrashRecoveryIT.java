package io.newsflow.deploy.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The alerts service is killed mid-stream (SIGKILL, no clean shutdown) and started again: every
 * development is alerted exactly once — none lost, none duplicated — thanks to exactly-once processing.
 * The alert budget is off: every synthetic development alerts, so each one lost or doubled shows.
 */
class AlertsCrashRecoveryIT {
    private static final List<String> DEVELOPMENTS = List.of("OFFER", "REJECT", "SANCTIONS_IMPOSED",
            "SANCTIONS_EASED", "NEGOTIATION", "LEGAL_ACTION");
    private static final int STORIES = 60;
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path work;

    @Test
    void noAlertIsLostOrDuplicatedWhenTheServiceDiesAndComesBack() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers()));
            Topics topics = Topics.configure(settings.asClientConfig());
            TopicSetup.ensure(settings, topics, List.of());
            List<EnrichedArticle> articles = articles();
            produce(settings, topics.storyArticles(), articles);
            Path log = work.resolve("alerts.log");
            String[] command = {"alerts", "-b", broker.bootstrapServers(), "-D", "state.dir=" + work.resolve("state"),
                "-D", "metrics.port=0", "-D", "explorer.port=0", "-D", "session.timeout.ms=6000",
                "-D", "alerts.budget=off"};

            try (ChildNewsflow first = ChildNewsflow.start(log, command)) {
                List<ConsumerRecord<String, Alert>> some = read(broker, topics, 30);
                assertTrue(some.size() >= 30, "the service got going before it was killed: " + tail(log));
                first.kill();
            }
            int beforeRestart = read(broker, topics, Integer.MAX_VALUE, Duration.ofSeconds(3)).size();
            assertTrue(beforeRestart < articles.size(), "killed mid-stream (" + beforeRestart + " alerts so far)");

            try (ChildNewsflow second = ChildNewsflow.start(log, command)) {
                List<ConsumerRecord<String, Alert>> all = read(broker, topics, articles.size());
                Thread.sleep(3_000);
                all = read(broker, topics, Integer.MAX_VALUE, Duration.ofSeconds(5));
                List<String> ids = all.stream().map(record -> record.value().getAlertId()).toList();

                assertEquals(expectedDevelopments(), all.stream()
                        .map(record -> record.value().getStoryId() + "/" + record.value().getEventType())
                        .collect(Collectors.toCollection(TreeSet::new)), "every development alerted: " + tail(log));
                assertEquals(articles.size(), ids.size(), "one alert per development, nothing more");
                assertEquals(ids.size(), Set.copyOf(ids).size(), "no alert id twice");
            }
        }
    }

    private static List<EnrichedArticle> articles() {
        List<EnrichedArticle> articles = new ArrayList<>();
        Instant start = Instant.parse("2024-08-01T00:00:00Z");
        for (int round = 0; round < DEVELOPMENTS.size(); round++) {
            for (int story = 0; story < STORIES; story++) {
                String type = DEVELOPMENTS.get(round);
                Instant published = start.plus(Duration.ofHours(round * 24L + story));
                String actor = "person:leader-" + story;
                articles.add(EnrichedArticle.newBuilder()
                        .setArticleId("story-" + story + "-" + type).setUrl("https://example.org/" + story + "/" + type)
                        .setSource("Wire " + round).setTitle(type + " in story " + story).setBody("Body")
                        .setPublishedAt(published).setFirstSeenAt(published).setStoryId("story-" + story)
                        .setEntities(List.of(new EntityTag(actor, "Leader " + story, "PERSON", null, 1, List.of(),
                                null)))
                        .setSentiment(new Sentiment(0.0, 0.0, 0.0, 1.0))
                        .setEvents(List.of(new Event(type, "00", actor, null, "FACT", "NEWS",
                                "Leader " + story + " did " + type + ".", 0, null, null, null)))
                        .build());
            }
        }
        return articles;
    }

    private static Set<String> expectedDevelopments() {
        Set<String> expected = new TreeSet<>();
        for (int story = 0; story < STORIES; story++) {
            for (String type : DEVELOPMENTS) {
                expected.add("story-" + story + "/" + type);
            }
        }
        return expected;
    }

    /** As enrich writes them for alerts: each article under its story, each story's articles in order. */
    private static void produce(Settings settings, Topic<String, EnrichedArticle> topic, List<EnrichedArticle> articles)
            throws Exception {
        try (KafkaProducer<String, EnrichedArticle> producer = new KafkaProducer<>(settings.asClientConfig(),
                topic.keySerde().serializer(), topic.valueSerde().serializer())) {
            for (EnrichedArticle article : articles) {
                producer.send(new ProducerRecord<>(topic.name(), article.getStoryId(), article)).get();
            }
        }
    }

    private static List<ConsumerRecord<String, Alert>> read(EmbeddedKafkaBroker broker, Topics topics, int atLeast) {
        return read(broker, topics, atLeast, WAIT);
    }

    private static List<ConsumerRecord<String, Alert>> read(EmbeddedKafkaBroker broker, Topics topics, int atLeast,
                                                            Duration timeout) {
        Topic<String, Alert> alerts = topics.alerts();
        return KafkaTestClients.readUntil(broker.bootstrapServers(), alerts.name(), alerts.keySerde().deserializer(),
                alerts.valueSerde().deserializer(), record -> true, atLeast, timeout);
    }

    private static String tail(Path log) throws Exception {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }
}
