package io.newsflow.alerts.webhook;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;

/**
 * POSTs JSON to a subscriber's endpoint, one attempt at a time and without blocking the caller: the
 * answer comes back on the HTTP client's threads. Each delivery carries an {@code Idempotency-Key} that
 * stays the same across attempts and restarts, so the receiver can drop repeats.
 */
public final class WebhookClient {
    private final HttpClient http;
    private final Duration timeout;
    private final WebhookTargets targets;
    /** Resolves hosts before each attempt: name lookups block, and the caller is a stream thread. */
    private final Executor resolver = Executors.newCachedThreadPool(task -> {
        Thread thread = new Thread(task, "webhook-resolver");
        thread.setDaemon(true);
        return thread;
    });

    /**
     * @param timeout how long one attempt may take to connect, and then to be answered
     * @param targets where deliveries may go; every attempt is checked after resolving the host
     */
    public WebhookClient(Duration timeout, WebhookTargets targets) {
        this.timeout = timeout;
        this.targets = targets;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
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
        return CompletableFuture.supplyAsync(() -> targets.check(url), resolver)
                .thenCompose(verdict -> verdict.kind() != WebhookTargets.Verdict.Kind.ALLOWED
                        ? CompletableFuture.completedFuture(verdict.kind() == WebhookTargets.Verdict.Kind.REFUSED
                        ? Attempt.refused(verdict.reason()) : Attempt.unreachable(verdict.reason()))
                        : http.sendAsync(request, HttpResponse.BodyHandlers.ofString())
                        .handle((response, error) -> error == null
                                ? Attempt.answered(response.statusCode(), response.body())
                                : Attempt.failed(error instanceof CompletionException && error.getCause() != null
                                ? error.getCause() : error)));
    }
}
