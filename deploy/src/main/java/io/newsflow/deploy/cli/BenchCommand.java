package io.newsflow.deploy.cli;

import io.newsflow.deploy.bench.Bench;
import io.newsflow.deploy.bench.BenchOptions;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "bench", mixinStandardHelpOptions = true,
        description = {"Measure newsflow against a bare Kafka Streams passthrough on the same records: generate a "
                + "news stream (near copies, exact re-posts, several outlets), load it into a fresh raw topic, then "
                + "run (a) an exactly-once byte passthrough, (b) enrich and (c) alerts over the backlog, each in its "
                + "own JVM, and (d) live mode at half of enrich's rate. Prints records/s, MB/s, CPU per record, "
                + "internal topic records and bytes, peak heap and RSS, the ratios to the passthrough and live "
                + "latencies.",
                "Uses an embedded Kafka broker unless --bootstrap-servers names a cluster without newsflow data."})
final class BenchCommand implements Callable<Integer> {
    @Option(names = "--articles", defaultValue = "4000", paramLabel = "N",
            description = "Articles measured after the warm-up (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--warmup", defaultValue = "500", paramLabel = "N",
            description = "Articles processed first and left out of the rates, so they show the steady state "
                    + "(default: ${DEFAULT-VALUE}).")
    int warmup;

    @Option(names = "--live-seconds", defaultValue = "30", paramLabel = "S",
            description = "How long live mode feeds new articles (default: ${DEFAULT-VALUE}).")
    int liveSeconds;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "N", description = "Seed of the generated stream (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of the raw and output topics (default: the setting topics.partitions, 3).")
    Integer partitions;

    @Option(names = "--stage-timeout", defaultValue = "15m", paramLabel = "DURATION",
            description = "Give up when a stage has not finished by then (default: ${DEFAULT-VALUE}).")
    String stageTimeout;

    @Option(names = "--keep", paramLabel = "DIR",
            description = "Keep the broker data, stage state, settings and logs in DIR (new or empty) instead of a "
                    + "temporary folder deleted at the end.")
    Path keep;

    @Mixin
    SettingsOptions settingsOptions;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (articles < 1 || warmup < 0 || liveSeconds < 1 || partitions != null && partitions < 1) {
            throw new ParameterException(spec.commandLine(),
                    "--articles, --live-seconds and --partitions must be at least 1, --warmup at least 0");
        }
        Settings given = settingsOptions.load();
        Duration limit = Cli.userInput(() -> given.with("bench.stage.timeout", stageTimeout)
                .getDuration("bench.stage.timeout"));
        int partitionCount = partitions != null ? partitions : given.getInt("topics.partitions");
        boolean embedded = !given.isGiven("bootstrap.servers");
        if (!embedded) {
            KafkaReachability.require(given);
        }
        Path workDir = keep != null ? emptyDirectory(keep) : Files.createTempDirectory("newsflow-bench-");
        BenchOptions options = new BenchOptions(articles, warmup, liveSeconds, seed, partitionCount, limit, workDir);
        Bench.run(given, embedded, options, System.out).print(System.out);
        if (keep == null) {
            deleteRecursively(workDir);
        } else {
            System.out.println("bench: broker data, state, settings and logs kept in " + workDir);
        }
        return 0;
    }

    private static Path emptyDirectory(Path dir) throws IOException {
        if (Files.exists(dir)) {
            try (Stream<Path> entries = Files.list(dir)) {
                if (entries.findAny().isPresent()) {
                    throw new CliError("--keep " + dir + " is not empty; name a new or empty folder");
                }
            }
        }
        return Files.createDirectories(dir);
    }

    private static void deleteRecursively(Path dir) throws IOException {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }
}
