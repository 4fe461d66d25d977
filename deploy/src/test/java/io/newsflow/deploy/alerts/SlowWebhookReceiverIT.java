package io.newsflow.deploy.alerts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.sun.net.httpserver.HttpServer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.newsflow.alerts.AlertsService;
import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.deploy.broker.KafkaTestClients;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The webhooks service on a real broker, with a real receiver that answers one subscription at once and
 * leaves the other hanging past the timeout on every attempt. The prompt subscription's alerts, published
 * after the slow one's, still arrive at once (delivering in line would hold them back for at least
 * 2 alerts x 2 attempts x 4 s), and the slow one's end up dead-lettered with the timeout as reason.
 */
class SlowWebhookReceiverIT {
    private static final Duration PROMPTLY = Duration.ofSeconds(10);
    private static final Duration WAIT = Duration.ofSeconds(90);

    @TempDir
    Path stateDir;

    private final List<String> promptRequests = new CopyOnWriteArrayList<>();
    private final List<String> slowRequests = new CopyOnWriteArrayList<>();
    private final ExecutorService handlers = Executors.newCachedThreadPool();
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        receiver.setExecutor(handlers);
        receiver.createContext("/prompt", exchange -> {
            try (exchange) {
                promptRequests.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                exchange.sendResponseHeaders(204, -1);
            }
        });
        receiver.createContext("/slow", exchange -> {
            try (exchange) {
                slowRequests.add(exchange.getRequestHeaders().getFirst("Idempotency-Key"));
                Thread.sleep(Duration.ofSeconds(30).toMillis());
                exchange.sendResponseHeaders(204, -1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
        handlers.shutdownNow();
    }

    @Test
    void aSlowReceiverDoesNotHoldBackOtherSubscriptionsAndEndsUpDeadLettered() throws Exception {
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            Settings settings = Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                    "topics.partitions", "1", "state.dir", stateDir.toString(),
                    "alerts.webhook.timeout", "4s", "alerts.webhook.attempts", "2",
                    "alerts.webhook.backoff", "500ms", "alerts.webhook.allow.private", "127.0.0.1/32"));
            Topics topics = Topics.configure(settings.asClientConfig());
            TopicSetup.ensure(settings, topics, List.of());
            subscribe(settings, topics, "slow");
            subscribe(settings, topics, "prompt");
            SimpleMeterRegistry registry = new SimpleMeterRegistry();

            try (StreamsRunner webhooks = new StreamsRunner().start(
                    List.of(AlertsService.webhooks(settings, topics, registry)))) {
                publish(settings, topics, List.of(
                        new ProducerRecord<>(Topics.DELIVERIES, "slow", alert("dev-s1")),
                        new ProducerRecord<>(Topics.DELIVERIES, "slow", alert("dev-s2")),
                        new ProducerRecord<>(Topics.DELIVERIES, "prompt", alert("dev-p1")),
                        new ProducerRecord<>(Topics.DELIVERIES, "prompt", alert("dev-p2"))));

                awaitPromptDeliveries(List.of("dev-p1:prompt", "dev-p2:prompt"));

                Topic<byte[], DeadLetter> dead = topics.deadLetters();
                List<DeadLetter> letters = KafkaTestClients.readUntil(broker.bootstrapServers(), dead.name(),
                        dead.keySerde().deserializer(), dead.valueSerde().deserializer(),
                        record -> "webhook".equals(record.value().getStage()), 2, WAIT).stream()
                        .map(ConsumerRecord::value).toList();
                assertEquals(List.of("dev-s1", "dev-s2"), letters.stream().map(letter -> alertIn(topics, letter))
                        .toList(), "both slow deliveries given up, in order");
                for (DeadLetter letter : letters) {
                    assertEquals("webhook-failed", letter.getReason());
                    assertTrue(letter.getErrorMessage().contains("after 2 attempts: java.net.http.HttpTimeoutException"),
                            letter.getErrorMessage());
                }
                assertEquals(List.of("dev-s1:slow", "dev-s1:slow", "dev-s2:slow", "dev-s2:slow"), slowRequests,
                        "each slow alert tried twice, one key across its attempts");
                assertEquals(2.0, registry.get("newsflow.webhooks.delivered").tag("subscription", "prompt")
                        .counter().count());
                assertEquals(2.0, registry.get("newsflow.webhooks.failed").tag("subscription", "slow")
                        .counter().count());
            }
        }
    }

    /** Published after the slow subscription's alerts, these arrive while those are still being tried. */
    private void awaitPromptDeliveries(List<String> expected) throws InterruptedException {
        long deadline = System.nanoTime() + PROMPTLY.toNanos();
        while (!promptRequests.equals(expected)) {
            if (System.nanoTime() > deadline) {
                fail("the prompt subscription got " + promptRequests + " within " + PROMPTLY + ", expected " + expected
                        + "; the slow one got " + slowRequests);
            }
            Thread.sleep(50);
        }
    }

    private void subscribe(Settings settings, Topics topics, String id) throws Exception {
        Topic<String, Subscription> subscriptions = topics.subscriptions();
        try (KafkaProducer<String, Subscription> producer = new KafkaProducer<>(settings.asClientConfig(),
                subscriptions.keySerde().serializer(), subscriptions.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(subscriptions.name(), id, Subscription.newBuilder().setId(id)
                    .setWebhookUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/" + id).build())).get();
        }
    }

    private static void publish(Settings settings, Topics topics, List<ProducerRecord<String, Alert>> records)
            throws Exception {
        Topic<String, Alert> deliveries = topics.deliveries();
        try (KafkaProducer<String, Alert> producer = new KafkaProducer<>(settings.asClientConfig(),
                deliveries.keySerde().serializer(), deliveries.valueSerde().serializer())) {
            for (ProducerRecord<String, Alert> record : records) {
                producer.send(record).get();
            }
        }
    }

    private static String alertIn(Topics topics, DeadLetter letter) {
        return topics.deliveries().valueSerde().deserializer().deserialize(Topics.DELIVERIES,
                letter.getValue().array()).getAlertId();
    }

    private static Alert alert(String id) {
        Instant time = Instant.parse("2024-08-14T12:10:00Z");
        return Alert.newBuilder().setAlertId(id).setStoryId("story-cw-0811-amnesty").setKind("NEW_DEVELOPMENT")
                .setEventType("REJECT").setEntities(List.of()).setEvidence(List.of())
                .setSummary("REJECT: Nicolás Maduro → United States").setFirstReportedAt(time).setDetectedAt(time)
                .build();
    }
}
