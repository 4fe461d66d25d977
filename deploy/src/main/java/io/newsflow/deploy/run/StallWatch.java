package io.newsflow.deploy.run;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the consumer groups of a service's Streams applications and reports the ones stalled: records
 * waiting while the committed offsets have not moved for {@code health.stall.timeout}. That is the state a
 * fenced or corrupted task can loop in, RUNNING all the while, so the application state alone never shows it.
 */
public final class StallWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(StallWatch.class);
    private static final Duration EVERY = Duration.ofSeconds(5);
    private final Duration timeout;
    private final Admin admin;
    private final GroupProgress progress;
    private final Map<String, String> groups = new ConcurrentHashMap<>();
    private final Map<String, StallDetector> detectors = new ConcurrentHashMap<>();
    private final Map<String, BooleanSupplier> restoring = new ConcurrentHashMap<>();
    private final ScheduledExecutorService poller = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "newsflow-stall-watch");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean warned;

    public StallWatch(Map<String, Object> clientConfig, Duration timeout) {
        this.timeout = timeout;
        Map<String, Object> config = new LinkedHashMap<>(clientConfig);
        config.put(AdminClientConfig.CLIENT_ID_CONFIG, "newsflow-stall-watch");
        this.admin = Admin.create(config);
        this.progress = new GroupProgress(admin);
        poller.scheduleWithFixedDelay(this::poll, EVERY.toMillis(), EVERY.toMillis(), TimeUnit.MILLISECONDS);
    }

    /**
     * Watches the group of the application reported under {@code name}.
     *
     * @param restoring whether the application is restoring state, which commits nothing however long it
     *                  takes and is not a stall
     */
    void watch(String name, String groupId, BooleanSupplier restoring) {
        groups.put(name, groupId);
        detectors.put(name, new StallDetector(timeout));
        this.restoring.put(name, restoring);
    }

    /** The applications stalled now, with how long their work has waited. */
    Map<String, Duration> stalled() {
        long now = System.currentTimeMillis();
        Map<String, Duration> stalled = new LinkedHashMap<>();
        detectors.forEach((name, detector) -> detector.stalledFor(now).ifPresent(time -> stalled.put(name, time)));
        return stalled;
    }

    private void poll() {
        for (Map.Entry<String, String> group : groups.entrySet()) {
            try {
                GroupProgress.Reading reading = progress.read(group.getValue());
                long lag = restoring.get(group.getKey()).getAsBoolean() ? 0 : reading.lag();
                detectors.get(group.getKey()).observe(System.currentTimeMillis(), reading.committed(), lag);
                warned = false;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                // Without an answer nothing is learned either way; an unreachable cluster shows elsewhere.
                if (!warned) {
                    LOG.info("cannot read the progress of {} ({}); stall detection waits", group.getValue(),
                            e.toString());
                    warned = true;
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @Override
    public void close() {
        poller.shutdownNow();
        admin.close(Duration.ofSeconds(5));
    }
}
