package io.newsflow.alerts.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * POSTs JSON to a subscriber's endpoint, one attempt at a time and without blocking the caller: the
 * answer comes back on the HTTP client's threads. Each delivery carries an {@code Idempotency-Key} that
 * stays the same across attempts and restarts, so the receiver can drop repeats.
 */
public final class WebhookClient {
    private final HttpClient http;
    private final Duration timeout;

    /** @param timeout how long one attempt may take to connect, and then to be answered */
    public WebhookClient(Duration timeout) {
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** Completes with the attempt's outcome once the endpoint answered or the attempt failed; never exceptionally. */
    public CompletableFuture<Attempt> post(String url, String json, String idempotencyKey) {
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(url))
                    .timeout(timeout)
                    .header("Content-Type", "application/json")
                    .header("Idempotency-Key", idempotencyKey)
                    .header("User-Agent", "newsflow-alerts")
                    .POST(HttpRequest.BodyPublishers.ofString(json))
                    .build();
        } catch (IllegalArgumentException e) {
            return CompletableFuture.completedFuture(Attempt.refused("not a usable webhook URL: " + e.getMessage()));
        }
        return http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                .handle((response, error) -> error == null ? Attempt.answered(response.statusCode(), response.body())
                        : Attempt.failed(error instanceof CompletionException && error.getCause() != null
                        ? error.getCause() : error));
    }
}
