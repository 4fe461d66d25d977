package io.newsflow.deploy.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;

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
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The enrich service restarts with its local state gone (a new machine): dedup and story state come back
 * from the changelog topics, so a copy of an article seen before the restart is still a duplicate and a
 * follow-up still joins its story.
 */
class EnrichStateRestoreIT {
    private static final Duration WAIT = Duration.ofSeconds(90);
    private static final String BODY = "The United States has offered Venezuelan President Nicolás Maduro amnesty if "
            + "he agrees to leave power before his term ends in January, according to officials familiar with the "
            + "talks.\n\nThe offer, made in recent weeks through intermediaries, would cover Maduro and several senior "
            + "members of his government who face Justice Department indictments on drug-trafficking charges.\n\n"
            + "Washington is also weighing a promise not to seek the extradition of Maduro or his associates, "
            + "officials said, as the opposition insists its candidate Edmundo González won the July election.";

    @TempDir
    Path work;

    @Test
    void dedupAndStoryStateSurviveTheLossOfLocalState() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers()));
            Topics topics = Topics.configure(settings.asClientConfig());
            TopicSetup.ensure(settings, topics, List.of());

            try (StreamsRunner first = run(settings.with("state.dir", work.resolve("first").toString()), topics)) {
                publish(settings, topics, article("original", "U.S. offers Maduro amnesty to leave power", BODY,
                        "2024-08-11T14:00:00Z"));
                assertEquals(1, enriched(broker, topics, 1).size());
            }

            try (StreamsRunner second = run(settings.with("state.dir", work.resolve("second").toString()), topics)) {
                publish(settings, topics, article("syndicated", "Report: Maduro offered amnesty", BODY,
                        "2024-08-11T19:00:00Z"));
                publish(settings, topics, article("follow-up", "Maduro rejects U.S. amnesty offer to leave power",
                        "Venezuelan President Nicolás Maduro rejected the U.S. amnesty offer on Wednesday, vowing to "
                                + "serve his full term and accusing Washington of plotting against him.\n\nThe United "
                                + "States offered amnesty to Maduro last week in exchange for leaving power before "
                                + "January.", "2024-08-14T12:00:00Z"));

                Topic<String, DuplicateNotice> duplicates = topics.duplicates();
                List<ConsumerRecord<String, DuplicateNotice>> copies = KafkaTestClients.readUntil(
                        broker.bootstrapServers(), duplicates.name(), duplicates.keySerde().deserializer(),
                        duplicates.valueSerde().deserializer(), record -> true, 1, WAIT);
                assertEquals("original", copies.get(0).value().getDuplicateOf());
                Map<String, String> storyOf = enriched(broker, topics, 2).stream().collect(Collectors.toMap(
                        EnrichedArticle::getArticleId, EnrichedArticle::getStoryId));
                assertEquals(Set.of("original", "follow-up"), storyOf.keySet());
                assertEquals(storyOf.get("original"), storyOf.get("follow-up"));
            }
        }
    }

    private static StreamsRunner run(Settings settings, Topics topics) {
        return new StreamsRunner().start(List.of(EnrichService.create(settings, topics, new SimpleMeterRegistry())));
    }

    private static RawArticle article(String id, String title, String body, String published) {
        Instant time = Instant.parse(published);
        return RawArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource("Wire " + id)
                .setTitle(title).setBody(body).setPublishedAt(time).setFirstSeenAt(time).build();
    }

    private static void publish(Settings settings, Topics topics, RawArticle article) throws Exception {
        Topic<String, RawArticle> raw = topics.rawArticles();
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings.asClientConfig(),
                raw.keySerde().serializer(), raw.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(raw.name(), article.getArticleId(), article)).get();
        }
    }

    private static List<EnrichedArticle> enriched(EmbeddedKafkaBroker broker, Topics topics, int count) {
        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        return KafkaTestClients.readUntil(broker.bootstrapServers(), enriched.name(), enriched.keySerde().deserializer(),
                enriched.valueSerde().deserializer(), record -> true, count, WAIT).stream()
                .map(ConsumerRecord::value).toList();
    }
}
