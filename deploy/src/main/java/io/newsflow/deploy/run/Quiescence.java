package io.newsflow.deploy.run;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.apache.kafka.common.Metric;
import org.apache.kafka.common.MetricName;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Tells when in-process Streams applications have caught up: every partition their main consumers read
 * reports a records-lag of zero (the consumer's own measure, which steps over transaction markers), a
 * caller's condition holds, and both stay so for a few checks in a row.
 */
public final class Quiescence {
    private static final Duration CHECK_EVERY = Duration.ofMillis(250);
    private static final int STABLE_CHECKS = 6;

    private Quiescence() {
    }

    /** @return true when caught up, false when the timeout passed first */
    public static boolean await(List<KafkaStreams> apps, BooleanSupplier alsoRequired, Duration timeout)
            throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        int stable = 0;
        while (System.nanoTime() < deadline) {
            stable = apps.stream().allMatch(Quiescence::caughtUp) && alsoRequired.getAsBoolean() ? stable + 1 : 0;
            if (stable >= STABLE_CHECKS) {
                return true;
            }
            Thread.sleep(CHECK_EVERY.toMillis());
        }
        return false;
    }

    static boolean caughtUp(KafkaStreams app) {
        if (app.state() != KafkaStreams.State.RUNNING) {
            return false;
        }
        boolean sawPartition = false;
        for (Map.Entry<MetricName, ? extends Metric> entry : app.metrics().entrySet()) {
            MetricName name = entry.getKey();
            String client = name.tags().getOrDefault("client-id", "");
            if ("records-lag".equals(name.name()) && "consumer-fetch-manager-metrics".equals(name.group())
                    && client.endsWith("-consumer") && !client.endsWith("-restore-consumer")) {
                sawPartition = true;
                Object lag = entry.getValue().metricValue();
                if (!(lag instanceof Double value) || value.isNaN() || value > 0) {
                    return false;
                }
            }
        }
        return sawPartition;
    }
}
