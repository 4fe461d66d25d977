package io.newsflow.alerts.webhook;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs JSON to a subscriber's endpoint. Each delivery carries an {@code Idempotency-Key} that stays the
 * same across retries and restarts, so the receiver can drop repeats. Transient failures (connection
 * errors, 408, 429, 5xx) are retried with exponential backoff; other answers fail at once.
 */
public final class WebhookClient {
    private final HttpClient http;
    private final int attempts;
    private final Duration firstBackoff;
    private final Duration timeout;

    public WebhookClient(int attempts, Duration firstBackoff, Duration timeout) {
        this.attempts = attempts;
        this.firstBackoff = firstBackoff;
        this.timeout = timeout;
        this.http = HttpClient.newBuilder().connectTimeout(timeout).build();
    }

    /** @throws WebhookFailure when the endpoint did not accept the delivery */
    public void post(URI url, String json, String idempotencyKey) {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Idempotency-Key", idempotencyKey)
                .header("User-Agent", "newsflow-alerts")
                .POST(HttpRequest.BodyPublishers.ofString(json))
                .build();
        String lastProblem = "no attempt made";
        long backoff = firstBackoff.toMillis();
        for (int attempt = 1; attempt <= attempts; attempt++) {
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                int status = response.statusCode();
                if (status / 100 == 2) {
                    return;
                }
                lastProblem = "HTTP " + status + " " + abbreviate(response.body());
                if (!(status == 408 || status == 429 || status >= 500)) {
                    throw new WebhookFailure(url + " refused the delivery: " + lastProblem, attempt);
                }
            } catch (IOException e) {
                lastProblem = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new WebhookFailure("interrupted while delivering to " + url, attempt);
            }
            if (attempt < attempts) {
                sleep(backoff);
                backoff *= 2;
            }
        }
        throw new WebhookFailure(url + " did not accept the delivery after " + attempts + " attempts: " + lastProblem,
                attempts);
    }

    private static String abbreviate(String body) {
        return body.length() > 200 ? body.substring(0, 200) + "..." : body;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A delivery the endpoint did not accept; the message says why. */
    public static final class WebhookFailure extends RuntimeException {
        private final int attempts;

        WebhookFailure(String message, int attempts) {
            super(message);
            this.attempts = attempts;
        }

        public int attempts() {
            return attempts;
        }
    }
}
