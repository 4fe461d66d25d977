package io.newsflow.deploy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** /health of a service without Streams applications versus one whose applications are not yet watched. */
class ObservabilityHealthTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aServiceWithoutStreamsIsHealthyWhileItServes() throws Exception {
        try (Observability observability = Observability.serveWithoutStreams("127.0.0.1", 0)) {
            HttpResponse<String> health = get(observability, "/health");
            assertEquals(200, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            assertTrue(get(observability, "/metrics").body().contains("jvm_memory_used_bytes"));
        }
    }

    @Test
    void aStreamsServiceIsNotHealthyBeforeItsApplicationsAreWatched() throws Exception {
        try (Observability observability = Observability.serve("127.0.0.1", 0,
                new StallWatch(Map.of("bootstrap.servers", "127.0.0.1:1"), Duration.ofMinutes(2)))) {
            HttpResponse<String> health = get(observability, "/health");
            assertEquals(503, health.statusCode());
            assertTrue(health.body().contains("\"status\":\"DOWN\""), health.body());
            assertEquals(503, get(observability, "/health/ready").statusCode());
            assertEquals(200, get(observability, "/health/live").statusCode(), "nothing has failed or stalled");
        }
    }

    private HttpResponse<String> get(Observability observability, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + observability.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
