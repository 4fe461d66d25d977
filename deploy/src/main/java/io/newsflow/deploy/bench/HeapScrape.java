package io.newsflow.deploy.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.OptionalLong;

/** Heap in use by a newsflow service, read from its /metrics: the sum of {@code jvm_memory_used_bytes{area="heap"}}. */
final class HeapScrape {
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private HeapScrape() {
    }

    static OptionalLong heapUsed(int metricsPort) {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + metricsPort + "/metrics"))
                .timeout(Duration.ofSeconds(5)).build();
        try {
            String text = HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body();
            return OptionalLong.of((long) text.lines()
                    .filter(line -> line.startsWith("jvm_memory_used_bytes{") && line.contains("area=\"heap\""))
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
