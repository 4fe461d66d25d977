package io.newsflow.alerts.webhook;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.ToIntFunction;

/**
 * What an operator watches: deliveries delivered, given up (dead-lettered) and retried per subscription,
 * and how many wait in this instance — in all, and for a retry. The gauges add up the backlogs of the
 * stream tasks this instance runs now.
 */
public final class WebhookMeters {
    private final MeterRegistry registry;
    private final Set<DeliveryBacklog> backlogs = ConcurrentHashMap.newKeySet();

    public WebhookMeters(MeterRegistry registry) {
        this.registry = registry;
        Gauge.builder("newsflow.webhooks.pending", backlogs, all -> sum(all, DeliveryBacklog::pending))
                .description("webhook deliveries waiting to be accepted, in flight included")
                .strongReference(true).register(registry);
        Gauge.builder("newsflow.webhooks.retries.pending", backlogs, all -> sum(all, DeliveryBacklog::retrying))
                .description("webhook deliveries whose last attempt failed, waiting for the next")
                .strongReference(true).register(registry);
    }

    public void watch(DeliveryBacklog backlog) {
        backlogs.add(backlog);
    }

    public void forget(DeliveryBacklog backlog) {
        backlogs.remove(backlog);
    }

    public void delivered(String subscriptionId) {
        registry.counter("newsflow.webhooks.delivered", "subscription", subscriptionId).increment();
    }

    public void failed(String subscriptionId) {
        registry.counter("newsflow.webhooks.failed", "subscription", subscriptionId).increment();
    }

    public void retried(String subscriptionId) {
        registry.counter("newsflow.webhooks.retried", "subscription", subscriptionId).increment();
    }

    private static double sum(Set<DeliveryBacklog> all, ToIntFunction<DeliveryBacklog> count) {
        return all.stream().mapToInt(count).sum();
    }
}
