package io.newsflow.deploy.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.AlertsService;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.enrich.EnrichService;
import io.newsflow.ingest.IngestRequest;
import io.newsflow.ingest.IngestRun;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.KeyQueryMetadata;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two enrich + alerts instances, each with its explorer, on four partitions, fed the demo timeline: either
 * explorer answers every story the same, because the one that does not own a story's partition forwards
 * the request to the one that does, and lists the stories of both.
 */
class ExplorerScaleOutIT {
    private static final Duration WAIT = Duration.ofSeconds(120);
    /** The Venezuela story's id is its first-processed article's, which depends on how the partitions ran. */
    private static final String ABOUT_VENEZUELA = "entity=Q717";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path work;

    @Test
    void eitherInstanceAnswersTheSameStoryWhicheverOwnsIt() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topics.partitions", "4", "explorer.host", "127.0.0.1", "explorer.port", "0",
                    "explorer.advertised.host", "127.0.0.1", "metrics.port", "0"));
            Topics topics = Topics.configure(settings.asClientConfig());
            TopicSetup.ensure(settings, topics, List.of());

            try (Instance first = Instance.start(settings.with("state.dir", work.resolve("first").toString()), topics);
                 Instance second = Instance.start(settings.with("state.dir", work.resolve("second").toString()),
                         topics)) {
                ingestDemoTimeline(settings);
                ExplorerClient viaFirst = new ExplorerClient(first.explorer.port());
                ExplorerClient viaSecond = new ExplorerClient(second.explorer.port());
                // The demo timeline makes three stories: Venezuela's, a typhoon and an ECB decision.
                JsonNode stories = awaitStories(viaFirst, 3);

                Set<Integer> owners = new HashSet<>();
                for (JsonNode story : stories) {
                    String id = story.get("id").asText();
                    HttpResponse<String> fromFirst = viaFirst.get("/api/stories/" + id);
                    HttpResponse<String> fromSecond = viaSecond.get("/api/stories/" + id);
                    assertEquals(200, fromFirst.statusCode(), fromFirst.body());
                    assertEquals(fromFirst.body(), fromSecond.body(), id + " is answered the same by either");
                    owners.add(ownerPort(first.alerts, id));
                }
                // Each story is owned by one of the two, so of the two requests for it one was forwarded.
                assertTrue(Set.of(first.explorer.port(), second.explorer.port()).containsAll(owners), owners.toString());
                assertEquals(JSON.readTree(viaFirst.get("/api/stories").body()),
                        JSON.readTree(viaSecond.get("/api/stories").body()), "the same merged list from either");

                JsonNode venezuela = JSON.readTree(viaSecond.get("/api/stories/" + venezuelaId(viaSecond)).body());
                assertEquals("U.S. offers Maduro amnesty in exchange for leaving power",
                        venezuela.get("title").asText());
                List<String> news = new ArrayList<>();
                venezuela.get("developments").forEach(development -> {
                    if (!development.get("background").asBoolean()) {
                        news.add(development.get("type").asText() + " first by "
                                + development.get("firstReport").get("source").asText());
                    }
                });
                assertEquals(List.of("OFFER first by Hemisphere Post", "REJECT first by Caribbean Wire",
                        "SANCTIONS_IMPOSED first by Hemisphere Post", "SANCTIONS_EASED first by Caribbean Wire"),
                        news);
                HttpResponse<String> missing = viaFirst.get("/api/stories/story-that-never-was");
                assertEquals(404, missing.statusCode());
                assertEquals("{\"error\":\"no story 'story-that-never-was'\"}", missing.body());
            }
        }
    }

    /** The explorer port of the instance whose active task holds the story. */
    private static int ownerPort(KafkaStreams alerts, String storyId) {
        KeyQueryMetadata owner = alerts.queryMetadataForKey("alerts-story-summaries", storyId,
                Serdes.String().serializer());
        assertNotEquals(KeyQueryMetadata.NOT_AVAILABLE, owner);
        return owner.activeHost().port();
    }

    /** Waits until the merged list has at least {@code count} stories (a 503 while rebalancing is retried). */
    private static JsonNode awaitStories(ExplorerClient client, int count) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (true) {
            HttpResponse<String> response = client.get("/api/stories");
            if (response.statusCode() == 200) {
                JsonNode stories = JSON.readTree(response.body());
                if (stories.size() >= count && hasFourDevelopments(client)) {
                    return stories;
                }
            } else {
                assertEquals(503, response.statusCode(), response.body());
                assertTrue(response.headers().firstValue("Retry-After").isPresent());
            }
            assertFalse(System.nanoTime() > deadline, "the explorer did not list " + count + " stories within "
                    + WAIT + "; last answer " + response.statusCode() + " " + response.body());
            Thread.sleep(200);
        }
    }

    private static String venezuelaId(ExplorerClient client) throws Exception {
        JsonNode stories = JSON.readTree(client.get("/api/stories?" + ABOUT_VENEZUELA).body());
        assertEquals(1, stories.size(), "one story is about Venezuela: " + stories);
        return stories.get(0).get("id").asText();
    }

    private static boolean hasFourDevelopments(ExplorerClient client) throws Exception {
        if (JSON.readTree(client.get("/api/stories?" + ABOUT_VENEZUELA).body()).isEmpty()) {
            return false;
        }
        HttpResponse<String> response = client.get("/api/stories/" + venezuelaId(client));
        if (response.statusCode() != 200) {
            return false;
        }
        int news = 0;
        for (JsonNode development : JSON.readTree(response.body()).get("developments")) {
            news += development.get("background").asBoolean() ? 0 : 1;
        }
        return news >= 4;
    }

    private void ingestDemoTimeline(Settings settings) throws Exception {
        Path timeline = work.resolve("timeline.jsonl");
        try (InputStream in = ExplorerScaleOutIT.class.getResourceAsStream("/io/newsflow/demo/timeline.jsonl")) {
            Files.copy(in, timeline);
        }
        PrintStream quiet = new PrintStream(OutputStream.nullOutputStream());
        new IngestRun(settings, IngestRequest.of(List.of(timeline), List.of(), List.of(), null, false),
                new SimpleMeterRegistry(), quiet, quiet).execute();
    }

    /** One process's share: enrich, alerts, and the explorer that is the alerts application's application.server. */
    private record Instance(ExplorerServer explorer, KafkaStreams alerts, StreamsRunner runner)
            implements AutoCloseable {
        static Instance start(Settings settings, Topics topics) {
            ExplorerServer explorer = ExplorerServer.serve(settings, topics);
            SimpleMeterRegistry meters = new SimpleMeterRegistry();
            KafkaStreams enrich = EnrichService.create(settings, topics, meters);
            KafkaStreams alerts = AlertsService.detection(explorer.advertisedIn(settings), topics, meters);
            explorer.attach(alerts);
            return new Instance(explorer, alerts, new StreamsRunner().start(List.of(enrich, alerts)));
        }

        @Override
        public void close() {
            explorer.close();
            runner.close();
        }
    }
}
