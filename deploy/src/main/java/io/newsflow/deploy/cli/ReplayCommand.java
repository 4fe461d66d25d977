package io.newsflow.deploy.cli;

import io.newsflow.alerts.subscription.SubscriptionFile;
import io.newsflow.deploy.run.LocalStack;
import io.newsflow.deploy.run.PipelineSession;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "replay", mixinStandardHelpOptions = true,
        description = {"Run ingest → enrich → alerts over a JSON-lines file, wait until every article is processed, "
                + "write what came out and exit.",
                "Output (one JSON object per line, fields named as in the Avro schemas): DIR/enriched.jsonl, "
                        + "DIR/duplicates.jsonl, DIR/alerts.jsonl, DIR/dead-letters.jsonl.",
                "Uses an embedded Kafka broker unless bootstrap.servers is given (--bootstrap-servers, "
                        + "NEWSFLOW_BOOTSTRAP_SERVERS or --config). Event time is each "
                        + "article's publishedAt, so old news replays as it happened."})
final class ReplayCommand implements Callable<Integer> {
    private static final long PROGRESS_EVERY_SECONDS = 5;

    @Option(names = "--input", required = true, paramLabel = "FILE.jsonl", description = "Articles, one JSON per line.")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "DIR", description = "Directory for the four outputs.")
    Path output;

    @Option(names = "--subscriptions", paramLabel = "FILE", description = "YAML subscriptions to apply first.")
    Path subscriptionsFile;

    @Option(names = "--timeout", defaultValue = "10m", paramLabel = "DURATION",
            description = "Give up if processing has not finished by then (default: ${DEFAULT-VALUE}).")
    String timeout;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        InputPaths.requireReadableFiles(List.of(input), "--input");
        List<Subscription> subscriptions = subscriptionsFile == null ? List.of()
                : Cli.userInput(() -> SubscriptionFile.read(subscriptionsFile));
        Settings given = settingsOptions.load();
        if (subscriptionsFile != null) {
            WebhookTargetCheck.require(given, subscriptionsFile, subscriptions);
        }
        Duration limit = Cli.userInput(() -> given.with("replay.timeout", timeout).getDuration("replay.timeout"));
        boolean embedded = !given.isGiven("bootstrap.servers");
        if (!embedded) {
            KafkaReachability.require(given);
        }
        try (LocalStack stack = LocalStack.create(embedded ? 0 : null, null)) {
            Settings settings = stack.apply(anyFreePortUnlessGiven(anyFreePortUnlessGiven(given, "metrics.port"),
                    "explorer.port"));
            System.out.printf("replay: %s on %s%n", input, embedded ? "an embedded Kafka broker"
                    : stack.bootstrapServers(settings));
            try (PipelineSession session = PipelineSession.start(settings, subscriptions)) {
                IngestSummary ingested = session.ingest(input, System.out, System.err);
                System.out.println("replay: waiting until enrich and alerts have processed every article ...");
                ReplayProgress progress = new ReplayProgress(System.out, session::alertCount, PROGRESS_EVERY_SECONDS);
                if (!session.awaitProcessed(limit, progress)) {
                    throw new CliError("processing did not finish within " + timeout + "; raise --timeout, or check "
                            + "the log above for errors");
                }
                PipelineSession.Counts counts = session.writeOutputs(output);
                System.out.printf("replay: read %d, published %d, rejected %d; enriched %d, duplicates %d, alerts %d, "
                                + "dead letters %d; written to %s%n", ingested.read(), ingested.published(),
                        ingested.rejected(), counts.enriched(), counts.duplicates(), counts.alerts(),
                        counts.deadLetters(), output);
                long redelivered = session.redelivered();
                if (redelivered > 0) {
                    System.out.printf("replay: %d article(s) were already in the cluster (same ids) and were not "
                            + "processed again; their results are in the topics from the earlier run%n", redelivered);
                }
            }
        }
        return 0;
    }

    /** A replay is a batch run beside whatever else serves: it takes a free port unless told which. */
    private Settings anyFreePortUnlessGiven(Settings given, String setting) {
        return settingsOptions.settings.containsKey(setting) ? given : given.with(setting, "0");
    }
}
