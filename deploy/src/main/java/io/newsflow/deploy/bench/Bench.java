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

/**
 * One bench run on one cluster: checks the cluster holds no newsflow data, creates the topics, loads the
 * generated backlog into the raw topic, and has {@link StageRuns} measure the stages over it.
 */
public final class Bench {
    /** Repartition topics are normally purged once consumed; the bench keeps them to count what was written. */
    private static final Map<String, String> STAGE_SETTINGS = Map.of("repartition.purge.interval.ms",
            String.valueOf(Duration.ofDays(1).toMillis()));
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final BenchOptions options;
    private final PrintStream out;
    private final BenchNews news;

    private Bench(BenchOptions options, PrintStream out) {
        this.options = options;
        this.out = out;
        this.news = new BenchNews(options.seed());
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
                    Topics.ENRICHED_ARTICLES, Topics.DUPLICATES, Topics.DEAD_LETTERS, Topics.STORY_ARTICLES,
                    Topics.ALERTS));
                 RawLoader loader = new RawLoader(settings, topics)) {
                Backlog backlog = load(loader, cluster);
                return new StageRuns(options, out, settings, cluster, watcher).measure(backlog, news, loader,
                        loadAtStart);
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
}
