package io.newsflow.alerts.webhook;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.topics.Topics;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WebhookTopologyTest {
    private record Received(String path, String idempotencyKey, JsonNode body) {
    }

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger failuresBeforeSuccess = new AtomicInteger();
    private HttpServer server;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Subscription> subscriptions;
    private TestInputTopic<String, Alert> deliveries;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void start() throws Exception {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/ok", exchange -> {
            try (exchange) {
                if (failuresBeforeSuccess.getAndDecrement() > 0) {
                    exchange.sendResponseHeaders(503, -1);
                    return;
                }
                received.add(new Received("/ok", exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        new ObjectMapper().readTree(exchange.getRequestBody())));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        server.createContext("/broken", exchange -> {
            try (exchange) {
                byte[] body = "database down".getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
            }
        });
        server.start();

        StreamsBuilder builder = new StreamsBuilder();
        WebhookTopology.build(builder, topics, new WebhookClient(3, Duration.ofMillis(5), Duration.ofSeconds(5)),
                new SimpleMeterRegistry());
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "webhook-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties);
        subscriptions = driver.createInputTopic(topics.subscriptions().name(), Serdes.String().serializer(),
                topics.subscriptions().valueSerde().serializer());
        deliveries = driver.createInputTopic(topics.deliveries().name(), Serdes.String().serializer(),
                topics.deliveries().valueSerde().serializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.ByteArray().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
        server.stop(0);
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private static Alert alert(String id) {
        return Alert.newBuilder().setAlertId(id).setStoryId("story-1").setKind("NEW_DEVELOPMENT")
                .setEventType("REJECT").setEntities(List.of()).setEvidence(List.of())
                .setSummary("REJECT: Nicolás Maduro: he said no.").setFirstReportedAt(Instant.EPOCH)
                .setDetectedAt(Instant.EPOCH).build();
    }

    @Test
    void postsTheAlertAsJsonWithAnIdempotencyKeyRetryingTransientFailures() {
        subscriptions.pipeInput("desk", Subscription.newBuilder().setId("desk").setWebhookUrl(url("/ok")).build());
        failuresBeforeSuccess.set(2);

        deliveries.pipeInput("desk", alert("dev-1"));

        assertEquals(1, received.size());
        Received delivery = received.get(0);
        assertEquals("dev-1:desk", delivery.idempotencyKey());
        assertEquals("desk", delivery.body().get("subscription").asText());
        assertEquals("REJECT: Nicolás Maduro: he said no.", delivery.body().get("alert").get("summary").asText());
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void subscriptionsWithoutAWebhookAreNotCalled() {
        subscriptions.pipeInput("quiet", Subscription.newBuilder().setId("quiet").build());
        deliveries.pipeInput("quiet", alert("dev-2"));
        deliveries.pipeInput("unknown", alert("dev-3"));

        assertEquals(List.of(), received);
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void aDeliveryThatKeepsFailingBecomesADeadLetterAndTheNextGoesOn() {
        subscriptions.pipeInput("broken", Subscription.newBuilder().setId("broken").setWebhookUrl(url("/broken"))
                .build());
        subscriptions.pipeInput("desk", Subscription.newBuilder().setId("desk").setWebhookUrl(url("/ok")).build());

        deliveries.pipeInput("broken", alert("dev-4"));
        deliveries.pipeInput("desk", alert("dev-5"));

        DeadLetter letter = deadLetters.readValue();
        assertEquals("webhook", letter.getStage());
        assertEquals("webhook-failed", letter.getReason());
        assertTrue(letter.getErrorMessage().contains("HTTP 500 database down"), letter.getErrorMessage());
        assertTrue(letter.getInput().contains("subscription broken"), letter.getInput());
        assertEquals("dev-4", topics.deliveries().valueSerde().deserializer()
                .deserialize(topics.deliveries().name(), letter.getValue().array()).getAlertId());
        assertEquals(List.of("dev-5:desk"), received.stream().map(Received::idempotencyKey).toList());
    }
}
