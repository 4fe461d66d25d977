package io.newsflow.deploy.run;

import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Writes subscriptions to the compacted subscriptions topic, where every alerts instance picks them up
 * at runtime; creates the subscriptions' own output topics first.
 */
public final class SubscriptionPublisher {
    private SubscriptionPublisher() {
    }

    public static void publish(Settings settings, Topics topics, List<Subscription> subscriptions) {
        TopicSetup.ensure(settings, topics, subscriptions.stream().map(Subscription::getOutputTopic)
                .filter(Objects::nonNull).toList());
        Map<String, Subscription> byId = new LinkedHashMap<>();
        subscriptions.forEach(subscription -> byId.put(subscription.getId(), subscription));
        new TableTopic<>(settings, topics.subscriptions()).put(byId);
    }

    /** @return false, and nothing written, when no live subscription has this id */
    public static boolean remove(Settings settings, Topics topics, String id) {
        TableTopic<Subscription> table = new TableTopic<>(settings, topics.subscriptions());
        if (!table.read().containsKey(id)) {
            return false;
        }
        table.remove(id);
        return true;
    }
}
