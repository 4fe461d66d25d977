package io.newsflow.alerts.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.development.AlertBudget;
import io.newsflow.schemas.avro.AbsorbedArticle;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Mention;
import io.newsflow.schemas.avro.Sentiment;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
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

class AlertsTopologyTest {
    private static final Instant DAY0 = Instant.parse("2024-08-11T14:00:00Z");
    private static final String US = "country:united-states";
    private static final String MADURO = "person:nicolas-maduro";
    private static final String VENEZUELA = "country:venezuela";
    private static final Instant WALL_CLOCK_START = Instant.parse("2026-01-01T00:00:00Z");

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());
    private TopologyTestDriver driver;
    private StoryArticlesInput storyArticles;
    private TestInputTopic<String, Subscription> subscriptions;
    private TestOutputTopic<String, Alert> alerts;
    private TestOutputTopic<String, Alert> deliveries;

    @BeforeEach
    void start() {
        driver = newDriver();
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private TopologyTestDriver newDriver() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertsOptions options = new AlertsOptions(AlertsOptions.DEVELOPMENT_TYPES, Duration.ofMinutes(1),
                Clock.fixed(DAY0.plus(Duration.ofDays(30)), ZoneOffset.UTC), AlertBudget.unlimited());
        AlertsTopology.build(builder, topics, options, new SimpleMeterRegistry());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "alerts-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        TopologyTestDriver testDriver = new TopologyTestDriver(builder.build(), properties, WALL_CLOCK_START);
        storyArticles = new StoryArticlesInput(testDriver, topics);
        subscriptions = testDriver.createInputTopic(topics.subscriptions().name(), Serdes.String().serializer(),
                topics.subscriptions().valueSerde().serializer());
        alerts = testDriver.createOutputTopic(topics.alerts().name(), Serdes.String().deserializer(),
                topics.alerts().valueSerde().deserializer());
        deliveries = testDriver.createOutputTopic(topics.deliveries().name(), Serdes.String().deserializer(),
                topics.deliveries().valueSerde().deserializer());
        return testDriver;
    }

    private static Event event(String type, String actor, String target, String modality, String salience,
                               String sentence) {
        return new Event(type, "00", actor, target, modality, salience, sentence, salience.equals("NEWS") ? 0 : 3,
                null, null, null);
    }

    private static Event news(String type, String actor, String target, String sentence) {
        return event(type, actor, target, "FACT", "NEWS", sentence);
    }

    private static EnrichedArticle article(String id, String source, String storyId, Duration after, String title,
                                           Event... events) {
        List<EntityTag> entities = new ArrayList<>();
        if (storyId.equals("story-venezuela")) {
            entities.add(new EntityTag(MADURO, "Nicolás Maduro", "PERSON", null, 4, List.of(new Mention(0, 6)), -0.3));
            entities.add(new EntityTag(US, "United States", "PLACE", null, 3, List.of(), 0.0));
            entities.add(new EntityTag(VENEZUELA, "Venezuela", "PLACE", null, 2, List.of(), 0.0));
        } else {
            entities.add(new EntityTag("country:philippines", "Philippines", "PLACE", null, 2, List.of(), -0.2));
        }
        Instant published = DAY0.plus(after);
        return EnrichedArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource(source)
                .setTitle(title).setBody("Body of " + id).setPublishedAt(published)
                .setFirstSeenAt(published.plusSeconds(30)).setStoryId(storyId).setEntities(entities)
                .setSentiment(new Sentiment(-0.4, 0.05, 0.2, 0.75)).setEvents(List.of(events)).build();
    }

    private void pipe(EnrichedArticle article) {
        storyArticles.pipe(article);
    }

    private void pipeTimeline() {
        timeline().forEach(this::pipe);
    }

    /** The Venezuela story and an unrelated one, in first-seen order. */
    private static List<EnrichedArticle> timeline() {
        return List.of(article("hp-offer", "Hemisphere Post", "story-venezuela", Duration.ZERO,
                "U.S. offers Maduro amnesty",
                news("OFFER", US, MADURO, "The United States has offered Nicolás Maduro amnesty."),
                event("LEGAL_ACTION", US, MADURO, "FACT", "BACKGROUND", "In 2020 the U.S. placed a bounty on Maduro."),
                event("OFFER", US, MADURO, "FACT", "BACKGROUND", "Last year the U.S. made a similar offer.")),
                article("cw-offer", "Caribbean Wire", "story-venezuela", Duration.ofHours(3),
                "Washington dangles pardons", news("OFFER", null, MADURO, "U.S. officials offered Maduro pardons."),
                event("ACCEPT", MADURO, null, "PROPOSAL", "NEWS", "Maduro might accept the deal.")),
                article("pd-typhoon", "Pacific Dispatch", "story-typhoon", Duration.ofHours(16),
                "Typhoon forces thousands from homes",
                event("STATEMENT", null, null, "FACT", "NEWS", "The agency said two people were missing.")),
                article("cw-reject", "Caribbean Wire", "story-venezuela", Duration.ofDays(3),
                "Maduro rejects U.S. amnesty offer", news("REJECT", MADURO, null, "Maduro rejected the U.S. offer."),
                event("OFFER", US, MADURO, "FACT", "BACKGROUND", "The U.S. offered amnesty last week.")),
                article("hp-reject", "Hemisphere Post", "story-venezuela", Duration.ofDays(3).plusHours(3),
                "Maduro rebuffs Washington", news("REJECT", MADURO, null, "Maduro rebuffed the offer.")),
                article("hp-sanctions", "Hemisphere Post", "story-venezuela", Duration.ofDays(8),
                "Treasury reimposes oil sanctions",
                news("SANCTIONS_IMPOSED", US, VENEZUELA, "The Treasury reimposed oil sanctions on Venezuela.")),
                article("cw-eased", "Caribbean Wire", "story-venezuela", Duration.ofDays(15),
                "U.S. eases Venezuela oil sanctions",
                news("SANCTIONS_EASED", US, VENEZUELA, "The United States eased oil sanctions on Venezuela.")));
    }

    private static List<String> describe(List<Alert> alerts) {
        return alerts.stream().map(alert -> alert.getKind() + " " + alert.getEventType() + " "
                + alert.getEvidence().get(alert.getEvidence().size() - 1).getArticleId()).toList();
    }

    @Test
    void eachDevelopmentAlertsOnceAndRepeatsOnlyCorroborate() {
        pipeTimeline();

        List<Alert> emitted = alerts.readValuesToList();
        assertEquals(List.of(
                "NEW_DEVELOPMENT OFFER hp-offer",
                "UPDATE OFFER cw-offer",
                "NEW_DEVELOPMENT REJECT cw-reject",
                "UPDATE REJECT hp-reject",
                "NEW_DEVELOPMENT SANCTIONS_IMPOSED hp-sanctions",
                "NEW_DEVELOPMENT SANCTIONS_EASED cw-eased"), describe(emitted));
        Alert rejection = emitted.get(2);
        assertEquals("story-venezuela", rejection.getStoryId());
        assertEquals("REJECT: Nicolás Maduro — Maduro rejected the U.S. offer.", rejection.getSummary());
        assertEquals("Known: OFFER: United States → Nicolás Maduro (Aug 11, 2 sources).", rejection.getPriorState());
        assertEquals(DAY0.plus(Duration.ofDays(3)), rejection.getFirstReportedAt());
        assertEquals(List.of("Caribbean Wire", "Hemisphere Post"), emitted.get(3).getSources());
        assertEquals(2, emitted.get(3).getCorroboration());
        assertTrue(emitted.stream().allMatch(alert -> alert.getSubscriptions().isEmpty()));
    }

    /**
     * Alerts reads each story's articles in the order enrich wrote them, so it neither re-keys them nor holds them
     * back in a store: the only topic of its own an article reaches is the one that takes its id and story id to
     * where copies of it are counted.
     */
    @Test
    void noArticleIsCopiedIntoAlertsInternalTopics() {
        pipeTimeline();

        assertFalse(alerts.readValuesToList().isEmpty());
        List<String> internal = driver.producedTopicNames().stream().filter(topic -> topic.startsWith("alerts-test-"))
                .sorted().toList();
        assertTrue(internal.contains("alerts-test-alerts-article-story-repartition"), internal::toString);
        assertTrue(internal.stream().noneMatch(topic -> topic.contains("alerts-order-buffer")
                || topic.contains("alerts-by-story")), internal::toString);
        var articleStories = driver.createOutputTopic("alerts-test-alerts-article-story-repartition",
                Serdes.String().deserializer(), Serdes.String().deserializer()).readKeyValuesToMap();
        assertEquals(timeline().size(), articleStories.size());
        timeline().forEach(article -> assertEquals(article.getStoryId(), articleStories.get(article.getArticleId())));
    }

    /**
     * A second outlet's rejection reaches another story (a split), which the Venezuela story then absorbs: the
     * merging article carries the split's articles, so the survivor knows the rejection and a third report of
     * it corroborates instead of alerting as new.
     */
    @Test
    void aStoryThatAbsorbsAnotherKnowsItsDevelopmentsSoTheyDoNotAlertAgain() {
        assertEquals(List.of("NEW_DEVELOPMENT OFFER hp-offer", "NEW_DEVELOPMENT REJECT cw-reject",
                "UPDATE REJECT hp-reject"), mergeScenario(true));
        driver.close();
        driver = newDriver();
        assertEquals(List.of("NEW_DEVELOPMENT OFFER hp-offer", "NEW_DEVELOPMENT REJECT cw-reject",
                "NEW_DEVELOPMENT REJECT hp-reject"), mergeScenario(false), "without the carried articles");
    }

    private List<String> mergeScenario(boolean carried) {
        pipe(timeline().get(0));
        EnrichedArticle split = EnrichedArticle.newBuilder(article("cw-reject", "Caribbean Wire", "story-venezuela",
                Duration.ofDays(3), "Maduro rejects U.S. amnesty offer",
                news("REJECT", MADURO, null, "Maduro rejected the U.S. offer."))).setStoryId("story-split").build();
        pipe(split);
        AbsorbedArticle absorbed = AbsorbedArticle.newBuilder().setArticleId(split.getArticleId())
                .setUrl(split.getUrl()).setSource(split.getSource()).setTitle(split.getTitle())
                .setPublishedAt(split.getPublishedAt()).setFirstSeenAt(split.getFirstSeenAt())
                .setEntities(split.getEntities()).setSentiment(split.getSentiment()).setEvents(split.getEvents())
                .build();
        pipe(EnrichedArticle.newBuilder(article("hp-reject", "Hemisphere Post", "story-venezuela",
                        Duration.ofDays(3).plusHours(3), "Maduro rebuffs Washington",
                        news("REJECT", MADURO, null, "Maduro rebuffed the offer.")))
                .setAbsorbedStoryIds(List.of("story-split"))
                .setAbsorbedArticles(carried ? List.of(absorbed) : List.of()).build());
        return describe(alerts.readValuesToList());
    }

    @Test
    void replayingTheSameInputGivesTheSameAlertIds() {
        pipeTimeline();
        List<String> first = alerts.readValuesToList().stream().map(Alert::getAlertId).toList();
        driver.close();

        driver = newDriver();
        pipeTimeline();
        List<String> second = alerts.readValuesToList().stream().map(Alert::getAlertId).toList();

        assertEquals(first, second);
        assertEquals(first.size(), first.stream().distinct().count());
    }

    @Test
    void subscriptionsGetWhatTheyAskedForIncludingNewStoriesOnTheirOwnTopic() {
        subscriptions.pipeInput("maduro", Subscription.newBuilder().setId("maduro").setEntities(List.of(MADURO))
                .setEventTypes(List.of()).setOutputTopic("alerts.maduro").build());
        subscriptions.pipeInput("sanctions", Subscription.newBuilder().setId("sanctions")
                .setKeywords(List.of("oil sanctions")).setKinds(List.of("NEW_DEVELOPMENT")).build());
        pipeTimeline();

        List<Alert> emitted = alerts.readValuesToList();
        assertEquals("NEW_STORY", emitted.get(0).getKind());
        assertEquals(List.of("maduro"), emitted.get(0).getSubscriptions());
        assertEquals(1, emitted.stream().filter(alert -> alert.getKind().equals("NEW_STORY")).count(),
                "the typhoon story matches no subscription, so it has no NEW_STORY alert");
        assertEquals(List.of("maduro", "sanctions"), emitted.get(emitted.size() - 1).getSubscriptions());

        List<String> toMaduro = deliveries.readKeyValuesToList().stream().filter(kv -> kv.key.equals("maduro"))
                .map(kv -> kv.value.getKind() + " " + kv.value.getEventType()).toList();
        assertEquals(List.of("NEW_STORY null", "NEW_DEVELOPMENT OFFER", "NEW_DEVELOPMENT REJECT",
                "NEW_DEVELOPMENT SANCTIONS_IMPOSED", "NEW_DEVELOPMENT SANCTIONS_EASED"), toMaduro);
        TestOutputTopic<String, Alert> ownTopic = driver.createOutputTopic("alerts.maduro",
                Serdes.String().deserializer(), topics.alerts().valueSerde().deserializer());
        assertEquals(5, ownTopic.readValuesToList().size());
    }

    @Test
    void aThrottledSubscriptionGetsTheLimitThenOneDigestOfWhatWasHeldBack() {
        subscriptions.pipeInput("busy", Subscription.newBuilder().setId("busy").setThrottleMaxAlerts(1)
                .setThrottleWindowMillis(Duration.ofDays(5).toMillis()).setKinds(List.of("NEW_DEVELOPMENT")).build());
        pipeTimeline();

        List<Alert> delivered = deliveries.readValuesToList();
        assertEquals(List.of("NEW_DEVELOPMENT OFFER", "DIGEST null", "NEW_DEVELOPMENT SANCTIONS_IMPOSED"),
                delivered.subList(0, 3).stream().map(alert -> alert.getKind() + " " + alert.getEventType()).toList());
        assertTrue(delivered.get(1).getSummary().startsWith("1 more alert(s) for subscription busy"),
                delivered.get(1).getSummary());
        assertTrue(delivered.get(1).getSummary().contains("REJECT: Nicolás Maduro"), delivered.get(1).getSummary());
    }

    @Test
    void aRemovedSubscriptionNoLongerMatches() {
        subscriptions.pipeInput("maduro", Subscription.newBuilder().setId("maduro").setEntities(List.of(MADURO))
                .build());
        subscriptions.pipeInput("maduro", null);
        pipeTimeline();

        assertTrue(alerts.readValuesToList().stream().allMatch(alert -> alert.getSubscriptions().isEmpty()));
        assertTrue(deliveries.isEmpty());
    }
}
