package io.newsflow.deploy.bench;

import io.newsflow.deploy.bench.news.BenchNews;
import io.newsflow.deploy.cli.CliError;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.time.Duration;
import java.io.PrintStream;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * The stages over a loaded backlog, one after the other, each in its own JVM: (a) the bare passthrough,
 * (b) enrich, (c) alerts over enrich's output, then (d) live mode with enrich and alerts both running,
 * fed at half of enrich's measured rate.
 */
final class StageRuns {
    /** How long a count must stay the same to be taken as complete: many of the watcher's 100 ms polls. */
    private static final Duration SETTLED = Duration.ofSeconds(2);
    private static final long CHECK_MILLIS = 200;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;
    /** The alerts service's count of articles development tracking has looked at. */
    private static final String ALERTS_EXAMINED = "newsflow_alerts_articles_total";
    /** What enrich and alerts publish, measured on disk after the backlog beside their internal topics. */
    private static final List<String> OUTPUTS = List.of(Topics.ENRICHED_ARTICLES, Topics.STORY_ARTICLES,
            Topics.STORIES, Topics.DUPLICATES, Topics.ALERTS, Topics.DELIVERIES);

    private final BenchOptions options;
    private final PrintStream out;
    private final Settings settings;
    private final ClusterView cluster;
    private final OutputWatcher watcher;
    private final StageClock clock;
    private final Map<Stage, StageResult> results = new EnumMap<>(Stage.class);

    StageRuns(BenchOptions options, PrintStream out, Settings settings, ClusterView cluster, OutputWatcher watcher) {
        this.options = options;
        this.out = out;
        this.settings = settings;
        this.cluster = cluster;
        this.watcher = watcher;
        this.clock = new StageClock(out, options.stageTimeout());
    }

    BenchReport measure(Backlog backlog, BenchNews news, RawLoader loader, String loadAtStart)
            throws IOException, InterruptedException {
        try (ChildStage passthrough = start(Stage.PASSTHROUGH)) {
            measure(passthrough, "records", rawRead(Stage.PASSTHROUGH), () -> watcher.count(PassthroughTopology.OUTPUT),
                    options::backlog, options.warmup(), backlog.bytesPerArticle());
        }
        long deadLettersBefore = watcher.count(Topics.DEAD_LETTERS);
        LongSupplier enrichDone = () -> watcher.count(Topics.ENRICHED_ARTICLES) + watcher.count(Topics.DUPLICATES)
                + watcher.count(Topics.DEAD_LETTERS) - deadLettersBefore;
        try (ChildStage enrich = start(Stage.ENRICH)) {
            measure(enrich, "articles", rawRead(Stage.ENRICH), enrichDone, options::backlog, options.warmup(),
                    backlog.bytesPerArticle());
            long enriched = watcher.count(Topics.ENRICHED_ARTICLES);
            long duplicates = watcher.count(Topics.DUPLICATES);
            EnrichOutcome outcome = new EnrichOutcome(enriched, duplicates, enrichDone.getAsLong() - enriched - duplicates);
            try (ChildStage alerts = start(Stage.ALERTS)) {
                LongSupplier alertsRead = () -> watcher.storyArticlesBelow(
                        cluster.committed(Stage.ALERTS.applicationId()));
                // An article is done once development tracking has looked at it.
                LongSupplier alertsDone = () -> alerts.counter(ALERTS_EXAMINED);
                long warmup = Math.round(enriched * options.warmup() / (double) options.backlog());
                measure(alerts, "enriched articles", alertsRead, alertsDone, () -> enriched, warmup,
                        watcher.storyArticleBytes() / (double) Math.max(1, enriched));
                long alertsWritten = settledCount(Topics.ALERTS);
                long alertsExamined = alertsDone.getAsLong();
                Map<String, Long> outputBytes = cluster.logBytes(OUTPUTS);
                LiveResult live = live(news, loader, enrich, alerts, enrichDone, alertsDone);
                return new BenchReport(options, loadAtStart, ProcessUsage.loadAverage(), backlog, results, outcome,
                        alertsExamined, alertsWritten, outputBytes, live);
            }
        }
    }

    /**
     * The watcher's count of a topic once it stops growing: the stage's last transaction is committed, but
     * the watcher's own consumer may still be fetching it.
     */
    private long settledCount(String topic) throws InterruptedException {
        long count = watcher.count(topic);
        long unchangedSince = System.nanoTime();
        while (System.nanoTime() - unchangedSince < SETTLED.toNanos()) {
            Thread.sleep(100);
            long now = watcher.count(topic);
            if (now != count) {
                count = now;
                unchangedSince = System.nanoTime();
            }
        }
        return count;
    }

