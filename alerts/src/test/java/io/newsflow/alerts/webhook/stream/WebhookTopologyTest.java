package io.newsflow.alerts.webhook.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.webhook.DeliveryRules;
import io.newsflow.alerts.webhook.WebhookClient;
import io.newsflow.alerts.webhook.WebhookTargets;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
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

/**
 * Webhook delivery against a real local HTTP server. The driver's wall clock is advanced by hand (answers
 * are collected and retries started on wall-clock checks), while the HTTP requests themselves are real, so
 * the tests wait for them, with a bound far above what they need.
 */
class WebhookTopologyTest {
    /** A request as the receiver saw it: every attempt, accepted or not. */
    private record Request(String subscription, String idempotencyKey, JsonNode body, boolean accepted) {
    }

    private static final Duration REAL_TIME_BOUND = Duration.ofSeconds(30);
    private static final Duration BACKOFF = Duration.ofMinutes(1);

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final List<Request> requests = new CopyOnWriteArrayList<>();
    private final Map<String, AtomicInteger> failuresBeforeSuccess = new ConcurrentHashMap<>();
    private final Set<String> refusing = ConcurrentHashMap.newKeySet();
    private HttpServer server;
    private TopologyTestDriver driver;
    private TestInputTopic<String, Subscription> subscriptions;
    private TestInputTopic<String, Alert> deliveries;
    private TestOutputTopic<byte[], DeadLetter> deadLetters;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hooks/", exchange -> {
            try (exchange) {
                String subscription = exchange.getRequestURI().getPath().substring("/hooks/".length());
                boolean refused = refusing.contains(subscription);
                boolean failed = failuresBeforeSuccess.getOrDefault(subscription, new AtomicInteger())
                        .getAndDecrement() > 0;
                requests.add(new Request(subscription, exchange.getRequestHeaders().getFirst("Idempotency-Key"),
                        new ObjectMapper().readTree(exchange.getRequestBody()), !refused && !failed));
                if (refused) {
                    answer(exchange, 410, "no such hook");
                } else if (failed) {
                    answer(exchange, 500, "database down");
                } else {
                    exchange.sendResponseHeaders(204, -1);
                }
            }
        });
        server.start();
    }

    /** The receiver listens on loopback, which webhooks may only reach when an operator allows it. */
    private void startDriver(DeliveryRules rules) {
        startDriver(rules, WebhookTargets.allowing("127.0.0.1/32"));
    }

    private void startDriver(DeliveryRules rules, WebhookTargets targets) {
        StreamsBuilder builder = new StreamsBuilder();
        WebhookTopology.build(builder, topics, new WebhookClient(Duration.ofSeconds(5), targets), rules, registry);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "webhook-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        driver = new TopologyTestDriver(builder.build(), properties, Instant.parse("2024-08-14T12:00:00Z"));
        subscriptions = driver.createInputTopic(topics.subscriptions().name(), Serdes.String().serializer(),
                topics.subscriptions().valueSerde().serializer());
        deliveries = driver.createInputTopic(topics.deliveries().name(), Serdes.String().serializer(),
                topics.deliveries().valueSerde().serializer());
        deadLetters = driver.createOutputTopic(topics.deadLetters().name(), Serdes.ByteArray().deserializer(),
                topics.deadLetters().valueSerde().deserializer());
    }

    @AfterEach
    void stop() {
        if (driver != null) {
            driver.close();
        }
        server.stop(0);
    }

    @Test
    void postsTheAlertAsJsonWithAnIdempotencyKey() {
        startDriver(new DeliveryRules(3, BACKOFF, 100));
        subscribe("desk");

        deliveries.pipeInput("desk", alert("dev-1"));
        advanceUntil(Duration.ofMillis(100), () -> delivered("desk") == 1);

        assertEquals(1, requests.size());
        Request request = requests.get(0);
        assertEquals("dev-1:desk", request.idempotencyKey());
        assertEquals("desk", request.body().get("subscription").asText());
        assertEquals("REJECT: Nicolás Maduro: he said no.", request.body().get("alert").get("summary").asText());
        assertTrue(deadLetters.isEmpty());
        assertEquals(0, gauge("newsflow.webhooks.pending"));
    }

    @Test
    void subscriptionsWithoutAWebhookAreNotCalled() {
        startDriver(new DeliveryRules(3, BACKOFF, 100));
        subscriptions.pipeInput("quiet", Subscription.newBuilder().setId("quiet").build());

        deliveries.pipeInput("quiet", alert("dev-2"));
        deliveries.pipeInput("unknown", alert("dev-3"));
        driver.advanceWallClockTime(Duration.ofSeconds(1));

        assertEquals(List.of(), requests);
        assertTrue(deadLetters.isEmpty());
        assertEquals(0, gauge("newsflow.webhooks.pending"));
    }

    @Test
    void aFailingReceiverDoesNotDelayOtherSubscriptionsAndIsRetriedInOrderUntilItAccepts() {
        startDriver(new DeliveryRules(4, BACKOFF, 100));
        subscribe("flaky");
        subscribe("desk");
        failuresBeforeSuccess.put("flaky", new AtomicInteger(2));

        deliveries.pipeInput("flaky", alert("dev-a"));
        deliveries.pipeInput("flaky", alert("dev-b"));
        deliveries.pipeInput("desk", alert("dev-c"));
        deliveries.pipeInput("desk", alert("dev-d"));
        advanceUntil(Duration.ofMillis(100), () -> delivered("desk") == 2 && retried("flaky") == 1);

        assertEquals(List.of("dev-c:desk", "dev-d:desk"), accepted("desk"));
        assertEquals(List.of(), accepted("flaky"), "its first retry is a minute away");
        assertEquals(2, gauge("newsflow.webhooks.pending"), "both of flaky's alerts wait");
        assertEquals(1, gauge("newsflow.webhooks.retries.pending"), "the first of them for a retry");

        advanceUntil(Duration.ofSeconds(10), () -> delivered("flaky") == 2);

        assertEquals(List.of("dev-a:flaky", "dev-b:flaky"), accepted("flaky"), "in the order they came");
        assertEquals(List.of("dev-a:flaky", "dev-a:flaky", "dev-a:flaky", "dev-b:flaky"), attempts("flaky"),
                "one key across the retries, and the second alert only once the first was taken");
        assertEquals(2, retried("flaky"));
        assertEquals(0, gauge("newsflow.webhooks.pending"));
        assertEquals(0, gauge("newsflow.webhooks.retries.pending"));
        assertTrue(deadLetters.isEmpty());
    }

    @Test
    void aDeliveryThatKeepsFailingBecomesADeadLetterAfterTheLastAttemptAndTheNextGoesOn() {
        startDriver(new DeliveryRules(3, BACKOFF, 100));
        subscribe("broken");
        subscribe("desk");
        failuresBeforeSuccess.put("broken", new AtomicInteger(1_000));

        deliveries.pipeInput("broken", alert("dev-4"));
        deliveries.pipeInput("desk", alert("dev-5"));
        advanceUntil(Duration.ofSeconds(10), () -> counter("newsflow.webhooks.failed", "broken") == 1);

        DeadLetter letter = deadLetters.readValue();
        assertEquals("webhook", letter.getStage());
        assertEquals("webhook-failed", letter.getReason());
        assertTrue(letter.getErrorMessage().endsWith("did not accept the delivery after 3 attempts: "
                + "HTTP 500 database down"), letter.getErrorMessage());
        assertTrue(letter.getInput().endsWith("/hooks/broken (subscription broken)"), letter.getInput());
        assertEquals("dev-4", alertIn(letter).getAlertId());
        assertEquals(3, attempts("broken").size());
        assertEquals(List.of("dev-5:desk"), accepted("desk"));
        assertEquals(0, gauge("newsflow.webhooks.pending"));
    }

    @Test
    void aRefusalIsNotRetried() {
        startDriver(new DeliveryRules(3, BACKOFF, 100));
        subscribe("gone");
        refusing.add("gone");

        deliveries.pipeInput("gone", alert("dev-6"));
        advanceUntil(Duration.ofMillis(100), () -> !deadLetters.isEmpty());

        DeadLetter letter = deadLetters.readValue();
        assertTrue(letter.getErrorMessage().endsWith("after 1 attempt: HTTP 410 no such hook"),
                letter.getErrorMessage());
        assertEquals(1, attempts("gone").size());
        assertEquals(0, retried("gone"));
    }

    @Test
    void anInternalAddressIsNeverCalledUnlessAllowedAndTheDeliveryIsDeadLetteredWithTheReason() {
        startDriver(new DeliveryRules(3, BACKOFF, 100), WebhookTargets.allowing(""));
        subscribe("internal");

        deliveries.pipeInput("internal", alert("dev-10"));
        advanceUntil(Duration.ofMillis(100), () -> !deadLetters.isEmpty());

        DeadLetter letter = deadLetters.readValue();
        assertEquals("webhook-failed", letter.getReason());
        assertTrue(letter.getErrorMessage().contains("resolves to 127.0.0.1, a loopback address; webhooks go to "
                + "public addresses only, unless alerts.webhook.allow.private lists the range (e.g. 127.0.0.1/32)"),
                letter.getErrorMessage());
        assertTrue(attempts("internal").isEmpty(), "the receiver was never called");
        assertEquals(0, retried("internal"));
    }

    @Test
    void aSubscriptionWithAFullBacklogHasFurtherAlertsDeadLetteredAtOnce() {
        startDriver(new DeliveryRules(3, BACKOFF, 2));
        subscribe("broken");
        failuresBeforeSuccess.put("broken", new AtomicInteger(1_000));

        deliveries.pipeInput("broken", alert("dev-7"));
        deliveries.pipeInput("broken", alert("dev-8"));
        deliveries.pipeInput("broken", alert("dev-9"));

        DeadLetter letter = deadLetters.readValue();
        assertEquals("webhook-backlog-full", letter.getReason());
        assertEquals("dev-9", alertIn(letter).getAlertId());
        assertTrue(deadLetters.isEmpty());
        assertEquals(2, gauge("newsflow.webhooks.pending"));
    }

    private void subscribe(String id) {
        subscriptions.pipeInput(id, Subscription.newBuilder().setId(id)
                .setWebhookUrl("http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/" + id).build());
    }

    /** Moves the wall clock on by {@code step} at a time, while the real requests get answered. */
    private void advanceUntil(Duration step, BooleanSupplier done) {
        long deadline = System.nanoTime() + REAL_TIME_BOUND.toNanos();
        while (!done.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                fail("not done within " + REAL_TIME_BOUND + "; requests so far: " + requests);
            }
            driver.advanceWallClockTime(step);
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                fail("interrupted");
            }
        }
    }

    private List<String> accepted(String subscription) {
        return requests.stream().filter(request -> request.subscription().equals(subscription) && request.accepted())
                .map(Request::idempotencyKey).toList();
    }

    private List<String> attempts(String subscription) {
        return requests.stream().filter(request -> request.subscription().equals(subscription))
                .map(Request::idempotencyKey).toList();
    }

    private double delivered(String subscription) {
        return counter("newsflow.webhooks.delivered", subscription);
    }

    private double retried(String subscription) {
        return counter("newsflow.webhooks.retried", subscription);
    }

    private double counter(String name, String subscription) {
        Counter counter = registry.find(name).tag("subscription", subscription).counter();
        return counter == null ? 0 : counter.count();
    }

    private double gauge(String name) {
        return registry.get(name).gauge().value();
    }

    private Alert alertIn(DeadLetter letter) {
        return topics.deliveries().valueSerde().deserializer().deserialize(topics.deliveries().name(),
                letter.getValue().array());
    }

    private static void answer(HttpExchange exchange, int status, String text) throws IOException {
        byte[] body = text.getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
    }

    private static Alert alert(String id) {
        return Alert.newBuilder().setAlertId(id).setStoryId("story-1").setKind("NEW_DEVELOPMENT")
                .setEventType("REJECT").setEntities(List.of()).setEvidence(List.of())
                .setSummary("REJECT: Nicolás Maduro: he said no.").setFirstReportedAt(Instant.EPOCH)
                .setDetectedAt(Instant.EPOCH).build();
    }
}
