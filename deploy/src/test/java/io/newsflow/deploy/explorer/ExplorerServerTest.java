package io.newsflow.deploy.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.AlertsService;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.streams.KafkaStreams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The explorer's HTTP surface before any alerts application is attached: no broker needed. */
class ExplorerServerTest {
    private static ExplorerServer serve(Map<String, String> settings) {
        Settings local = Settings.defaults().with(Map.of("explorer.host", "127.0.0.1", "explorer.port", "0"))
                .with(settings);
        return ExplorerServer.serve(local, Topics.configure(local.asClientConfig()));
    }

    @Test
    void storiesAre503WithRetryAfterAndAJsonMessageUntilTheAlertsApplicationIsAttached() throws Exception {
        try (ExplorerServer explorer = serve(Map.of())) {
            HttpResponse<String> response = new ExplorerClient(explorer.port()).get("/api/stories");

            assertEquals(503, response.statusCode());
            assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
            assertEquals("{\"error\":\"the alerts service is still starting\"}", response.body());
            assertEquals(Optional.of("application/json; charset=utf-8"),
                    response.headers().firstValue("Content-Type"));
        }
    }

    @Test
    void storiesAre503WhileTheAttachedAlertsApplicationIsNotRunningYet(@TempDir Path state) throws Exception {
        try (ExplorerServer explorer = serve(Map.of())) {
            // Nothing listens on port 1: the application is created, never started, and connects nowhere.
            Settings unstarted = Settings.defaults().with(Map.of("bootstrap.servers", "127.0.0.1:1",
                    "state.dir", state.toString()));
            try (KafkaStreams alerts = AlertsService.detection(explorer.advertisedIn(unstarted),
                    Topics.configure(unstarted.asClientConfig()), new SimpleMeterRegistry())) {
                explorer.attach(alerts);
                ExplorerClient client = new ExplorerClient(explorer.port());

                for (String path : new String[] {"/api/stories", "/api/stories/story-hp-0811-amnesty"}) {
                    HttpResponse<String> response = client.get(path);
                    assertEquals(503, response.statusCode(), path + ": " + response.body());
                    assertEquals(Optional.of("1"), response.headers().firstValue("Retry-After"));
                    assertTrue(response.body().startsWith("{\"error\":\"store alerts-story-summaries is not "
                            + "queryable right now"), response.body());
                }
            }
        }
    }

    @Test
    void thePageAndItsFilesAreServedFromTheJarAndNothingElse() throws Exception {
        try (ExplorerServer explorer = serve(Map.of())) {
            ExplorerClient client = new ExplorerClient(explorer.port());

            HttpResponse<String> page = client.get("/");
            assertEquals(200, page.statusCode());
            assertTrue(page.body().contains("<script src=\"app.js\"></script>"), page.body());
            assertEquals(Optional.of("text/javascript; charset=utf-8"),
                    client.get("/app.js").headers().firstValue("Content-Type"));
            assertEquals(200, client.get("/style.css").statusCode());

            HttpResponse<String> elsewhere = client.get("/../../etc/passwd");
            assertEquals(404, elsewhere.statusCode());
            assertTrue(elsewhere.body().startsWith("{\"error\":\"no page at "), elsewhere.body());
        }
    }

    @Test
    void unknownApisAndOtherMethodsThanGetAreRefusedInJson() throws Exception {
        try (ExplorerServer explorer = serve(Map.of())) {
            ExplorerClient client = new ExplorerClient(explorer.port());

            HttpResponse<String> unknown = client.get("/api/storys");
            assertEquals(404, unknown.statusCode());
            assertEquals("{\"error\":\"no API at /api/storys; see /api/stories, /api/stories/{id}, "
                    + "/api/alerts/stream\"}", unknown.body());
            HttpResponse<String> post = client.send(HttpRequest.newBuilder(client.uri("/api/stories"))
                    .POST(HttpRequest.BodyPublishers.ofString("{}")));
            assertEquals(405, post.statusCode());
            assertEquals("{\"error\":\"method POST is not allowed; the explorer answers GET\"}", post.body());
        }
    }

    @Test
    void aLastEventIdThatIsNoFeedPositionIsA400NamingIt() throws Exception {
        try (ExplorerServer explorer = serve(Map.of())) {
            ExplorerClient client = new ExplorerClient(explorer.port());
            HttpResponse<String> response = client.send(HttpRequest.newBuilder(client.uri("/api/alerts/stream"))
                    .header("Last-Event-ID", "yesterday"));

            assertEquals(400, response.statusCode());
            assertEquals("{\"error\":\"Last-Event-ID 'yesterday' is not a feed position (partition-offset pairs "
                    + "joined by '.', e.g. 0-13.1-4)\"}", response.body());
        }
    }

    @Test
    void corsIsOffByDefaultAndAllowsOnlyTheConfiguredOrigin() throws Exception {
        try (ExplorerServer closed = serve(Map.of())) {
            assertEquals(Optional.empty(), new ExplorerClient(closed.port()).get("/api/stories").headers()
                    .firstValue("Access-Control-Allow-Origin"));
        }
        try (ExplorerServer open = serve(Map.of("explorer.cors.origin", "https://desk.example"))) {
            ExplorerClient client = new ExplorerClient(open.port());
            assertEquals(Optional.of("https://desk.example"), client.get("/api/stories").headers()
                    .firstValue("Access-Control-Allow-Origin"));
            HttpResponse<String> preflight = client.send(HttpRequest.newBuilder(client.uri("/api/stories"))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()));
            assertEquals(204, preflight.statusCode());
            assertEquals(Optional.of("GET"), preflight.headers().firstValue("Access-Control-Allow-Methods"));
        }
    }
}