    private ChildStage start(Stage stage) throws IOException, InterruptedException {
        out.printf("bench: %s starting in its own JVM ...%n", stage.label());
        return ChildStage.start(stage, settings, options.workDir());
    }

    /** Raw articles the stage's group has committed: the raw topic has no transactions, so offsets count records. */
    private LongSupplier rawRead(Stage stage) {
        return () -> cluster.committedTotal(stage.applicationId(), Topics.RAW_ARTICLES);
    }

    private void measure(ChildStage child, String what, LongSupplier read, LongSupplier done, LongSupplier total,
                         long warmup, double inputBytesPerRecord) throws InterruptedException {
        out.printf("bench: %s running (pid %d, log %s) ...%n", child.label(), child.pid(), child.log());
        StageClock.Window window = clock.window(child, what, read, done, total, warmup);
        List<InternalTopics.Usage> internal = InternalTopics.measure(settings, cluster,
                child.stage().internalTopicPrefix());
        StageResult result = new StageResult(child.stage(), window.start(), window.from(), window.to(),
                total.getAsLong(), inputBytesPerRecord, child.peakHeapBytes(), child.peakResidentBytes(), internal);
        out.printf(Locale.ROOT, "bench: %s done: %,d %s measured in %.1f s (%,.0f/s), %.2f ms CPU each%n",
                child.label(), result.measuredRecords(), what, result.seconds(), result.recordsPerSecond(),
                result.cpuMillisPerRecord());
        results.put(child.stage(), result);
    }

    private LiveResult live(BenchNews news, RawLoader loader, ChildStage enrich, ChildStage alerts,
                            LongSupplier enrichDone, LongSupplier alertsDone) throws InterruptedException {
        double rate = Math.max(1, results.get(Stage.ENRICH).recordsPerSecond() / 2);
        out.printf(Locale.ROOT, "bench: (d) live: feeding new articles at %.1f/s (half of enrich's rate) for %d s ...%n",
                rate, options.liveSeconds());
        Map<Stage, List<InternalTopics.Usage>> internalBefore = internalOf(Stage.ENRICH, Stage.ALERTS);
        long rawBefore = rawBytesOnDisk();
        long fed = LiveFeed.feed(news, options.backlog(), rate, options.liveSeconds(), loader, watcher, out);
        out.printf(Locale.ROOT, "bench: (d) live: fed %,d; waiting for enrich and alerts to finish them ...%n", fed);
        long all = options.backlog() + fed;
        long deadline = System.nanoTime() + options.stageTimeout().toNanos();
        long lastProgress = System.nanoTime();
        while (enrichDone.getAsLong() < all || alertsDone.getAsLong() < watcher.count(Topics.ENRICHED_ARTICLES)) {
            enrich.requireAlive();
            alerts.requireAlive();
            if (System.nanoTime() > deadline) {
                throw new CliError(String.format(Locale.ROOT, "live mode did not finish within %s (enrich done with "
                                + "%,d of %,d articles); see %s and %s, or raise --stage-timeout", options.stageTimeout(),
                        enrichDone.getAsLong(), all, enrich.log(), alerts.log()));
            }
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                out.printf(Locale.ROOT, "bench: (d) live: enrich done with %,d of %,d articles, alerts with %,d of %,d "
                                + "enriched%n", enrichDone.getAsLong(), all, alertsDone.getAsLong(),
                        watcher.count(Topics.ENRICHED_ARTICLES));
                lastProgress = System.nanoTime();
            }
            Thread.sleep(CHECK_MILLIS);
        }
        LiveInternal internal = LiveInternal.between(internalBefore, internalOf(Stage.ENRICH, Stage.ALERTS),
                rawBytesOnDisk() - rawBefore);
        return new LiveResult(rate, options.liveSeconds(), fed, watcher.enrichedLatencies(), watcher.alertLatencies(),
                internal);
    }

    private Map<Stage, List<InternalTopics.Usage>> internalOf(Stage... stages) {
        Map<Stage, List<InternalTopics.Usage>> usage = new EnumMap<>(Stage.class);
        for (Stage stage : stages) {
            usage.put(stage, InternalTopics.measure(settings, cluster, stage.internalTopicPrefix()));
        }
        return usage;
    }

    private long rawBytesOnDisk() {
        return cluster.logBytes(List.of(Topics.RAW_ARTICLES)).get(Topics.RAW_ARTICLES);
    }
}
