package io.newsflow.deploy.run;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaClientMetrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Serves {@code /metrics} (Prometheus text format, from Micrometer) and health on one port. For a Kafka
 * Streams service:
 * <ul>
 *   <li>{@code /health/ready} (and {@code /health}) is 200 when every watched application is RUNNING and
 *       none is stalled, 503 otherwise (also before the first one is watched, and while rebalancing);</li>
 *   <li>{@code /health/live} is 503 only when an application has failed (ERROR) or is stalled (records
 *       waiting while its committed offsets have not moved for {@code health.stall.timeout}, see
 *       {@link StallWatch}): the states in which restarting the process is the way out.</li>
 * </ul>
 * Each answers with every application's state and the stalled ones. For a service without Streams
 * applications (the ingest feed watcher) all are 200 while the process serves. Domain meters registered
 * anywhere on {@link Metrics#globalRegistry} are exposed too.
 */
public final class Observability implements AutoCloseable {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, KafkaStreams> streams = new ConcurrentHashMap<>();
    private final List<AutoCloseable> binders = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    /** Null for a service that runs no Streams application, whose health is being up at all. */
    private final StallWatch stalls;

    private Observability(String host, int port, StallWatch stalls) {
        this.stalls = stalls;
        registry.config().meterFilter(RocksDbGauges.DENY);
        Metrics.addRegistry(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ClassLoaderMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        JvmGcMetrics gc = new JvmGcMetrics();
        gc.bindTo(registry);
        binders.add(gc);
        try {
            server = HttpServer.create(new InetSocketAddress(host, port), 0);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot serve metrics on " + host + ":" + port
                    + " (in use? set metrics.port, or 0 for any free port)", e);
        }
        server.createContext("/metrics", this::metrics);
        server.createContext("/health/live", exchange -> health(exchange, this::isLive));
        server.createContext("/health/ready", exchange -> health(exchange, this::isReady));
        server.createContext("/health", exchange -> health(exchange, this::isReady));
        server.start();
    }

    /**
     * For a Kafka Streams service: ready once every application passed to {@link #watch} is RUNNING, live
     * unless one failed or stalls. The observability owns {@code stalls} and closes it.
     */
    public static Observability serve(String host, int port, StallWatch stalls) {
        return new Observability(host, port, stalls);
    }

    /** For a Kafka Streams service, on metrics.host and metrics.port, stalled after health.stall.timeout. */
    public static Observability serve(Settings settings) {
        return serve(settings.get("metrics.host"), settings.getInt("metrics.port"),
                new StallWatch(settings.asClientConfig(), settings.getDuration("health.stall.timeout")));
    }

    /** For a service without Streams applications: healthy while it serves. */
    public static Observability serveWithoutStreams(String host, int port) {
        return new Observability(host, port, null);
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /**
     * Exposes the app's Kafka client and Streams metrics and makes its state, and whether its consumer group
     * ({@code applicationId}) stalls, part of health.
     */
    public void watch(String name, KafkaStreams app, String applicationId) {
        if (stalls == null) {
            throw new IllegalStateException("this service was served without Streams applications");
        }
        streams.put(name, app);
        stalls.watch(name, applicationId, () -> isRestoring(app));
        KafkaStreamsMetrics metrics = new KafkaStreamsMetrics(app);
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    /** True while any of the app's tasks still has changelog records to restore. */
    private static boolean isRestoring(KafkaStreams app) {
        return app.metrics().entrySet().stream()
                .filter(entry -> "restore-remaining-records-total".equals(entry.getKey().name()))
                .anyMatch(entry -> entry.getValue().metricValue() instanceof Number remaining
                        && remaining.doubleValue() > 0);
    }

    /** Exposes a plain producer's client metrics (e.g. ingest's). */
    public void watch(Producer<?, ?> producer) {
        KafkaClientMetrics metrics = new KafkaClientMetrics(producer);
        metrics.bindTo(registry);
        binders.add(metrics);
    }

    private void metrics(HttpExchange exchange) throws IOException {
        respond(exchange, 200, "text/plain; version=0.0.4; charset=utf-8", registry.scrape());
    }

    private boolean isReady(Map<String, Duration> stalled) {
        return stalls == null || !streams.isEmpty() && stalled.isEmpty() && streams.values().stream()
                .allMatch(app -> app.state() == KafkaStreams.State.RUNNING);
    }

    private boolean isLive(Map<String, Duration> stalled) {
        return stalls == null || stalled.isEmpty() && streams.values().stream()
                .noneMatch(app -> app.state() == KafkaStreams.State.ERROR);
    }

    private void health(HttpExchange exchange, Predicate<Map<String, Duration>> healthy) throws IOException {
        Map<String, Duration> stalled = stalls == null ? Map.of() : stalls.stalled();
        boolean up = healthy.test(stalled);
        String states = streams.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":\"" + entry.getValue().state() + "\"")
                .collect(Collectors.joining(","));
        String stalledFor = stalled.entrySet().stream()
                .map(entry -> "\"" + entry.getKey() + "\":" + entry.getValue().toSeconds())
                .collect(Collectors.joining(","));
        respond(exchange, up ? 200 : 503, "application/json", "{\"status\":\"" + (up ? "UP" : "DOWN")
                + "\",\"streams\":{" + states + "},\"stalledSeconds\":{" + stalledFor + "}}");
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        for (AutoCloseable binder : binders) {
            try {
                binder.close();
            } catch (Exception ignored) {
                // Closing meters on shutdown cannot fail in a way anyone could act on.
            }
        }
        Metrics.removeRegistry(registry);
        registry.close();
        if (stalls != null) {
            stalls.close();
        }
    }
}
