package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow entities} against the embedded broker, with a running enrich service using what it changes. */
class EntitiesCommandIT {
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void appliedEntitiesAreListedAndTaggedByARunningEnrichAndRemovedOnesAreGone() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            String kafka = broker.bootstrapServers();
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", kafka,
                    "state.dir", work.resolve("state").toString()));
            Topics topics = Topics.configure(settings.asClientConfig());
            TopicSetup.ensure(settings, topics, List.of());
            Path entities = work.resolve("entities.yaml");
            Files.writeString(entities, """
                    entities:
                      - id: org:andean-water-authority
                        type: ORGANIZATION
                        name: Andean Water Authority
                        aliases: [AWA]
                      - id: person:lucia-ferrante
                        type: PERSON
                        name: Lucía Ferrante
                        shortForms: [Ferrante]
                    """);

            try (StreamsRunner enrich = new StreamsRunner().start(List.of(
                    EnrichService.create(settings, topics, new SimpleMeterRegistry())))) {
                CliRun apply = CliRun.of("entities", "apply", entities.toString(), "-b", kafka);
                assertEquals(0, apply.exitCode(), apply.err());
                assertTrue(apply.out().contains("Applied 2 entities from " + entities + " to news.entities.v1."),
                        apply.out());

                String listed = list(kafka);
                assertTrue(listed.contains("org:andean-water-authority  ORGANIZATION  Andean Water Authority  -"
                        + "         AWA"), listed);
                assertTrue(listed.contains("person:lucia-ferrante       PERSON        Lucía Ferrante          -"
                        + "         Ferrante (short form)"), listed);
                assertTrue(listed.endsWith("2 runtime entities in news.entities.v1, on top of the bundled knowledge "
                        + "base.\n"), listed);

                Path article = work.resolve("article.jsonl");
                Files.writeString(article, "{\"id\": \"awa-1\", \"url\": \"https://example.org/awa-1\", "
                        + "\"source\": \"Andes Daily\", \"title\": \"Lucía Ferrante named head of the Andean Water "
                        + "Authority\", \"body\": \"The Andean Water Authority said Ferrante starts on Monday.\", "
                        + "\"publishedAt\": \"2025-05-01T10:00:00Z\"}\n");
                assertEquals(0, CliRun.of("ingest", "--file", article.toString(), "-b", kafka).exitCode());
                assertEquals(List.of("org:andean-water-authority", "person:lucia-ferrante"), taggedIds(kafka, topics));
            }

            CliRun remove = CliRun.of("entities", "remove", "org:andean-water-authority", "-b", kafka);
            assertEquals(0, remove.exitCode(), remove.err());
            assertTrue(remove.out().contains("Removed entity org:andean-water-authority from news.entities.v1."),
                    remove.out());
            String listed = list(kafka);
            assertFalse(listed.contains("org:andean-water-authority"), listed);
            assertTrue(listed.contains("person:lucia-ferrante"), listed);
            assertTrue(listed.endsWith("1 runtime entity in news.entities.v1, on top of the bundled knowledge "
                    + "base.\n"), listed);
        }
    }

    @Test
    void wrongInputIsRefusedWithWhatToDoAndChangesNothing() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            String kafka = broker.bootstrapServers();
            Path bad = work.resolve("bad.yaml");
            Files.writeString(bad, "entities:\n  - id: org:awa\n    type: PLANET\n    name: Awa\n");

            CliRun refused = CliRun.of("entities", "apply", bad.toString(), "-b", kafka);
            assertEquals(1, refused.exitCode());
            assertTrue(refused.err().contains("newsflow entities apply: " + bad
                    + ": 1 problem; fix it and try again:\n  " + bad + ": entity 'org:awa': type: 'PLANET' is not an "
                    + "entity type; allowed: PERSON, ORGANIZATION, PLACE, GROUP"), refused.err());

            CliRun unknown = CliRun.of("entities", "remove", "org:awa", "-b", kafka);
            assertEquals(1, unknown.exitCode());
            assertTrue(unknown.err().contains("newsflow entities remove: entity org:awa is not in news.entities.v1, "
                    + "so there is nothing to remove; 'newsflow entities list' shows the runtime entities"),
                    unknown.err());

            assertEquals("0 runtime entities in news.entities.v1, on top of the bundled knowledge base.\n",
                    list(kafka));
        }
    }

    private static String list(String kafka) {
        CliRun list = CliRun.of("entities", "list", "-b", kafka);
        assertEquals(0, list.exitCode(), list.err());
        return list.out();
    }

    private static List<String> taggedIds(String kafka, Topics topics) {
        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        List<ConsumerRecord<String, EnrichedArticle>> articles = KafkaTestClients.readUntil(kafka, enriched.name(),
                enriched.keySerde().deserializer(), enriched.valueSerde().deserializer(),
                record -> record.key().equals("awa-1"), 1, WAIT);
        assertEquals(1, articles.size(), "the article went through enrich");
        return articles.get(0).value().getEntities().stream().map(EntityTag::getId).sorted().toList();
    }
}
