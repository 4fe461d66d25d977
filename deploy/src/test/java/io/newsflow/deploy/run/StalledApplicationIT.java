package io.newsflow.deploy.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Streams application that is RUNNING but makes no progress (here a record that holds its stream thread,
 * as a task stuck retrying would) is reported stalled: /health/live and /health/ready turn 503 with the
 * application named, and turn back once its commits move again.
 */
class StalledApplicationIT {
    private static final String INPUT = "stall.test.in";
    private static final String OUTPUT = "stall.test.out";
    private static final String APPLICATION_ID = "newsflow-stall-test";
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void noProgressWithRecordsWaitingIsAStallThatLivenessReportsUntilCommitsMoveAgain() throws Exception {
        runStalling(List.of("ok-1"));
    }

    /** A group that never committed has no offsets to compare: its assigned partitions count from the start. */
    @Test
    void aStallBeforeTheFirstCommitIsReportedToo() throws Exception {
        runStalling(List.of());
    }

    private void runStalling(List<String> before) throws Exception {
        CountDownLatch released = new CountDownLatch(1);
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "state.dir", stateDir.toString()));
            try (Admin admin = Admin.create(settings.asClientConfig())) {
                admin.createTopics(List.of(new NewTopic(INPUT, 1, (short) 1), new NewTopic(OUTPUT, 1, (short) 1)))
                        .all().get(30, TimeUnit.SECONDS);
            }
            StreamsBuilder builder = new StreamsBuilder();
            builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()).withName("read"))
                    .peek((key, value) -> holdOn(value, released), Named.as("hold-on-poison"))
                    .to(OUTPUT, Produced.with(Serdes.String(), Serdes.String()).withName("write"));
            Properties properties = StreamsDefaults.properties(settings, APPLICATION_ID, "stall-test");
            KafkaStreams app = StreamsDefaults.create(builder.build(properties), properties);
            try (Observability observability = Observability.serve("127.0.0.1", 0,
                    new StallWatch(settings.asClientConfig(), Duration.ofSeconds(3)));
                 StreamsRunner runner = new StreamsRunner().start(List.of(app))) {
                observability.watch("stall-test", app, APPLICATION_ID);
                for (String value : before) {
                    send(broker, value);
                }
                awaitHealth(observability, "/health/ready", response -> response.statusCode() == 200);

                send(broker, "poison");
                send(broker, "ok-2");
                HttpResponse<String> stalled = awaitHealth(observability, "/health/live",
                        response -> response.statusCode() == 503);
                assertTrue(stalled.body().contains("\"stall-test\":\"RUNNING\""), stalled.body());
                assertTrue(stalled.body().matches(".*\"stalledSeconds\":\\{\"stall-test\":\\d+}.*"), stalled.body());
                assertEquals(503, get(observability, "/health/ready").statusCode());

                released.countDown();
                awaitHealth(observability, "/health/live", response -> response.statusCode() == 200);
                awaitHealth(observability, "/health/ready", response -> response.statusCode() == 200);
            } finally {
                released.countDown();
            }
        }
    }

    /** Holds the stream thread on the poison record until the test lets go, as a task looping on it would. */
    private static void holdOn(String value, CountDownLatch released) {
        if ("poison".equals(value)) {
            try {
                released.await(5, TimeUnit.MINUTES);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private static void send(EmbeddedKafkaBroker broker, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(INPUT, value, value)).get(30, TimeUnit.SECONDS);
        }
    }

    private HttpResponse<String> awaitHealth(Observability observability, String path,
                                             Predicate<HttpResponse<String>> wanted) throws Exception {
        long deadline = System.nanoTime() + WAIT.toNanos();
        HttpResponse<String> response = get(observability, path);
        while (!wanted.test(response)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError(path + " still answers " + response.statusCode() + " " + response.body());
            }
            Thread.sleep(250);
            response = get(observability, path);
        }
        return response;
    }

    private HttpResponse<String> get(Observability observability, String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + observability.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
