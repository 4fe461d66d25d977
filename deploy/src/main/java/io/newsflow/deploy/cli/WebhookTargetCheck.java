package io.newsflow.deploy.cli;

import io.newsflow.alerts.webhook.WebhookTargets;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Refuses, when subscriptions are applied, a webhook the alerts service would refuse to call (see
 * {@link WebhookTargets}): better told now, naming the file and subscription, than in a dead letter later.
 * A host that does not resolve yet is only reported: DNS for a new endpoint is often set up after.
 */
final class WebhookTargetCheck {
    private WebhookTargetCheck() {
    }

    static void require(Settings settings, Path file, List<Subscription> subscriptions) {
        WebhookTargets targets = Cli.userInput(() ->
                WebhookTargets.allowing(settings.find(WebhookTargets.ALLOW_SETTING).orElse("")));
        List<String> problems = new ArrayList<>();
        for (Subscription subscription : subscriptions) {
            if (subscription.getWebhookUrl() == null) {
                continue;
            }
            WebhookTargets.Verdict verdict = targets.check(subscription.getWebhookUrl());
            String where = file + ": subscription '" + subscription.getId() + "': webhook: ";
            if (verdict.kind() == WebhookTargets.Verdict.Kind.REFUSED) {
                problems.add("  " + where + verdict.reason());
            } else if (verdict.kind() == WebhookTargets.Verdict.Kind.UNRESOLVED) {
                System.err.println("newsflow: " + where + verdict.reason() + " now; applied anyway, and checked "
                        + "again before every delivery (retried while it does not resolve)");
            }
        }
        if (!problems.isEmpty()) {
            throw new CliError(file + ": " + problems.size() + " webhook(s) the alerts service would not call:\n"
                    + String.join("\n", problems));
        }
    }
}
