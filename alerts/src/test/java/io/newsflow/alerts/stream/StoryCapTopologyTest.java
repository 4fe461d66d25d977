package io.newsflow.alerts.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.development.AlertBudget;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DigestedDevelopment;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A story's alert cap on the real topology: developments beyond it reach subscribers as one digest. */
class StoryCapTopologyTest {
    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final String MADURO = "person:nicolas-maduro";
    private static final AlertBudget ONE_A_DAY = AlertBudget.defaults().withStoryCap(1, Duration.ofHours(24));

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());
    private TopologyTestDriver driver;
    private StoryArticlesInput storyArticles;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, Alert> deliveries;

    @BeforeEach
    void start() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertsOptions options = new AlertsOptions(AlertsOptions.DEVELOPMENT_TYPES, Duration.ofMinutes(1),
                Clock.fixed(DAY0.plus(Duration.ofDays(30)), ZoneOffset.UTC), ONE_A_DAY);
        AlertsTopology.build(builder, topics, options, new SimpleMeterRegistry());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-cap-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties);
        storyArticles = new StoryArticlesInput(driver, topics);
        alerts = driver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
                topics.alerts().valueSerde().deserializer());
        deliveries = driver.createOutputTopic(topics.deliveries().name(), Serdes.String().deserializer(),
                topics.deliveries().valueSerde().deserializer());
        TestInputTopic<String, Subscription> subscriptions = driver.createInputTopic(topics.subscriptions().name(),
                Serdes.String().serializer(), topics.subscriptions().valueSerde().serializer());
        subscriptions.pipeInput("maduro", Subscription.newBuilder().setId("maduro").setEntities(List.of(MADURO))
                .setKinds(List.of("NEW_DEVELOPMENT")).build());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    /** Two articles naming Maduro make him the story's actor: his next developments are salient. */
    private void storyOpens(String storyId) {
        pipe(article("open-" + storyId, storyId, Duration.ZERO, "Maduro speaks on television",
                news("STATEMENT", "Maduro speaks on television")));
        pipe(article("again-" + storyId, storyId, Duration.ofHours(2), "Maduro speaks again",
                news("STATEMENT", "Maduro speaks again")));
    }

    @Test
    void developmentsBeyondTheCapReachTheirSubscribersAsOneDigestWithTheStorysNextArticle() {
        storyOpens("story-ven");
        pipe(article("reject", "story-ven", Duration.ofDays(1), "Maduro rejects a recount",
                news("REJECT", "Maduro rejects a recount")));
        pipe(article("offer", "story-ven", Duration.ofDays(1).plusHours(2), "Maduro offers talks to bishops",
                news("OFFER", "Maduro offers talks to bishops")));
        pipe(article("arrest", "story-ven", Duration.ofDays(1).plusHours(3), "Maduro orders arrests of organisers",
                news("ARREST_CRACKDOWN", "Maduro orders arrests of organisers")));
        assertEquals(List.of("NEW_DEVELOPMENT REJECT"), kinds(alerts.readValuesToList()));

        pipe(article("later", "story-ven", Duration.ofDays(2).plusHours(1), "Maduro speaks once more",
                news("STATEMENT", "Maduro speaks once more")));

        List<Alert> digests = alerts.readValuesToList();
        assertEquals(1, digests.size());
        Alert digest = digests.get(0);
        assertEquals("DIGEST", digest.getKind());
        assertEquals("story-ven", digest.getStoryId());
        assertEquals(List.of("OFFER", "ARREST_CRACKDOWN"),
                digest.getDevelopments().stream().map(DigestedDevelopment::getEventType).toList());
        assertTrue(digest.getSummary().startsWith("2 more development(s) in this story"), digest.getSummary());
        assertEquals(List.of("maduro"), digest.getSubscriptions());
        assertEquals(List.of("NEW_DEVELOPMENT REJECT", "DIGEST"), kinds(deliveries.readValuesToList()));
    }

    @Test
    void aStoryThatWentQuietSendsItsDigestOnceTheStreamsTimePassesTheWindow() {
        storyOpens("story-ven");
        pipe(article("reject", "story-ven", Duration.ofDays(1), "Maduro rejects a recount",
                news("REJECT", "Maduro rejects a recount")));
        pipe(article("offer", "story-ven", Duration.ofDays(1).plusHours(2), "Maduro offers talks to bishops",
                news("OFFER", "Maduro offers talks to bishops")));
        alerts.readValuesToList();

        pipe(article("elsewhere", "story-other", Duration.ofDays(3), "A storm reaches the coast",
                news("STATEMENT", "A storm reaches the coast")));

        List<Alert> out = alerts.readValuesToList();
        assertEquals(List.of("DIGEST"), kinds(out));
        assertEquals("story-ven", out.get(0).getStoryId());
        assertEquals(List.of("OFFER"), out.get(0).getDevelopments().stream()
                .map(DigestedDevelopment::getEventType).toList());
    }

    private static List<String> kinds(List<Alert> alerts) {
        return alerts.stream().map(alert -> alert.getKind()
                + (alert.getEventType() == null ? "" : " " + alert.getEventType())).toList();
    }

    private void pipe(EnrichedArticle article) {
        storyArticles.pipe(article);
    }

    private static Event news(String type, String sentence) {
        return new Event(type, "00", MADURO, null, "FACT", "NEWS", sentence, 0, null, null, null);
    }

    private static EnrichedArticle article(String id, String storyId, Duration after, String title, Event event) {
        Instant published = DAY0.plus(after);
        return EnrichedArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id)
                .setSource("Hemisphere Post").setTitle(title).setBody("Body of " + id).setPublishedAt(published)
                .setFirstSeenAt(published.plusSeconds(30)).setStoryId(storyId)
                .setEntities(List.of(new EntityTag(MADURO, "Nicolás Maduro", "PERSON", null, 2, List.of(), -0.3)))
                .setSentiment(new Sentiment(-0.4, 0.05, 0.2, 0.75)).setEvents(List.of(event)).build();
    }
}
