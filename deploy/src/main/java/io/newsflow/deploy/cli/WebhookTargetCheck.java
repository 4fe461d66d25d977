package io.newsflow.deploy.cli;

import io.newsflow.alerts.webhook.WebhookTargets;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Refuses, when subscriptions are applied, a webhook the alerts service would refuse to call (see
 * {@link WebhookTargets}): better told now, naming the file and subscription, than in a dead letter later.
 */
final class WebhookTargetCheck {
    private WebhookTargetCheck() {
    }

    static void require(Settings settings, Path file, List<Subscription> subscriptions) {
        WebhookTargets targets = Cli.userInput(() ->
                WebhookTargets.allowing(settings.find(WebhookTargets.ALLOW_SETTING).orElse("")));
        List<String> problems = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (subscription.getWebhookUrl() != null) {
                Optional<String> refusal = targets.refusal(subscription.getWebhookUrl());
                refusal.ifPresent(why -> problems.add("  " + file + ": subscription '" + subscription.getId()
                        + "': webhook: " + why));
            }
        }
        if (!problems.isEmpty()) {
            throw new CliError(file + ": " + problems.size() + " webhook(s) the alerts service would not call:\n"
                    + String.join("\n", problems));
        }
    }
}
