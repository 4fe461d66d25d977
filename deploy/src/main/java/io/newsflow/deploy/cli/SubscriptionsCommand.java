package io.newsflow.deploy.cli;

import io.newsflow.alerts.subscription.SubscriptionFile;
import io.newsflow.deploy.run.SubscriptionPublisher;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

@Command(name = "subscriptions", mixinStandardHelpOptions = true,
        description = "Manage alert subscriptions at runtime (they live in the compacted topic news.subscriptions.v1; "
                + "every running alerts service picks changes up at once).")
final class SubscriptionsCommand {
    @Command(name = "apply", mixinStandardHelpOptions = true,
            description = "Add or replace the subscriptions of a YAML file (by id).")
    int apply(@Parameters(paramLabel = "FILE", description = "YAML subscriptions file") Path file,
              @Mixin SettingsOptions settingsOptions) {
        List<Subscription> subscriptions = Cli.userInput(() -> SubscriptionFile.read(file));
        Settings settings = settingsOptions.load();
        WebhookTargetCheck.require(settings, file, subscriptions);
        KafkaReachability.require(settings);
        SubscriptionPublisher.publish(settings, Topics.configure(settings.asClientConfig()), subscriptions);
        subscriptions.forEach(subscription -> System.out.println("  applied " + subscription.getId()));
        System.out.printf("Applied %d subscription(s) from %s.%n", subscriptions.size(), file);
        return 0;
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Remove a subscription by id.")
    int remove(@Parameters(paramLabel = "ID", description = "subscription id") String id,
               @Mixin SettingsOptions settingsOptions) {
        Settings settings = settingsOptions.load();
        KafkaReachability.require(settings);
        if (!SubscriptionPublisher.remove(settings, Topics.configure(settings.asClientConfig()), id)) {
            throw new CliError("subscription " + id + " is not in news.subscriptions.v1, so there is nothing to "
                    + "remove; check the id (as in the file you applied)");
        }
        System.out.printf("Removed subscription %s.%n", id);
        return 0;
    }
}
