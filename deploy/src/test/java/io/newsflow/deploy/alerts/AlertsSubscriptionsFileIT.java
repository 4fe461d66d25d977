package io.newsflow.deploy.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.cli.NewsflowCli;
import io.newsflow.deploy.run.TableTopic;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow alerts --subscriptions FILE} restarted: an unchanged file is not published again, so
 * what was changed at runtime stays changed; a changed file is published.
 */
class AlertsSubscriptionsFileIT {
    private static final Duration START = Duration.ofSeconds(90);

    @TempDir
    Path work;

    @Test
    void aRestartWithTheSameFileKeepsRuntimeChangesAndAChangedFileIsApplied() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers()));
            TableTopic<Subscription> subscriptions = new TableTopic<>(settings,
                    Topics.configure(settings.asClientConfig()).subscriptions());
            Path file = work.resolve("subscriptions.yaml");
            Files.writeString(file, """
                    subscriptions:
                      - id: venezuela-desk
                        entities: [person:nicolas-maduro, country:venezuela]
                      - id: sanctions-watch
                        eventTypes: [SANCTIONS_IMPOSED, SANCTIONS_EASED]
                    """);

            assertStartPrints(broker, file, "first", "Applied 2 subscription(s) from " + file + ".");
            assertEquals(Set.of("venezuela-desk", "sanctions-watch"), subscriptions.read().keySet());

            assertEquals(0, NewsflowCli.execute("subscriptions", "remove", "sanctions-watch", "-b",
                    broker.bootstrapServers()));
            assertEquals(1, NewsflowCli.execute("subscriptions", "remove", "sanctions-watch", "-b",
                    broker.bootstrapServers()), "an id that is not there is not silently 'removed'");
            assertStartPrints(broker, file, "same-file", "Subscriptions from " + file
                    + " already applied; not re-publishing");
            assertEquals(Set.of("venezuela-desk"), subscriptions.read().keySet(), "the runtime removal stays");

            Files.writeString(file, Files.readString(file).replace("country:venezuela]",
                    "country:venezuela]\n    minCorroboration: 2"));
            assertStartPrints(broker, file, "changed-file", "Applied 2 subscription(s) from " + file + ".");
            Map<String, Subscription> live = subscriptions.read();
            assertEquals(Set.of("venezuela-desk", "sanctions-watch"), live.keySet());
            assertEquals(2, live.get("venezuela-desk").getMinCorroboration());
        }
    }

    /** Starts the alerts service in a JVM of its own, as a restart would, and stops it once it has said this. */
    private void assertStartPrints(EmbeddedKafkaBroker broker, Path file, String run, String expected)
            throws Exception {
        Path log = work.resolve(run + ".log");
        try (ChildNewsflow alerts = ChildNewsflow.start(log, "alerts", "--subscriptions", file.toString(),
                "-b", broker.bootstrapServers(), "-D", "state.dir=" + work.resolve("state-" + run),
                "-D", "metrics.port=0", "-D", "explorer.port=0")) {
            assertTrue(alerts.awaitOutput(expected, START), "expected «" + expected + "» in:\n"
                    + Files.readString(log));
        }
    }
}
