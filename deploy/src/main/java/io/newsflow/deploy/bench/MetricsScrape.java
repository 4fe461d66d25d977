package io.newsflow.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;
import java.util.function.Predicate;

/** Figures a newsflow service exposes on its /metrics, in Prometheus' text format, read by the bench. */
final class MetricsScrape {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private MetricsScrape() {
    }

    /** Heap in use: the sum of {@code jvm_memory_used_bytes{area="heap"}}. */
    static OptionalLong heapUsed(int metricsPort) {
        return sum(metricsPort, line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""));
    }

    /** A counter summed over its labels, e.g. {@code newsflow_alerts_articles_total}. */
    static OptionalLong counter(int metricsPort, String name) {
        return sum(metricsPort, line -> line.startsWith(name + "{") || line.startsWith(name + " "));
    }

    private static OptionalLong sum(int metricsPort, Predicate<String> sample) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            String text = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return OptionalLong.of((long) text.lines()
                    .filter(sample)
                    .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1)))
                    .sum());
        } catch (IOException | RuntimeException unavailable) {
            return OptionalLong.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalLong.empty();
        }
    }
}
