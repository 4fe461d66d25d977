package io.newsflow.enrich.stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.dedup.ArticleSketcher;
import io.newsflow.enrich.dedup.ProbeKeys;
import io.newsflow.enrich.stream.order.FirstSeenOrder;
import io.newsflow.enrich.stream.order.FirstSeenOrderProcessor;
import io.newsflow.enrich.stream.order.InputBacklog;
import io.newsflow.enrich.stream.order.OrderInput;
import io.newsflow.enrich.stream.order.OrderInputSerde;
import io.newsflow.enrich.tag.ArticleTagger;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.StoryUpdate;
import io.newsflow.schemas.topics.StoryArticles;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.kstream.Repartitioned;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The enrich topology: raw articles in; copies out to the duplicates topic; originals tagged, put in a
 * story and out to the enriched topic, with each story's new state on the stories topic and each article,
 * without its body, under its story on the story-articles topic.
 *
 * <pre>
 * raw-articles-source ─► learned-furniture [furniture-source-lines] (drops lines recurring on many of the
 *   source's pages) ─► dedup-sketch (normalise, fingerprint, MinHash, arrival order)
 *   ├─ dedup-probes: one probe per partition that holds any of the article's buckets (exact fingerprint +
 *   │    32 LSH bands), naming those buckets
 *   │    ─► dedup-bucket (repartition by bucket) ─► dedup-bucket-lookup [dedup-bucket-members]
 *   │         answers (and late matches) keyed by article id ─┐
 *   └─ dedup-hold: the article itself, keyed by article id
 *        ├─ elsewhere (read from another partition than its id's) ─► dedup-fan-in ┘
 *        │    ─► dedup-decide (repartition by article id) ─┐
 *        └─ where-read (as ingest publishes nearly all) ───── dedup-decide-inputs
 *        ─► dedup-decide [dedup-pending (tallies), dedup-held-articles (each article once), dedup-release-schedule]
 *           (in the tasks that read the raw topic)
 *        ├─ copies ─► duplicate-notice ─► duplicates-sink
 *        ├─ holdings (what each decide task still holds, twenty times a second) ─► dedup-holding-report ─┐
 *        └─ originals ─► tag (on the dedup-decide task that holds the article) ─► story-order-inputs
 *             ─► story-serial (repartition, 1 partition)
 *             ─► story-order [story-order-buffer, story-order-schedule]
 *             ─► story-assign [story-states, story-profiles, story-postings, story-term-frequencies]
 *             ─► enriched-articles-sink, story-updates-sink, story-article ─► story-articles-sink
 * </pre>
 *
 * Every dedup step is partitioned (sketching by input partition, bucket lookups by bucket, decisions by
 * article id), so more partitions and instances add dedup capacity while near-copies arriving on different
 * input partitions still meet in their shared buckets, and dedup-decide holds each verdict for a grace
 * period in case a bucket finds the article's earlier-seen original late. Story assignment sees every
 * article because it runs on a single-partition repartition topic, in ingest's first-seen order.
 */
public final class EnrichTopology {
    private static final String BUCKET_REPARTITION = "dedup-bucket";
    private static final String DECIDE_REPARTITION = "dedup-decide";
    private static final String STORY_REPARTITION = "story-serial";

    /**
     * Articles back in ingest's first-seen order before story assignment, whose outcome depends on the order
     * (the first article of an event names its story and is its "new story"): they reach the single story
     * partition from several dedup and tagging partitions, each released on its own schedule, so a burst
     * arrives shuffled. An earlier-seen article can still be a raw article, a bucket probe or a verdict on
     * the dedup-decide topic (three steps), and then held in dedup-decide's store, on no topic: each decide
     * task reports what it still holds in the same stream, and story-order waits for every task to report,
     * after those three steps have settled, that it holds nothing seen as early. The 100 ms settle allows for
     * ingest's sends to different raw partitions reaching the broker a little out of order; it counts from when
     * dedup-decide began holding the article (a header the article carries), so the two holds wait for the same
     * settling instead of one after the other.
     */
    static final FirstSeenOrder STORY_ORDER = new FirstSeenOrder("story-order-buffer", "story-order-schedule",
            Duration.ofMillis(100), DedupDecideProcessor.STEPS_TO_HERE, EnrichedArticle::getArticleId);

    private static final Logger LOG = LoggerFactory.getLogger(EnrichTopology.class);

    private EnrichTopology() {
    }

    /** The topics enrich reads articles from, in the order articles pass them. */
    public static List<String> inputs(String applicationId, Topics topics) {
        return List.of(topics.rawArticles().name(), repartitionTopic(applicationId, BUCKET_REPARTITION),
                repartitionTopic(applicationId, DECIDE_REPARTITION), repartitionTopic(applicationId, STORY_REPARTITION));
    }

    private static String repartitionTopic(String applicationId, String name) {
        return applicationId + "-" + name + "-repartition";
    }

    /**
     * The topology, counting articles in and out, duplicates, stories, entities and events on the registry;
     * the backlog tells dedup-decide and story-order when what they hold can go before the grace (see
     * {@link InputBacklog}).
     */
    public static void build(StreamsBuilder builder, Topics topics, EnrichOptions options, ArticleTagger tagger,
                             MeterRegistry registry, InputBacklog backlog) {
        EnrichMeters meters = new EnrichMeters(registry);
        Topic<String, RawArticle> raw = topics.rawArticles();
        ArticleSketcher sketcher = new ArticleSketcher(options.dedup());
        ProbeKeys probeKeys = new ProbeKeys(options.dedup());
        KStream<String, SketchedArticle> sketched = builder
                .stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("raw-articles-source"))
                .filter((articleId, article) -> article != null || skipTombstone(articleId, meters),
                        Named.as("raw-articles-present"))
                .peek((articleId, article) -> meters.articleIn(), Named.as("count-articles-in"))
                .processValues(FurnitureProcessor.supplier(options.furniture(), meters), Named.as("learned-furniture"))
                .processValues(() -> new SketchProcessor(sketcher, probeKeys), Named.as("dedup-sketch"));
        BucketPlacement placement = new BucketPlacement(options.parallelPartitions());
        DecidePlacement decidePlacement = new DecidePlacement(options.parallelPartitions());
        // Bucket lookups and decisions run in the tasks that read the raw topic: what belongs to the partition an
        // article was read from stays in its task, and only the rest crosses a repartition topic.
        Map<String, KStream<String, BucketProbe>> probes = sketched
                .flatMap((articleId, article) -> placement
                        .probes(new BucketProbe(article.probe(), article.bucketKeys())).stream()
                        .map(probe -> KeyValue.pair(probe.bucketKeys().get(0), probe)).toList(), Named.as("dedup-probes"))
                .split(Named.as("dedup-probes-"))
                .branch((bucketKey, probe) -> placement.holds(probe.member().order().partition(), probe),
                        Branched.as("where-read"))
                .defaultBranch(Branched.as("elsewhere"));
        Map<String, KStream<String, RoutedDecideInput>> answers = probes.get("dedup-probes-elsewhere")
                .repartition(Repartitioned.with(Serdes.String(), new BucketProbeSerde(probeKeys))
                        .withName(BUCKET_REPARTITION)
                        .withStreamPartitioner(placement)
                        .withNumberOfPartitions(options.parallelPartitions()))
                .merge(probes.get("dedup-probes-where-read"), Named.as("dedup-bucket-inputs"))
                .process(BucketLookupProcessor.supplier(options.dedup(), options.dedupRetention(), decidePlacement),
                        Named.as("dedup-bucket-lookup"))
                .split(Named.as("dedup-answers-"))
                .branch((articleId, answer) -> answer.decidedHere(), Branched.as("here"))
                .defaultBranch(Branched.as("elsewhere"));
        Map<String, KStream<String, DecideInput>> held = sketched.map((key, article) -> KeyValue.pair(
                        article.article().getArticleId(), (DecideInput) new DecideInput.Held(article.probe().order(),
                                article.bucketKeys().size(), article.article())),
                Named.as("dedup-hold"))
                .split(Named.as("dedup-hold-"))
                .branch((articleId, hold) -> decidePlacement.decidesOn(articleId, hold.order().partition()),
                        Branched.as("where-read"))
                .defaultBranch(Branched.as("elsewhere"));
        KStream<String, DedupOutcome> deduplicated = answers.get("dedup-answers-elsewhere")
                .mapValues(RoutedDecideInput::input, Named.as("dedup-answer-elsewhere"))
                .merge(held.get("dedup-hold-elsewhere"), Named.as("dedup-fan-in"))
                .repartition(Repartitioned.with(Serdes.String(), new DecideInputSerde(raw.valueSerde(), raw.name()))
                        .withName(DECIDE_REPARTITION)
                        .withStreamPartitioner(decidePlacement)
                        .withNumberOfPartitions(options.parallelPartitions()))
                .merge(held.get("dedup-hold-where-read"), Named.as("dedup-decide-inputs"))
                .merge(answers.get("dedup-answers-here").mapValues(RoutedDecideInput::input, Named.as("dedup-answer-here")),
                        Named.as("dedup-decide-local-answers"))
                .process(DedupDecideProcessor.supplier(raw.valueSerde(), raw.name(), options.dedupGrace(), backlog,
                        meters), Named.as("dedup-decide"));

        Map<String, KStream<String, DedupOutcome>> outcomes = deduplicated.split(Named.as("dedup-outcome-"))
                .branch((articleId, outcome) -> outcome instanceof DedupOutcome.Copy, Branched.as("copies"))
                .branch((key, outcome) -> outcome instanceof DedupOutcome.Holding, Branched.as("holdings"))
                .defaultBranch(Branched.as("originals"));
        writeDuplicates(outcomes.get("dedup-outcome-copies"), topics, meters);
        tagAndAssignStories(outcomes.get("dedup-outcome-originals"), outcomes.get("dedup-outcome-holdings"), topics,
                options, tagger, meters, backlog);
    }

    /** A delete on the raw topic carries no article: counted, logged once, and skipped. */
    private static boolean skipTombstone(String articleId, EnrichMeters meters) {
        if (meters.tombstone()) {
            LOG.warn("skipping a record without a value on the raw topic (key {}); later ones are only counted, "
                    + "as newsflow_enrich_tombstones_total", articleId);
        }
        return false;
    }

    private static void writeDuplicates(KStream<String, DedupOutcome> copies, Topics topics, EnrichMeters meters) {
        copies.mapValues(outcome -> ((DedupOutcome.Copy) outcome).notice(), Named.as("duplicate-notice"))
                .peek((articleId, notice) -> meters.duplicate(notice), Named.as("count-duplicates"))
                .to(topics.duplicates().name(), produced(topics.duplicates(), "duplicates-sink"));
    }

    private static void tagAndAssignStories(KStream<String, DedupOutcome> originals,
                                            KStream<String, DedupOutcome> holdings, Topics topics,
                                            EnrichOptions options, ArticleTagger tagger, EnrichMeters meters,
                                            InputBacklog backlog) {
        Topic<String, EnrichedArticle> enriched = topics.enrichedArticles();
        Topic<String, StoryUpdate> stories = topics.stories();
        KStream<String, OrderInput> tagged = originals
                .mapValues(outcome -> ((DedupOutcome.Original) outcome).article(), Named.as("original-article"))
                .mapValues(article -> (OrderInput) new OrderInput.Article(
                        ArticleRecords.tagged(article, tagger.tag(article.getTitle(), article.getBody()))),
                        Named.as("tag"));
        KStream<String, OrderInput> holdingReports = holdings.mapValues(
                outcome -> (OrderInput) new OrderInput.Holding(((DedupOutcome.Holding) outcome).report()),
                Named.as("dedup-holding-report"));
        KStream<String, StoryOutcome> assigned = tagged.merge(holdingReports, Named.as("story-order-inputs"))
                .repartition(serial(STORY_REPARTITION, new OrderInputSerde(enriched.valueSerde())))
                .process(FirstSeenOrderProcessor.supplier(STORY_ORDER, enriched.valueSerde(), options.dedupGrace(),
                        backlog, options.parallelPartitions()), Named.as("story-order"))
                .process(StoryProcessor.supplier(options.story()), Named.as("story-assign"));
        KStream<String, EnrichedArticle> enrichedArticles = assigned.mapValues(StoryOutcome::article,
                Named.as("enriched-article"));
        enrichedArticles.peek((articleId, article) -> meters.enriched(article), Named.as("count-enriched"))
                .to(enriched.name(), produced(enriched, "enriched-articles-sink"));
        // Written here, by the one task that assigns stories, so each story's articles are on one partition of
        // the topic in first-seen order: alerts follows stories from it without re-keying or re-ordering.
        Topic<String, EnrichedArticle> storyArticles = topics.storyArticles();
        enrichedArticles.flatMap((articleId, article) -> {
            EnrichedArticle withoutBody = StoryArticles.withoutBody(article);
            return StoryArticles.storyIds(article).stream()
                    .map(storyId -> KeyValue.pair(storyId, withoutBody)).toList();
        }, Named.as("story-article")).to(storyArticles.name(), produced(storyArticles, "story-articles-sink"));
        assigned.flatMap((articleId, outcome) -> outcome.updates().stream()
                                .map(update -> KeyValue.pair(update.getStoryId(), update)).toList(),
                        Named.as("story-update"))
                .peek((storyId, update) -> meters.storyUpdated(update), Named.as("count-stories"))
                .to(stories.name(), produced(stories, "story-updates-sink"));
    }

    /** A repartition topic of one partition: every record meets the same store instance, in one order. */
    private static <V> Repartitioned<String, V> serial(String name, Serde<V> values) {
        return Repartitioned.with(Serdes.String(), values).withName(name).withNumberOfPartitions(1);
    }

    private static <V> Produced<String, V> produced(Topic<String, V> topic, String name) {
        return Produced.with(topic.keySerde(), topic.valueSerde()).withName(name);
    }
}
