package io.newsflow.deploy.cli;

import io.newsflow.alerts.subscription.SubscriptionFile;
import io.newsflow.deploy.run.AlertWatcher;
import io.newsflow.deploy.run.CtrlC;
import io.newsflow.deploy.run.LocalStack;
import io.newsflow.deploy.run.PipelineSession;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Start the embedded Kafka broker and every newsflow service in this process, feed the bundled "
                + "sample timeline, print each alert as it fires, then keep running for inspection until Ctrl-C.")
final class DemoCommand implements Callable<Integer> {
    private static final String TIMELINE = "/io/newsflow/demo/timeline.jsonl";
    private static final String SUBSCRIPTIONS = "/io/newsflow/demo/subscriptions.yaml";
    private static final Duration PROCESSING_LIMIT = Duration.ofMinutes(3);
    private static final Duration PRINT_LIMIT = Duration.ofSeconds(10);

    @Option(names = "--port", defaultValue = "9092", converter = PortNumber.class,
            description = "Port of the embedded broker (default: ${DEFAULT-VALUE}; 0 picks a free one).")
    int port;

    @Option(names = "--data-dir", paramLabel = "DIR",
            description = "Keep the broker's data here (default: a temporary directory, deleted on exit).")
    Path dataDir;

    @Option(names = "--once", description = "Exit when the samples are processed instead of waiting for Ctrl-C.")
    boolean once;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws Exception {
        PortCheck.requireFree("127.0.0.1", port, "--port");
        System.out.printf("Starting the embedded Kafka broker on port %d and the newsflow services ...%n", port);
        try (LocalStack stack = LocalStack.create(port, dataDir)) {
            Settings settings = stack.apply(settingsOptions.load());
            List<Subscription> subscriptions = SubscriptionFile.read(stack.copyResource(SUBSCRIPTIONS,
                    "subscriptions.yaml"));
            AtomicInteger alerts = new AtomicInteger();
            try (PipelineSession session = PipelineSession.start(settings, subscriptions);
                 AlertWatcher watcher = session.watchAlerts(alert -> {
                     alerts.incrementAndGet();
                     System.out.print(AlertPrinter.render(alert));
                 })) {
                System.out.printf("Running: Kafka at %s, metrics at http://localhost:%d/metrics, subscriptions %s.%n",
                        stack.bootstrapServers(settings), session.metricsPort(),
                        subscriptions.stream().map(Subscription::getId).toList());
                System.out.printf("Story explorer: http://localhost:%d/%n", session.explorerPort());
                IngestSummary ingested = session.ingest(stack.copyResource(TIMELINE, "timeline.jsonl"), System.out,
                        System.err);
                if (!session.awaitProcessed(PROCESSING_LIMIT)) {
                    throw new CliError("the samples were not processed within " + PROCESSING_LIMIT.toMinutes()
                            + " minutes; see the log above");
                }
                int written = session.alertCount();
                long deadline = System.nanoTime() + PRINT_LIMIT.toNanos();
                while (alerts.get() < written && System.nanoTime() < deadline) {
                    Thread.sleep(50);
                }
                System.out.printf("%nDemo processed: %d articles published; %d alerts.%n", ingested.published(),
                        written);
                if (!once) {
                    System.out.printf("Explore the stories at http://localhost:%d/ or inspect with: kcat -b %s -C -t %s"
                            + "   (Ctrl-C stops newsflow)%n", session.explorerPort(), stack.bootstrapServers(settings),
                            session.topics().alerts().name());
                    CtrlC.await("newsflow", () -> {
                    });
                }
            }
        }
        return 0;
    }
}
