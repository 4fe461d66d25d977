package io.newsflow.alerts.webhook;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One stream task's waiting deliveries, per subscription. Only a subscription's first waiting delivery is
 * ever attempted, so a subscriber receives its alerts in the order they came; this says how many wait
 * behind it, whether it waits for a retry, and when it may go. It lives in memory beside the outbox store,
 * rebuilt from the store when the task starts, and is read by the gauges from other threads.
 */
public final class DeliveryBacklog {
    private static final class Line {
        int pending;
        Instant notBefore;
        boolean retrying;

        Line(Instant notBefore) {
            this.notBefore = notBefore;
        }
    }

    private final Map<String, Line> lines = new HashMap<>();
    private final AtomicInteger pending = new AtomicInteger();
    private final AtomicInteger retrying = new AtomicInteger();

    /** A delivery found in the store; called in store order, so a subscription's first one is its head. */
    public void restored(PendingDelivery delivery) {
        Line line = lines.get(delivery.subscriptionId());
        if (line == null) {
            line = new Line(delivery.notBefore());
            line.retrying = delivery.attemptsMade() > 0;
            if (line.retrying) {
                retrying.incrementAndGet();
            }
            lines.put(delivery.subscriptionId(), line);
        }
        line.pending++;
        pending.incrementAndGet();
    }

    /** A new delivery behind the subscription's others; with none before it, it may go at once. */
    public void added(String subscriptionId, Instant now) {
        lines.computeIfAbsent(subscriptionId, id -> new Line(now)).pending++;
        pending.incrementAndGet();
    }

    /** The subscription's first delivery failed for now and waits until then. */
    public void retryAt(String subscriptionId, Instant time) {
        Line line = lines.get(subscriptionId);
        line.notBefore = time;
        if (!line.retrying) {
            line.retrying = true;
            retrying.incrementAndGet();
        }
    }

    /** The subscription's first delivery was delivered, given up or dropped; the next may go at once. */
    public void headDone(String subscriptionId, Instant now) {
        Line line = lines.get(subscriptionId);
        if (line.retrying) {
            line.retrying = false;
            retrying.decrementAndGet();
        }
        line.notBefore = now;
        pending.decrementAndGet();
        if (--line.pending == 0) {
            lines.remove(subscriptionId);
        }
    }

    /** Subscriptions whose first delivery may be attempted now, leaving out those with one in flight. */
    public List<String> ready(Instant now, Set<String> inFlight) {
        List<String> ready = new ArrayList<>();
        lines.forEach((subscriptionId, line) -> {
            if (!line.notBefore.isAfter(now) && !inFlight.contains(subscriptionId)) {
                ready.add(subscriptionId);
            }
        });
        return ready;
    }

    public int pending(String subscriptionId) {
        Line line = lines.get(subscriptionId);
        return line == null ? 0 : line.pending;
    }

    /** Deliveries waiting, in flight included. */
    public int pending() {
        return pending.get();
    }

    /** Deliveries whose last attempt failed and that wait for the next. */
    public int retrying() {
        return retrying.get();
    }
}
