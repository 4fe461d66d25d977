package io.newsflow.alerts.webhook;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * When to try a failed delivery again and when to give up.
 *
 * @param attempts     attempts per alert, the first included ({@code alerts.webhook.attempts})
 * @param firstBackoff wait before the first retry, doubling for each next one ({@code alerts.webhook.backoff})
 * @param maxPending   deliveries a subscription may have waiting; an alert beyond that is dead-lettered at
 *                     once, so that an endpoint that is down for days cannot grow the backlog without end
 *                     ({@code alerts.webhook.max.pending})
 */
public record DeliveryRules(int attempts, Duration firstBackoff, int maxPending) {
    public DeliveryRules {
        if (attempts < 1 || maxPending < 1) {
            throw new IllegalArgumentException("alerts.webhook.attempts and alerts.webhook.max.pending must be at "
                    + "least 1, got " + attempts + " and " + maxPending);
        }
    }

    /** After {@code attemptsMade} transient failures at {@code now}: when to try again, or empty to give up. */
    public Optional<Instant> retryAt(int attemptsMade, Instant now) {
        if (attemptsMade >= attempts) {
            return Optional.empty();
        }
        return Optional.of(now.plus(firstBackoff.multipliedBy(1L << Math.min(attemptsMade - 1, 30))));
    }
}
