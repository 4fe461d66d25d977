package io.newsflow.deploy.cli;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.alerts.AlertsService;
import io.newsflow.alerts.stream.AlertsTopology;
import io.newsflow.alerts.webhook.stream.WebhookTopology;
import io.newsflow.alerts.subscription.SubscriptionFile;
import io.newsflow.deploy.explorer.ExplorerServer;
import io.newsflow.deploy.run.ServiceApp;
import io.newsflow.deploy.run.ServiceRun;
import io.newsflow.deploy.run.StartupSubscriptions;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.kafka.streams.KafkaStreams;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "alerts", mixinStandardHelpOptions = true,
        description = "Run the alerts service until Ctrl-C: detect new developments in stories from "
                + "news.stories.articles.v1 (each story's articles, as enrich writes them), write alerts to "
                + "news.alerts.v1, deliver them to subscriptions "
                + "(own topics, webhooks).")
final class AlertsCommand implements Callable<Integer> {
    @Option(names = "--subscriptions", paramLabel = "FILE",
            description = "YAML file of subscriptions to publish to news.subscriptions.v1 at start, when its "
                    + "content changed since it was last published (so runtime changes survive a restart).")
    Path subscriptionsFile;

    @Mixin
    SettingsOptions settingsOptions;

    @Override
    public Integer call() throws InterruptedException {
        Settings settings = settingsOptions.load();
        // Read once, before connecting: what is checked, published and fingerprinted is the same content.
        byte[] content = subscriptionsFile == null ? null
                : Cli.userInput(() -> SubscriptionFile.content(subscriptionsFile));
        List<Subscription> subscriptions = content == null ? List.of()
                : Cli.userInput(() -> SubscriptionFile.parse(subscriptionsFile, content));
        if (subscriptionsFile != null) {
            WebhookTargetCheck.require(settings, subscriptionsFile, subscriptions);
        }
        KafkaReachability.require(settings);
        Topics topics = Topics.configure(settings.asClientConfig());
        TopicSetup.ensure(settings, topics, List.of());
        if (content != null) {
            if (StartupSubscriptions.publishIfChanged(settings, topics, subscriptionsFile, content, subscriptions)) {
                System.out.printf("Applied %d subscription(s) from %s.%n", subscriptions.size(), subscriptionsFile);
            } else {
                System.out.printf("Subscriptions from %s already applied; not re-publishing (changes made since "
                        + "with 'subscriptions apply' or 'remove' stay).%n", subscriptionsFile);
            }
        }
        ExplorerServer explorer = ExplorerServer.serve(settings, topics);
        KafkaStreams detection = AlertsService.detection(explorer.advertisedIn(settings), topics,
                Metrics.globalRegistry);
        explorer.attach(detection);
        KafkaStreams webhooks = AlertsService.webhooks(settings, topics, Metrics.globalRegistry);
        System.out.printf("Story explorer: http://localhost:%d/%n", explorer.port());
        ServiceRun.untilStopped(settings, "alerts", List.of(new ServiceApp("alerts", AlertsTopology.APPLICATION_ID,
                detection), new ServiceApp("webhooks", WebhookTopology.APPLICATION_ID, webhooks)), explorer);
        return 0;
    }
}
