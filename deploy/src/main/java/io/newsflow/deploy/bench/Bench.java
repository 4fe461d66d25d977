package io.newsflow.deploy.bench;

import io.newsflow.deploy.bench.news.BenchNews;
import io.newsflow.deploy.bench.news.GeneratedArticle;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.cli.CliError;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * One bench run on one cluster: load the generated backlog into a fresh raw topic, then measure (a) a
 * bare passthrough, (b) enrich and (c) alerts over it, each in its own JVM and one after the other, and
 * (d) live mode, with enrich and alerts running, fed at half of enrich's measured rate.
 */
public final class Bench {
    /** Repartition topics are normally purged once consumed; the bench keeps them to count what was written. */
    private static final Map<String, String> STAGE_SETTINGS = Map.of("repartition.purge.interval.ms",
            String.valueOf(Duration.ofDays(1).toMillis()));
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final BenchOptions options;
    private final PrintStream out;
    private final BenchNews news;
    private final StageClock clock;

    private Bench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.news = new BenchNews(options.seed());
        this.clock = new StageClock(out, options.stageTimeout());
    }

    /** Runs the bench on an embedded broker in the work directory, or on the cluster the settings name. */
    public static BenchReport run(Settings given, boolean embedded, BenchOptions options, PrintStream out)
            throws IOException, InterruptedException {
        Bench bench = new Bench(options, out);
        if (!embedded) {
            return bench.on(given);
        }
        out.println("bench: starting an embedded Kafka broker ...");
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                .dataDir(options.workDir().resolve("kafka")).start()) {
            return bench.on(given.with("bootstrap.servers", broker.bootstrapServers()));
        }
    }

    private BenchReport on(Settings given) throws IOException, InterruptedException {
        Settings settings = given.with(STAGE_SETTINGS).with("topics.partitions", String.valueOf(options.partitions()));
        Topics topics = Topics.configure(settings.asClientConfig());
        String loadAtStart = ProcessUsage.loadAverage();
        try (ClusterView cluster = new ClusterView(settings.asClientConfig())) {
            requireFresh(cluster, settings);
            TopicSetup.ensure(settings, topics, List.of(PassthroughTopology.OUTPUT));
            try (OutputWatcher watcher = new OutputWatcher(settings, topics, List.of(PassthroughTopology.OUTPUT,
                    Topics.ENRICHED_ARTICLES, Topics.DUPLICATES, Topics.DEAD_LETTERS, Topics.ALERTS));
                 RawLoader loader = new RawLoader(settings, topics)) {
                Backlog backlog = load(loader, cluster);
                Map<Stage, StageResult> results = new EnumMap<>(Stage.class);
                results.put(Stage.PASSTHROUGH, passthrough(settings, cluster, watcher, backlog));
                long deadLettersBefore = watcher.count(Topics.DEAD_LETTERS);
                try (ChildStage enrich = ChildStage.start(Stage.ENRICH, settings, options.workDir())) {
                    LongSupplier enrichDone = () -> watcher.count(Topics.ENRICHED_ARTICLES)
                            + watcher.count(Topics.DUPLICATES) + watcher.count(Topics.DEAD_LETTERS) - deadLettersBefore;
                    results.put(Stage.ENRICH, measure(enrich, settings, cluster, "articles",
                            rawRead(cluster, Stage.ENRICH), enrichDone, options::backlog, options.warmup(),
                            backlog.bytesPerArticle()));
                    EnrichOutcome outcome = new EnrichOutcome(watcher.count(Topics.ENRICHED_ARTICLES),
                            watcher.count(Topics.DUPLICATES), enrichDone.getAsLong()
                            - watcher.count(Topics.ENRICHED_ARTICLES) - watcher.count(Topics.DUPLICATES));
                    try (ChildStage alerts = ChildStage.start(Stage.ALERTS, settings, options.workDir())) {
                        LongSupplier alertsDone = () -> watcher.enrichedBelow(
                                cluster.committed(Stage.ALERTS.applicationId()));
                        double enrichedBytes = watcher.enrichedBytes() / (double) Math.max(1, outcome.enriched());
                        long alertsWarmup = Math.round(outcome.enriched() * options.warmup() / (double) options.backlog());
                        results.put(Stage.ALERTS, measure(alerts, settings, cluster, "enriched articles", alertsDone,
                                alertsDone, () -> watcher.count(Topics.ENRICHED_ARTICLES), alertsWarmup,
                                enrichedBytes));
                        long alertsWritten = watcher.count(Topics.ALERTS);
                        LiveResult live = live(loader, watcher, cluster, enrich, alerts,
                                results.get(Stage.ENRICH).recordsPerSecond() / 2, enrichDone);
                        return new BenchReport(options, loadAtStart, ProcessUsage.loadAverage(), backlog, results,
                                outcome, alertsWritten, live);
                    }
                }
            }
        }
    }

    /** The bench counts what each app writes, so it must be the first newsflow run on this cluster. */
    private static void requireFresh(ClusterView cluster, Settings settings) {
        List<String> leftovers = cluster.topics().stream().filter(topic -> topic.equals(PassthroughTopology.OUTPUT)
                || List.of(Stage.values()).stream().anyMatch(stage -> topic.startsWith(stage.internalTopicPrefix())))
                .sorted().toList();
        boolean rawHasRecords = cluster.topics().contains(Topics.RAW_ARTICLES)
                && cluster.endOffsetTotal(Topics.RAW_ARTICLES) > 0;
        if (rawHasRecords || !leftovers.isEmpty()) {
            throw new CliError("the cluster at " + settings.get("bootstrap.servers") + " already holds newsflow data ("
                    + (rawHasRecords ? Topics.RAW_ARTICLES + " has records" : String.join(", ", leftovers))
                    + "); the bench counts what each stage writes, so it needs a cluster without it: leave out "
                    + "--bootstrap-servers to run on an embedded broker");
        }
    }

    /** What was loaded into the raw topic before any stage ran. */
    record Backlog(long articles, long nearCopies, long exactReposts, long serializedBytes, long bytesOnDisk) {
        double bytesPerArticle() {
            return serializedBytes / (double) articles;
        }
    }

    private Backlog load(RawLoader loader, ClusterView cluster) {
        out.printf(Locale.ROOT, "bench: loading %,d articles (%,d warm-up + %,d measured, seed %d) into %s, "
                        + "%d partitions ...%n", options.backlog(), options.warmup(), options.articles(), options.seed(),
                Topics.RAW_ARTICLES, options.partitions());
        long start = System.nanoTime();
        long lastProgress = start;
        Map<GeneratedArticle.Kind, Long> kinds = new EnumMap<>(GeneratedArticle.Kind.class);
        for (int n = 0; n < options.backlog(); n++) {
            GeneratedArticle article = news.article(n);
            kinds.merge(article.kind(), 1L, Long::sum);
            loader.send(loader.assemble(article));
            if (System.nanoTime() - lastProgress > PROGRESS_EVERY_NANOS) {
                out.printf(Locale.ROOT, "bench: loaded %,d of %,d articles%n", n + 1, options.backlog());
                lastProgress = System.nanoTime();
            }
        }
        loader.flush();
        long onDisk = cluster.logBytes(List.of(Topics.RAW_ARTICLES)).get(Topics.RAW_ARTICLES);
        Backlog backlog = new Backlog(options.backlog(), kinds.getOrDefault(GeneratedArticle.Kind.NEAR_COPY, 0L),
                kinds.getOrDefault(GeneratedArticle.Kind.EXACT_REPOST, 0L), loader.serializedBytes(), onDisk);
        out.printf(Locale.ROOT, "bench: loaded %,d articles in %.1f s (%,d near copies, %,d exact re-posts; "
                        + "%.1f MB serialized, %.1f MB on disk)%n", backlog.articles(), (System.nanoTime() - start) / 1e9,
                backlog.nearCopies(), backlog.exactReposts(), backlog.serializedBytes() / 1e6, onDisk / 1e6);
        return backlog;
    }

    private StageResult passthrough(Settings settings, ClusterView cluster, OutputWatcher watcher, Backlog backlog)
            throws IOException, InterruptedException {
        try (ChildStage child = ChildStage.start(Stage.PASSTHROUGH, settings, options.workDir())) {
            return measure(child, settings, cluster, "records", rawRead(cluster, Stage.PASSTHROUGH),
                    () -> watcher.count(PassthroughTopology.OUTPUT), options::backlog, options.warmup(),
                    backlog.bytesPerArticle());
        }
    }

    /** Raw articles the stage's group has committed: the raw topic has no transactions, so offsets count records. */
    private static LongSupplier rawRead(ClusterView cluster, Stage stage) {
        return () -> cluster.committedTotal(stage.applicationId(), Topics.RAW_ARTICLES);
    }

    private StageResult measure(ChildStage child, Settings settings, ClusterView cluster, String what,
                                LongSupplier read, LongSupplier done, LongSupplier total, long warmup,
                                double inputBytesPerRecord) throws InterruptedException {
        out.printf("bench: %s running (pid %d, log %s) ...%n", child.label(), child.pid(), child.log());
        StageClock.Window window = clock.window(child, what, read, done, total, warmup);
        List<InternalTopics.Usage> internal = InternalTopics.measure(settings, cluster,
                child.stage().internalTopicPrefix());
        StageResult result = new StageResult(child.stage(), window.start(), window.from(), window.to(), total.getAsLong(),
                inputBytesPerRecord, child.peakHeapBytes(), child.peakResidentBytes(), internal);
        out.printf(Locale.ROOT, "bench: %s done: %,d %s measured in %.1f s (%,.0f/s), %.2f ms CPU each%n",
                child.label(), result.measuredRecords(), what, result.seconds(), result.recordsPerSecond(),
                result.cpuMillisPerRecord());
        return result;
    }

    private LiveResult live(RawLoader loader, OutputWatcher watcher, ClusterView cluster, ChildStage enrich,
                            ChildStage alerts, double rate, LongSupplier enrichDone) throws InterruptedException {
        double perSecond = Math.max(1, rate);
        out.printf(Locale.ROOT, "bench: (d) live: feeding new articles at %.1f/s (half of enrich's rate) for %d s ...%n",
                perSecond, options.liveSeconds());
        long fed = LiveFeed.feed(news, options.backlog(), perSecond, options.liveSeconds(), loader, watcher, out);
        out.printf(Locale.ROOT, "bench: (d) live: fed %,d; waiting for enrich and alerts to finish them ...%n", fed);
        long liveDone = options.backlog() + fed;
        List<ChildStage> both = List.of(enrich, alerts);
        long deadline = System.nanoTime() + options.stageTimeout().toNanos();
        while (enrichDone.getAsLong() < liveDone || watcher.enrichedBelow(cluster.committed(
                Stage.ALERTS.applicationId())) < watcher.count(Topics.ENRICHED_ARTICLES)) {
            both.forEach(ChildStage::requireAlive);
            if (System.nanoTime() > deadline) {
                throw new CliError(String.format(Locale.ROOT, "live mode did not finish within %s (enrich done with "
                                + "%,d of %,d articles); see %s and %s, or raise --stage-timeout", options.stageTimeout(),
                        enrichDone.getAsLong(), liveDone, enrich.log(), alerts.log()));
            }
            Thread.sleep(200);
        }
        return new LiveResult(perSecond, options.liveSeconds(), fed, watcher.enrichedLatencies(),
                watcher.alertLatencies());
    }

    /** What enrich made of the backlog. */
    record EnrichOutcome(long enriched, long duplicates, long deadLetters) {
    }
}
