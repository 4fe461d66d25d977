package io.newsflow.alerts.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.development.AlertBudget;
import io.newsflow.alerts.explorer.DevelopmentView;
import io.newsflow.alerts.explorer.DigestArticle;
import io.newsflow.alerts.explorer.DigestSummary;
import io.newsflow.alerts.explorer.StoryDigest;
import io.newsflow.alerts.explorer.StoryDigests;
import io.newsflow.alerts.explorer.StoryTimeline;
import io.newsflow.alerts.explorer.StoryViews;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import io.newsflow.schemas.avro.Sentiment;
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
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's digest store, filled by the alerts topology beside the story memory. */
class StoryDigestTopologyTest {
    private static final Instant DAY0 = Instant.parse("2024-08-11T14:00:00Z");
    private static final String US = "country:united-states";
    private static final String MADURO = "person:nicolas-maduro";

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());

    @Test
    void theDigestAndTheMemoryOfAStoryMakeItsTimelineInOrderOfFirstReport() {
        try (TopologyTestDriver driver = driver()) {
            StoryArticlesInput storyArticles = new StoryArticlesInput(driver, topics);
            // Arrival out of publication order: the later report reaches alerts first.
            storyArticles.pipe(article("cw-reject", "Caribbean Wire", Duration.ofDays(3), "Maduro rejects the offer",
                    news("REJECT", "12", MADURO, US, "Maduro rejected the U.S. offer.")));
            storyArticles.pipe(article("hp-offer", "Hemisphere Post", Duration.ZERO, "U.S. offers Maduro amnesty",
                    news("OFFER", "03", US, MADURO, "The United States offered Maduro amnesty.")));
            storyArticles.pipe(article("cw-offer", "Caribbean Wire", Duration.ofHours(3), "Washington dangles pardons",
                    news("OFFER", "03", US, MADURO, "U.S. officials offered Maduro pardons.")));
            storyArticles.pipe(article("hp-offer", "Hemisphere Post", Duration.ZERO, "U.S. offers Maduro amnesty",
                    news("OFFER", "03", US, MADURO, "The United States offered Maduro amnesty.")));

            KeyValueStore<String, StoryMemoryEntry> memories = driver.getKeyValueStore(DevelopmentProcessor.STORE);
            StoryTimeline timeline = StoryViews.timeline(digest(driver, "story-venezuela"),
                    StoryMemories.read(memories::get, "story-venezuela"));

            assertEquals("U.S. offers Maduro amnesty", timeline.title(), "the earliest article's headline");
            assertEquals(List.of("hp-offer", "cw-offer", "cw-reject"),
                    timeline.articles().stream().map(DigestArticle::articleId).toList(),
                    "each original once (the redelivery is not counted), in order of publication");
            assertEquals(3, timeline.articleCount());
            assertEquals(List.of("OFFER 03 United States→Nicolás Maduro Hemisphere Post [Caribbean Wire]",
                            "REJECT 12 Nicolás Maduro→United States Caribbean Wire []"),
                    timeline.developments().stream().map(StoryDigestTopologyTest::line).toList());
            assertNull(digest(driver, "story-unknown"));
        }
    }

    @Test
    void aCopyIsCountedOnItsOriginalInTheOriginalsStoryAlsoWhenItArrivesFirst() {
        try (TopologyTestDriver driver = driver()) {
            StoryArticlesInput storyArticles = new StoryArticlesInput(driver, topics);
            TestInputTopic<String, DuplicateNotice> duplicates = driver.createInputTopic(
                    topics.duplicates().name(), Serdes.String().serializer(),
                    topics.duplicates().valueSerde().serializer());
            // enrich may write a copy's notice before its original, which waits for tagging and story order.
            duplicates.pipeInput("syndicated-offer", copy("syndicated-offer", "hp-offer"),
                    DAY0.plus(Duration.ofHours(1)));
            EnrichedArticle original = article("hp-offer", "Hemisphere Post", Duration.ZERO,
                    "U.S. offers Maduro amnesty", news("OFFER", "03", US, MADURO, "The U.S. offered amnesty."));
            storyArticles.pipe(original);
            duplicates.pipeInput("reposted-offer", copy("reposted-offer", "hp-offer"), DAY0.plus(Duration.ofHours(2)));
            duplicates.pipeInput("copy-of-elsewhere", copy("copy-of-elsewhere", "never-enriched"),
                    DAY0.plus(Duration.ofHours(2)));

            StoryDigest digest = digest(driver, "story-venezuela");
            assertEquals(List.of(2), digest.articles().stream().map(DigestArticle::copies).toList());
            assertEquals(2, digest.copyCount());
            assertEquals(1, waitingCopies(driver, "never-enriched"));

            // A copy whose original never comes (e.g. it went to the dead-letter topic) waits for the retention only.
            duplicates.pipeInput("much-later", copy("much-later", "also-never-enriched"),
                    DAY0.plus(Duration.ofDays(60)));
            assertEquals(0, waitingCopies(driver, "never-enriched"));
        }
    }

    @Test
    void aStoryAbsorbedByAnotherSaysWhereItWentOnAndKeepsItsOwnArticlesAndDevelopments() {
        try (TopologyTestDriver driver = driver()) {
            StoryArticlesInput storyArticles = new StoryArticlesInput(driver, topics);
            storyArticles.pipe(article("hp-offer", "Hemisphere Post", Duration.ZERO, "U.S. offers Maduro amnesty",
                    news("OFFER", "03", US, MADURO, "The United States offered Maduro amnesty.")));
            // The digest does not depend on the order: here the merging article comes before the absorbed story's own.
            storyArticles.pipe(EnrichedArticle.newBuilder(article("cw-reject", "Caribbean Wire", Duration.ofHours(5),
                    "Maduro rejects the offer", news("REJECT", "12", MADURO, US, "Maduro rejected the U.S. offer.")))
                    .setAbsorbedStoryIds(List.of("story-caracas")).build());
            storyArticles.pipe(EnrichedArticle.newBuilder(article("mw-protest", "Metro Wire", Duration.ofHours(1),
                    "Crowds in Caracas", news("PROTEST", "14", null, null, "Crowds marched in Caracas.")))
                    .setStoryId("story-caracas").build());

            StoryDigest absorbed = digest(driver, "story-caracas");
            assertEquals("story-venezuela", absorbed.mergedInto());
            assertEquals(List.of("mw-protest"), absorbed.articles().stream().map(DigestArticle::articleId).toList());
            StoryDigest survivor = digest(driver, "story-venezuela");
            assertNull(survivor.mergedInto());
            assertEquals(List.of("story-caracas"), survivor.absorbed());
            assertEquals(List.of("hp-offer", "cw-reject"),
                    survivor.articles().stream().map(DigestArticle::articleId).toList());
            KeyValueStore<String, StoryMemoryEntry> memories = driver.getKeyValueStore(DevelopmentProcessor.STORE);
            assertEquals(List.of("PROTEST"), StoryMemories.read(memories::get, "story-caracas").developments().stream()
                    .map(development -> development.key().type()).toList(), "the merging article is its survivor's");
            assertEquals("story-venezuela",
                    StoryViews.summary(absorbed, StoryMemories.read(memories::get, "story-caracas")).mergedInto());
        }
    }

    private static int waitingCopies(TopologyTestDriver driver, String originalId) {
        int waiting = 0;
        try (var entries = driver.<String, Integer>getWindowStore(ArticleStoryProcessor.AWAITING_STORE)
                .fetch(originalId, Instant.EPOCH, Instant.ofEpochMilli(Long.MAX_VALUE))) {
            while (entries.hasNext()) {
                waiting += entries.next().value;
            }
        }
        return waiting;
    }

    private static DuplicateNotice copy(String id, String originalId) {
        return DuplicateNotice.newBuilder().setArticleId(id).setDuplicateOf(originalId).setSimilarity(0.93)
                .setMethod("NEAR").setUrl("https://example.org/" + id).setSource("Wire")
                .setTitle("Copy of " + originalId).setPublishedAt(DAY0.plus(Duration.ofHours(1)))
                .setOriginalPublishedAt(DAY0).build();
    }

    private static String line(DevelopmentView development) {
        return development.type() + " " + development.cameoCode() + " " + development.actor() + "→"
                + development.target() + " " + development.firstReport().source() + " "
                + development.corroborations().stream().map(report -> report.source()).toList();
    }

    /** The story as the explorer's queries put it together from its summary and its listed articles. */
    private static StoryDigest digest(TopologyTestDriver driver, String storyId) {
        DigestSummary summary = driver.<String, DigestSummary>getKeyValueStore(StoryDigestProcessor.SUMMARY_STORE)
                .get(storyId);
        KeyValueStore<String, DigestArticle> listed = driver.getKeyValueStore(StoryDigestProcessor.ARTICLES_STORE);
        return summary == null ? null : new StoryDigests(StoreListedArticles.writable(listed)).view(summary);
    }

    private TopologyTestDriver driver() {
        StreamsBuilder builder = new StreamsBuilder();
        AlertsTopology.build(builder, topics, new AlertsOptions(AlertsOptions.DEVELOPMENT_TYPES,
                Duration.ofMinutes(1), Clock.fixed(DAY0.plus(Duration.ofDays(30)), ZoneOffset.UTC), AlertBudget.unlimited()),
                new SimpleMeterRegistry());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "digest-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        return new TopologyTestDriver(builder.build(), properties);
    }

    private static Event news(String type, String cameo, String actor, String target, String sentence) {
        return new Event(type, cameo, actor, target, "FACT", "NEWS", sentence, 0, null, null, null);
    }

    private static EnrichedArticle article(String id, String source, Duration after, String title, Event event) {
        Instant published = DAY0.plus(after);
        List<EntityTag> entities = List.of(
                new EntityTag(MADURO, "Nicolás Maduro", "PERSON", "Q58132", 4, List.of(), -0.3),
                new EntityTag(US, "United States", "PLACE", "Q30", 3, List.of(), 0.0));
        return EnrichedArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource(source)
                .setTitle(title).setBody("Body of " + id).setPublishedAt(published)
                .setFirstSeenAt(published.plusSeconds(30)).setStoryId("story-venezuela").setEntities(entities)
                .setSentiment(new Sentiment(-0.4, 0.05, 0.2, 0.75)).setEvents(List.of(event)).build();
    }
}
