package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.enrich.dedup.ProbeKeys;
import io.newsflow.enrich.stream.order.HeldSinceHeader;
import io.newsflow.enrich.stream.order.InputBacklog;
import io.newsflow.enrich.stream.order.ScriptedBacklog;
import io.newsflow.enrich.support.CapitalisedWordTagger;
import io.newsflow.enrich.support.ChangelogRestore;
import io.newsflow.enrich.support.Fixture;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.StoryUpdate;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.utils.Bytes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.internals.WrappedStateStore;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EnrichTopologyTest {
    private static final String APPLICATION_ID = "newsflow-enrich-test";
    private static final Instant FIRST_ARRIVAL = Instant.parse("2026-11-20T00:00:00Z");
    /** Long enough for dedup-decide to look at its held verdicts. */
    private static final Duration RELEASE = Duration.ofSeconds(1);
    private final Topics topics = Topics.configure(Map.of());
    private final MeterRegistry registry = new SimpleMeterRegistry();
    private final AtomicLong clockReads = new AtomicLong();
    /**
     * Settled by default always, as nothing waits in the driver; each read of the clock is later than the one
     * before, as story-order's wait for newer hold reports needs.
     */
    private final ScriptedBacklog backlog = new ScriptedBacklog(Long.MAX_VALUE, clockReads::incrementAndGet);
    @TempDir
    Path stateDir;
    private TopologyTestDriver driver;
    private TestInputTopic<String, RawArticle> raw;
    private TestOutputTopic<String, DuplicateNotice> duplicates;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, StoryUpdate> stories;
    private TestOutputTopic<String, EnrichedArticle> storyArticles;
    /** When ingest sees the next article: one minute after the previous one. */
    private Instant nextArrival = FIRST_ARRIVAL;

    @BeforeEach
    void start() {
        startDriver(stateDir);
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void copiesGoToDuplicatesAndOriginalsToEnriched() {
        publish("amnesty-wire", "amnesty-exact-copy", "amnesty-syndicated", "amnesty-harbor-daily");

        Map<String, DuplicateNotice> notices = duplicates.readKeyValuesToMap();
        assertEquals(2, notices.size());
        DuplicateNotice exact = notices.get("gazette-512");
        assertEquals("wire-001", exact.getDuplicateOf());
        assertEquals("EXACT", exact.getMethod());
        assertEquals(1.0, exact.getSimilarity());
        DuplicateNotice near = notices.get("metro-7781");
        assertEquals("wire-001", near.getDuplicateOf());
        assertEquals("NEAR", near.getMethod());
        assertTrue(near.getSimilarity() >= 0.5 && near.getSimilarity() < 1, "similarity " + near.getSimilarity());
        assertEquals(List.of("wire-001", "harbor-017"), enriched.readValuesToList().stream()
                .map(EnrichedArticle::getArticleId).toList());
    }

    @Test
    void aTombstoneOnTheRawTopicIsCountedAndSkippedAndTheNextArticleStillGoesThrough() {
        raw.pipeInput("deleted-article", null, Instant.parse("2024-08-11T10:00:00Z"));
        publish("amnesty-wire");

        assertEquals(1.0, registry.get("newsflow.enrich.tombstones").counter().count());
        assertEquals(List.of("wire-001"), enriched.readValuesToList().stream().map(EnrichedArticle::getArticleId)
                .toList());
        assertTrue(duplicates.isEmpty());
    }

    @Test
    void anArticleDeliveredAgainIsDroppedAndCountedSoAnyoneWaitingForItKnowsItIsDone() {
        publish("amnesty-wire", "amnesty-wire");

        assertEquals(List.of("wire-001"), enriched.readValuesToList().stream().map(EnrichedArticle::getArticleId)
                .toList());
        assertTrue(duplicates.isEmpty(), "a redelivery is not a copy");
        assertEquals(1.0, registry.get("newsflow.enrich.redeliveries").counter().count());
    }

    @Test
    void firstSeenIsTheOriginalEvenWhenACopyWasPublishedEarlier() {
        publish("amnesty-wire", "amnesty-syndicated");

        DuplicateNotice notice = duplicates.readValue();
        assertEquals("metro-7781", notice.getArticleId());
        assertEquals("wire-001", notice.getDuplicateOf());
        assertEquals(Fixture.load("amnesty-syndicated").publishedAt(), notice.getPublishedAt());
        assertEquals(Fixture.load("amnesty-wire").publishedAt(), notice.getOriginalPublishedAt());
        assertTrue(notice.getPublishedAt().isBefore(notice.getOriginalPublishedAt()));
    }

    @Test
    void rewritesAndFollowUpsShareAStoryAndUnrelatedNewsStartsItsOwn() {
        publish("amnesty-wire", "amnesty-harbor-daily", "port-strike", "maduro-rejects", "rate-cut",
                "sanctions-license");

        Map<String, String> storyOf = enriched.readValuesToList().stream()
                .collect(Collectors.toMap(EnrichedArticle::getArticleId, EnrichedArticle::getStoryId));
        assertEquals(Map.of("wire-001", "story-wire-001", "harbor-017", "story-wire-001",
                "wire-044", "story-wire-001", "ledger-203", "story-wire-001",
                "harbor-099", "story-harbor-099", "ledger-207", "story-ledger-207"), storyOf);
        Map<String, StoryUpdate> latest = stories.readKeyValuesToMap();
        StoryUpdate amnesty = latest.get("story-wire-001");
        assertEquals(4, amnesty.getArticleCount());
        assertEquals(List.of("Continental Wire", "Harbor City Daily", "Energy Ledger"), amnesty.getSources());
        assertEquals("ledger-203", amnesty.getArticleId());
        assertEquals(Fixture.load("amnesty-wire").publishedAt(), amnesty.getFirstPublishedAt());
        assertEquals(Fixture.load("sanctions-license").publishedAt(), amnesty.getLastPublishedAt());
        assertTrue(amnesty.getTopEntities().contains("candidate:maduro"), amnesty.getTopEntities()::toString);
        assertEquals(3, latest.size());
    }

    /**
     * The race across raw partitions: the copy reaches the pipeline first, but ingest saw the original
     * earlier (its partition lagged). Within the grace the original claims the copy, and the original,
     * not the copy, goes on to tagging and stories.
     */
    @Test
    void aCopyProcessedBeforeItsEarlierSeenOriginalIsStillTheCopy() {
        Instant originalSeen = nextArrival;
        pipe("amnesty-syndicated", originalSeen.plusSeconds(2));
        pipe("amnesty-wire", originalSeen);
        assertTrue(duplicates.isEmpty() && enriched.isEmpty(), "verdicts are held");

        release();

        DuplicateNotice notice = duplicates.readValue();
        assertEquals("metro-7781", notice.getArticleId());
        assertEquals("wire-001", notice.getDuplicateOf());
        assertEquals("NEAR", notice.getMethod());
        assertEquals(List.of("wire-001"), enriched.readValuesToList().stream().map(EnrichedArticle::getArticleId)
                .toList());
        assertTrue(lateMatches("in_time") > 0, "every bucket the two share sent a late match");
        assertEquals(0.0, lateMatches("too_late"));
    }

    /**
     * While enrich has a backlog, a verdict is emitted once articles first seen a grace after it have
     * reached the decide step, whatever the wall clock says; once enrich is drained, the rest go.
     */
    @Test
    void withABacklogAVerdictWaitsUntilIngestsClockHasPassedTheGrace() {
        backlog.settleAsOf(-1);
        Instant seen = nextArrival;
        pipe("amnesty-wire", seen);
        release();
        pipe("amnesty-syndicated", seen.plusSeconds(5));
        driver.advanceWallClockTime(Duration.ofMinutes(5));
        assertTrue(duplicates.isEmpty(), "ingest's clock is 5 s past the copy, within the 10 s grace");

        pipe("port-strike", seen.plusSeconds(16));
        release();
        assertEquals("metro-7781", duplicates.readValue().getArticleId());
        assertTrue(enriched.isEmpty(), "story-order holds the originals for the same grace");

        backlog.settleAsOf(Long.MAX_VALUE);
        release();
        assertEquals(List.of("wire-001", "harbor-099"), enriched.readValuesToList().stream()
                .map(EnrichedArticle::getArticleId).toList(), "a drained pipeline lets the rest go");
    }

    /**
     * A burst that reaches enrich out of ingest's order (as it does from several partitions) is put back in
     * first-seen order before story assignment: the first article seen names the story.
     */
    @Test
    void aBurstIsAssignedToStoriesInFirstSeenOrder() {
        pipeBurstLatestSeenFirst("maduro-rejects", "amnesty-harbor-daily", "amnesty-wire");
        assertTrue(enriched.isEmpty());

        backlog.settleAsOf(Long.MAX_VALUE);
        release();

        List<EnrichedArticle> assigned = enriched.readValuesToList();
        assertEquals(List.of("wire-001", "harbor-017", "wire-044"), assigned.stream()
                .map(EnrichedArticle::getArticleId).toList());
        assertEquals(Set.of("story-wire-001"), assigned.stream().map(EnrichedArticle::getStoryId)
                .collect(Collectors.toSet()));
    }

    /**
     * The story-articles topic, which alerts follows stories by, has each story's articles under the story id in
     * first-seen order however they reached enrich, and without their bodies (StoryArticlesTest covers the
     * entities' mentions, which this test's tagger does not find).
     */
    @Test
    void eachStorysArticlesGoUnderItsIdInFirstSeenOrderWithoutTheirBodies() {
        pipeBurstLatestSeenFirst("port-strike", "maduro-rejects", "amnesty-harbor-daily", "amnesty-wire");
        backlog.settleAsOf(Long.MAX_VALUE);
        release();

        List<EnrichedArticle> enrichedArticles = enriched.readValuesToList();
        List<KeyValue<String, EnrichedArticle>> byStory = storyArticles.readKeyValuesToList();
        assertEquals(List.of("story-wire-001 wire-001", "story-wire-001 harbor-017", "story-wire-001 wire-044",
                        "story-harbor-099 harbor-099"),
                byStory.stream().map(record -> record.key + " " + record.value.getArticleId()).toList());
        for (KeyValue<String, EnrichedArticle> record : byStory) {
            EnrichedArticle full = enrichedArticles.stream()
                    .filter(article -> article.getArticleId().equals(record.value.getArticleId())).findFirst().get();
            assertEquals("", record.value.getBody());
            assertEquals(full.getEntities().stream().map(EntityTag::getId).toList(),
                    record.value.getEntities().stream().map(EntityTag::getId).toList());
            assertEquals(full.getEvents(), record.value.getEvents());
            assertEquals(full.getTitle(), record.value.getTitle());
        }
    }

    /**
     * After an upgrade from the release that kept the article in its dedup-pending entry: a verdict held then
     * goes out with that article, which moves to dedup-held-articles when the task starts and leaves it with
     * the verdict.
     */
    @Test
    void aVerdictHeldByTheReleaseBeforeGoesOutWithTheArticleItsEntryCarried() {
        Fixture fixture = Fixture.load("amnesty-wire");
        String delivery = fixture.id() + "@0:0";
        long completed = FIRST_ARRIVAL.toEpochMilli();
        rocksDb(DedupDecideProcessor.PENDING_STORE).put(Bytes.wrap(delivery.getBytes(StandardCharsets.UTF_8)),
                FormatThreePendingEntry.of(topics.rawArticles(), rawArticle(fixture, nextArrival), 1, completed,
                        fixture.publishedAt().toEpochMilli(), nextArrival.toEpochMilli()));

        release();

        assertEquals(List.of(fixture.body()), enriched.readValuesToList().stream().map(EnrichedArticle::getBody)
                .toList());
        KeyValueStore<String, RawArticle> held = driver.getKeyValueStore(DedupDecideProcessor.HELD_ARTICLES_STORE);
        assertNull(held.get(delivery), "gone with its verdict");
        assertNull(driver.getKeyValueStore(DedupDecideProcessor.PENDING_STORE).get(delivery));
    }

    /** The bytes store under a store's metering, caching and logging layers, as a restore would fill it. */
    @SuppressWarnings("unchecked")
    private KeyValueStore<Bytes, byte[]> rocksDb(String storeName) {
        StateStore store = driver.getAllStateStores().get(storeName);
        while (store instanceof WrappedStateStore<?, ?, ?> wrapper) {
            store = wrapper.wrapped();
        }
        return (KeyValueStore<Bytes, byte[]>) store;
    }

    /**
     * Dedup-decide runs in the tasks that read the raw topic: an article read from its id's partition is held
     * where it was read, one read from another partition (from a producer that keys otherwise) crosses the
     * dedup-decide topic to the task of its id, and both are decided alike; likewise an article's probe of the
     * buckets on the partition it was read from is looked up there. With three partitions configured, only
     * harbor-017's id, and some buckets, fall in the driver's one partition.
     */
    @Test
    void anArticleReadFromAnotherPartitionThanItsIdsCrossesToTheTaskOfItsId() {
        driver.close();
        startDriver(stateDir.resolve("three-partitions"), 3);
        publish("amnesty-wire", "amnesty-exact-copy", "amnesty-syndicated", "amnesty-harbor-daily");

        Map<String, String> copyOf = duplicates.readKeyValuesToList().stream()
                .collect(Collectors.toMap(record -> record.key, record -> record.value.getDuplicateOf()));
        assertEquals(Map.of("gazette-512", "wire-001", "metro-7781", "wire-001"), copyOf);
        DecideInputSerde inputs = new DecideInputSerde(topics.rawArticles().valueSerde(), topics.rawArticles().name());
        Set<String> crossed = driver.createOutputTopic(APPLICATION_ID + "-dedup-decide-repartition",
                        Serdes.String().deserializer(), inputs.deserializer()).readKeyValuesToList().stream()
                .filter(record -> record.value instanceof DecideInput.Held).map(record -> record.key)
                .collect(Collectors.toSet());
        assertEquals(Set.of("wire-001", "gazette-512", "metro-7781"), crossed);
        Set<Integer> probedPartitions = driver.createOutputTopic(APPLICATION_ID + "-dedup-bucket-repartition",
                        Serdes.String().deserializer(), probeSerde().deserializer()).readValuesToList().stream()
                .map(probe -> KeyPartition.of(probe.bucketKeys().get(0), 3)).collect(Collectors.toSet());
        assertEquals(Set.of(1, 2), probedPartitions, "the probes of buckets on the partition read were looked up there");
    }

    /**
     * Story-order's wait for the inputs to settle counts from when dedup-decide began to hold an original, which
     * the original carries to it in a header; nothing a consumer of enrich's topics reads carries that header.
     */
    @Test
    void originalsCarryTheStartOfTheirHoldToStoryOrderAndNoOutputCarriesIt() {
        publish("amnesty-wire", "amnesty-exact-copy", "amnesty-syndicated", "amnesty-harbor-daily");

        List<TestRecord<String, byte[]>> serial = driver.createOutputTopic(APPLICATION_ID + "-story-serial-repartition",
                Serdes.String().deserializer(), Serdes.ByteArray().deserializer()).readRecordsToList();
        List<String> carrying = serial.stream().filter(record -> !noHeldSince(record.headers()))
                .map(TestRecord::key).toList();
        assertEquals(List.of("wire-001", "harbor-017"), carrying, "the originals, and not the hold reports");
        serial.stream().filter(record -> carrying.contains(record.key())).forEach(record -> assertEquals(Long.BYTES,
                record.headers().lastHeader(HeldSinceHeader.NAME).value().length));
        assertEquals(2, enriched.readRecordsToList().stream().filter(record -> noHeldSince(record.headers()))
                .count());
        assertEquals(2, duplicates.readRecordsToList().stream().filter(record -> noHeldSince(record.headers()))
                .count());
        assertTrue(stories.readRecordsToList().stream().allMatch(record -> noHeldSince(record.headers())));
    }

    private static boolean noHeldSince(Headers headers) {
        return headers.lastHeader(HeldSinceHeader.NAME) == null;
    }

    /** A late match after the grace cannot take back an emitted original: both pass, and operators see it. */
    @Test
    void aLateMatchAfterTheGraceIsCountedAsTooLate() {
        Instant originalSeen = nextArrival;
        pipe("amnesty-syndicated", originalSeen.plusSeconds(2));
        release();
        pipe("amnesty-wire", originalSeen);
        release();

        assertTrue(duplicates.isEmpty());
        assertEquals(List.of("metro-7781", "wire-001"), enriched.readValuesToList().stream()
                .map(EnrichedArticle::getArticleId).toList());
        assertTrue(lateMatches("too_late") > 0, "every bucket the two share sent a late match");
        assertEquals(0.0, lateMatches("in_time"));
        assertEquals(0.0, lateMatches("after_copy"));
    }

    /**
     * A late match that reaches a verdict already emitted as a copy missed nothing, as when a slower bucket
     * partition's match comes after another's made the article a copy: it is not counted as too late, which
     * the missed-copies alert watches. A late match for a verdict emitted as an original still is.
     */
    @Test
    void aLateMatchForAVerdictAlreadyEmittedAsACopyIsNotACopyMissed() {
        Instant seen = nextArrival;
        pipe("amnesty-exact-copy", seen.plusSeconds(2));
        pipe("amnesty-wire", seen);
        release();
        assertEquals(Map.of("gazette-512", "wire-001"), duplicates.readKeyValuesToMap().entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, entry -> entry.getValue().getDuplicateOf())));
        assertEquals(0.0, lateMatches("too_late"));

        pipe("amnesty-syndicated", seen.minusSeconds(1));
        release();

        assertTrue(lateMatches("after_copy") > 0, "the copy gazette-512 also matches the earlier-seen article");
        assertTrue(lateMatches("too_late") > 0, "wire-001 went out as an original and is a copy of it");
    }

    @Test
    void outOfOrderEventTimesStillDedupAndJoinTheStory() {
        publish("sanctions-license", "maduro-rejects", "amnesty-wire", "amnesty-syndicated", "amnesty-harbor-daily");

        DuplicateNotice notice = duplicates.readValue();
        assertEquals("metro-7781", notice.getArticleId());
        assertEquals("wire-001", notice.getDuplicateOf());
        Map<String, String> storyOf = enriched.readValuesToList().stream()
                .collect(Collectors.toMap(EnrichedArticle::getArticleId, EnrichedArticle::getStoryId));
        assertEquals(Map.of("ledger-203", "story-ledger-203", "wire-044", "story-ledger-203",
                "wire-001", "story-ledger-203", "harbor-017", "story-ledger-203"), storyOf);
        StoryUpdate story = stories.readKeyValuesToMap().get("story-ledger-203");
        assertEquals(Fixture.load("amnesty-wire").publishedAt(), story.getFirstPublishedAt());
        assertEquals(Fixture.load("sanctions-license").publishedAt(), story.getLastPublishedAt());
    }

    /**
     * A restart on a machine without local state: the new instance's stores are filled from the changelogs
     * the first one wrote (as Kafka Streams restores them), then a copy of an article seen before the
     * restart is still a copy, a follow-up still joins its story, and an unrelated article still starts one.
     */
    @Test
    void aRestartRestoredFromTheChangelogsKeepsDedupAndStories() {
        publish("amnesty-wire", "amnesty-harbor-daily", "port-strike");
        ChangelogRestore changelogs = new ChangelogRestore(APPLICATION_ID, storeValueSerdes(),
                Set.of(BucketMembers.INDEX_STORE, BucketMembers.INDEX_FILED_STORE,
                        DedupDecideProcessor.RELEASE_STORE, EnrichTopology.STORY_ORDER.scheduleStore()));
        var captured = changelogs.capture(driver);
        driver.close();

        startDriver(stateDir.resolve("restarted"));
        changelogs.restore(driver, captured);
        publish("amnesty-syndicated", "maduro-rejects", "rate-cut");

        DuplicateNotice notice = duplicates.readValue();
        assertEquals("metro-7781", notice.getArticleId());
        assertEquals("wire-001", notice.getDuplicateOf());
        assertTrue(duplicates.isEmpty());
        Map<String, String> storyOf = enriched.readValuesToList().stream()
                .collect(Collectors.toMap(EnrichedArticle::getArticleId, EnrichedArticle::getStoryId));
        assertEquals(Map.of("wire-044", "story-wire-001", "ledger-207", "story-ledger-207"), storyOf);
        assertEquals(3, stories.readKeyValuesToMap().get("story-wire-001").getArticleCount());
    }

    @Test
    void replayingTheSameInputOnANewInstanceGivesTheSameResults() {
        String[] input = {"amnesty-wire", "amnesty-syndicated", "amnesty-harbor-daily", "port-strike",
            "maduro-rejects", "amnesty-exact-copy", "sanctions-license", "rate-cut"};
        publish(input);
        List<String> firstRun = outputs();
        driver.close();

        startDriver(stateDir.resolve("replay"));
        nextArrival = FIRST_ARRIVAL;
        publish(input);
        List<String> replay = outputs();
        assertEquals(firstRun, replay);
        assertEquals(2 + 6 + 6, replay.size());
    }

    /** Real text of five unrelated Daily Meridian pages, each under the same trending line. */
    private static final List<String> MERIDIAN_TEXT = List.of(
            "The harbour authority approved a new container terminal on the eastern quay after a two-year review.",
            "Farmers in the northern valley reported the earliest cherry harvest in forty years of records.",
            "The national orchestra announced a winter season of free concerts in five provincial towns.",
            "Engineers began replacing the cables of the old suspension bridge, closing one lane until spring.",
            "A regional court ordered the water company to refund customers billed twice during the outage.");
    private static final String TRENDING = "Trending: Celebrity chef opens a floating restaurant on the river";

    /**
     * A line on top of every page of one source is learned as its furniture: the first pages keep it, and
     * once it has recurred (enrich.furniture.min.pages) it is dropped from the text while the article's own
     * sentence stays.
     */
    @Test
    void aTrendingLineOnEveryPageOfASourceIsDroppedOnceItHasRecurredAndTheArticleTextIsKept() {
        for (int i = 0; i < 5; i++) {
            publishPage(i);
        }
        Map<String, String> bodyOf = enriched.readValuesToList().stream()
                .collect(Collectors.toMap(EnrichedArticle::getArticleId, article -> article.getBody().toString()));
        assertEquals(TRENDING + "\n" + MERIDIAN_TEXT.get(0), bodyOf.get("meridian-0"));
        assertEquals(TRENDING + "\n" + MERIDIAN_TEXT.get(1), bodyOf.get("meridian-1"));
        assertEquals(TRENDING + "\n" + MERIDIAN_TEXT.get(2), bodyOf.get("meridian-2"));
        assertEquals(MERIDIAN_TEXT.get(3), bodyOf.get("meridian-3"));
        assertEquals(MERIDIAN_TEXT.get(4), bodyOf.get("meridian-4"));
        assertEquals(2, registry.get("newsflow.enrich.furniture.lines").counter().count());
    }

    /** What was learned before a restart without local state is restored from the store's changelog. */
    @Test
    void aRestartRestoredFromTheChangelogKeepsTheLearnedFurniture() {
        for (int i = 0; i < 3; i++) {
            publishPage(i);
        }
        ChangelogRestore changelogs = new ChangelogRestore(APPLICATION_ID, storeValueSerdes(),
                Set.of(BucketMembers.INDEX_STORE, BucketMembers.INDEX_FILED_STORE,
                        DedupDecideProcessor.RELEASE_STORE, EnrichTopology.STORY_ORDER.scheduleStore()));
        var captured = changelogs.capture(driver);
        driver.close();

        startDriver(stateDir.resolve("restarted"));
        changelogs.restore(driver, captured);
        publishPage(3);

        assertEquals(MERIDIAN_TEXT.get(3), enriched.readValue().getBody());
    }

    private void publishPage(int index) {
        String id = "meridian-" + index;
        Instant publishedAt = FIRST_ARRIVAL.minus(Duration.ofHours(10 - index));
        RawArticle page = RawArticle.newBuilder()
                .setArticleId(id)
                .setUrl("https://meridian.example/" + id)
                .setSource("Daily Meridian")
                .setTitle("Meridian page " + index)
                .setBody(TRENDING + "\n" + MERIDIAN_TEXT.get(index))
                .setPublishedAt(publishedAt)
                .setFirstSeenAt(nextArrival)
                .build();
        raw.pipeInput(id, page, publishedAt);
        nextArrival = nextArrival.plusSeconds(60);
        release();
    }

    private static BucketProbeSerde probeSerde() {
        return new BucketProbeSerde(new ProbeKeys(EnrichOptions.defaults().dedup()));
    }

    private Map<String, Serde<?>> storeValueSerdes() {
        Topic<String, RawArticle> raw = topics.rawArticles();
        return Map.ofEntries(Map.entry(BucketMembers.MEMBERS_STORE, probeSerde()),
                Map.entry(BucketMembers.MEMBERS_FILED_STORE, Serdes.Long()),
                Map.entry(DedupDecideProcessor.PENDING_STORE, new PendingVerdictSerde(raw.valueSerde(), raw.name())),
                Map.entry(DedupDecideProcessor.HELD_ARTICLES_STORE, raw.valueSerde()),
                Map.entry(EnrichTopology.STORY_ORDER.bufferStore(), topics.enrichedArticles().valueSerde()),
                Map.entry(StoryProcessor.STATES_STORE, new StoryStateSerde()),
                Map.entry(StoryProcessor.PROFILES_STORE, new StoryProfileSerde()),
                Map.entry(StoryProcessor.POSTINGS_STORE, Serdes.String()),
                Map.entry(StoryProcessor.TERM_FREQUENCIES_STORE, Serdes.Long()),
                Map.entry(FurnitureProcessor.LINES_STORE, new SourceLinesSerde()));
    }

    @Test
    void everyProcessorStoreAndRepartitionTopicIsNamed() {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, topics, EnrichOptions.defaults(), new CapitalisedWordTagger(), registry,
                InputBacklog.UNKNOWN);
        String description = builder.build().describe().toString();
        assertFalse(description.contains("KSTREAM-") || description.contains("KTABLE-"), description);
        for (String topic : List.of("dedup-bucket-repartition", "dedup-decide-repartition",
                "story-serial-repartition")) {
            assertTrue(description.contains(topic), topic);
        }
    }

    private List<String> outputs() {
        List<String> records = new ArrayList<>();
        duplicates.readKeyValuesToList().forEach(record -> records.add(record.key + " " + record.value));
        enriched.readKeyValuesToList().forEach(record -> records.add(record.key + " " + record.value));
        stories.readKeyValuesToList().forEach(record -> records.add(record.key + " " + record.value));
        return records;
    }

    private void startDriver(Path directory) {
        // The driver runs every topic with one partition, so one dedup-decide task reports what it holds.
        startDriver(directory, 1);
    }

    private void startDriver(Path directory, int parallelPartitions) {
        StreamsBuilder builder = new StreamsBuilder();
        EnrichTopology.build(builder, topics, EnrichOptions.defaults().withParallelPartitions(parallelPartitions),
                new CapitalisedWordTagger(), registry, backlog);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, APPLICATION_ID);
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, directory.toString());
        driver = new TopologyTestDriver(builder.build(), properties);
        raw = input(topics.rawArticles());
        duplicates = output(topics.duplicates());
        enriched = output(topics.enrichedArticles());
        stories = output(topics.stories());
        storyArticles = output(topics.storyArticles());
    }

    /**
     * Publishes the fixtures in this order, each seen by ingest a minute after the previous one and with its
     * publishedAt as record timestamp, and lets each dedup verdict's grace pass before the next.
     */
    private void publish(String... fixtures) {
        for (String name : fixtures) {
            pipe(name, nextArrival);
            nextArrival = nextArrival.plusSeconds(60);
            release();
        }
    }

    /**
     * Lets both holding steps look at what they hold: dedup-decide releases a verdict; story-order sees the
     * article settled at its next look and then needs a hold report from after that look, which the driver
     * delivers one look later still.
     */
    private void release() {
        for (int look = 0; look < 4; look++) {
            driver.advanceWallClockTime(RELEASE);
        }
    }

    /**
     * A burst that reaches enrich in the reverse of ingest's order, as it can from several partitions: the
     * fixtures, seen a second apart, the last one first; each holding step looks at it while the backlog is
     * unknown.
     */
    private void pipeBurstLatestSeenFirst(String... fixtures) {
        backlog.settleAsOf(-1);
        for (int arrival = 0; arrival < fixtures.length; arrival++) {
            pipe(fixtures[arrival], nextArrival.plusSeconds(fixtures.length - 1 - arrival));
        }
        release();
    }

    private void pipe(String fixtureName, Instant firstSeenAt) {
        Fixture fixture = Fixture.load(fixtureName);
        raw.pipeInput(fixture.id(), rawArticle(fixture, firstSeenAt), fixture.publishedAt());
    }

    private double lateMatches(String outcome) {
        return registry.get("newsflow.enrich.dedup.late.matches").tag("outcome", outcome).counter().count();
    }

    private static RawArticle rawArticle(Fixture fixture, Instant firstSeenAt) {
        return RawArticle.newBuilder()
                .setArticleId(fixture.id())
                .setUrl(fixture.url())
                .setSource(fixture.source())
                .setTitle(fixture.title())
                .setBody(fixture.body())
                .setPublishedAt(fixture.publishedAt())
                .setFirstSeenAt(firstSeenAt)
                .build();
    }

    private <V> TestInputTopic<String, V> input(Topic<String, V> topic) {
        return driver.createInputTopic(topic.name(), topic.keySerde().serializer(), topic.valueSerde().serializer());
    }

    private <V> TestOutputTopic<String, V> output(Topic<String, V> topic) {
        return driver.createOutputTopic(topic.name(), topic.keySerde().deserializer(),
                topic.valueSerde().deserializer());
    }
}
