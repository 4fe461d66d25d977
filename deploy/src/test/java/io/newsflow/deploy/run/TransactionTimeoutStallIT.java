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
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The stall of a starved enrich, reproduced: a task whose transaction stays open longer than the producer's
 * {@code transaction.timeout.ms} (here a record that holds the stream thread after it was sent, as a starved
 * machine does to a whole batch) has it aborted by the broker, which bumps the producer's epoch; the task is
 * fenced, redoes the record as slowly and is fenced again, for ever, committing nothing. newsflow reports
 * that as a stall (/health/live and /health/ready 503), and its Streams default of a one-minute transaction
 * timeout lets the same slow record through.
 */
class TransactionTimeoutStallIT {
    private static final String INPUT = "txn.timeout.test.in";
    private static final String OUTPUT = "txn.timeout.test.out";
    private static final String APPLICATION_ID = "newsflow-txn-timeout-test";
    /** Longer than the short timeout below with the broker's abort check, far shorter than newsflow's default. */
    private static final Duration HOLD = Duration.ofSeconds(4);
    private static final Duration WAIT = Duration.ofSeconds(120);

    @TempDir
    Path stateDir;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aTransactionOutlastingItsTimeoutIsFencedOverAndOverAndHealthSaysStalled() throws Exception {
        try (EmbeddedKafkaBroker broker = startBroker()) {
            Settings settings = settings(broker).with("transaction.timeout.ms", "2000");
            try (Observability observability = Observability.serve("127.0.0.1", 0,
                    new StallWatch(settings.asClientConfig(), Duration.ofSeconds(3)));
                 StreamsRunner runner = new StreamsRunner().start(List.of(slowApplication(settings, observability)));
                 OutputReader committed = new OutputReader(broker, "read_committed");
                 OutputReader everything = new OutputReader(broker, "read_uncommitted")) {
                send(broker, "slow");
                assertTrue(awaitUntil(() -> everything.read() >= 2 && status(observability, "/health/live") == 503),
                        "the record was redone after its transaction was aborted, and health says stalled");
                assertEquals(0, committed.read(), "no attempt committed");
                assertEquals(503, status(observability, "/health/ready"));
            }
        }
    }

    @Test
    void newsflowsDefaultTimeoutLetsTheSameSlowTransactionCommitOnce() throws Exception {
        try (EmbeddedKafkaBroker broker = startBroker()) {
            Settings settings = settings(broker);
            try (Observability observability = Observability.serve("127.0.0.1", 0,
                    new StallWatch(settings.asClientConfig(), Duration.ofSeconds(3)));
                 StreamsRunner runner = new StreamsRunner().start(List.of(slowApplication(settings, observability)));
                 OutputReader committed = new OutputReader(broker, "read_committed");
                 OutputReader everything = new OutputReader(broker, "read_uncommitted")) {
                send(broker, "slow");
                assertTrue(awaitUntil(() -> committed.read() >= 1), "the slow record's transaction committed");
                assertEquals(1, everything.read(), "written once: no aborted attempt before it");
                assertTrue(awaitUntil(() -> status(observability, "/health/ready") == 200), "ready");
            }
        }
    }

    /** The broker looks for timed-out transactions twice a second instead of every 10 s, to keep the test short. */
    private static EmbeddedKafkaBroker startBroker() throws Exception {
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder()
                .brokerProperty("transaction.abort.timed.out.transaction.cleanup.interval.ms", "500").start();
        try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
            admin.createTopics(List.of(new NewTopic(INPUT, 1, (short) 1), new NewTopic(OUTPUT, 1, (short) 1)))
                    .all().get(30, TimeUnit.SECONDS);
        }
        return broker;
    }

    private Settings settings(EmbeddedKafkaBroker broker) {
        return Settings.defaults().with(Map.of("bootstrap.servers", broker.bootstrapServers(),
                "state.dir", stateDir.toString()));
    }

    private static KafkaStreams slowApplication(Settings settings, Observability observability) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(INPUT, Consumed.with(Serdes.String(), Serdes.String()).withName("read"))
                .process(SendThenHold::new, Named.as("send-then-hold"))
                .to(OUTPUT, Produced.with(Serdes.String(), Serdes.String()).withName("write"));
        Properties properties = StreamsDefaults.properties(settings, APPLICATION_ID, "txn-timeout-test");
        KafkaStreams app = StreamsDefaults.create(builder.build(properties), properties);
        observability.watch("txn-timeout-test", app, APPLICATION_ID);
        return app;
    }

    /** Sends the record on, which opens the task's transaction, then keeps the stream thread busy. */
    private static final class SendThenHold implements Processor<String, String, String, String> {
        private ProcessorContext<String, String> context;

        @Override
        public void init(ProcessorContext<String, String> context) {
            this.context = context;
        }

        @Override
        public void process(Record<String, String> record) {
            context.forward(record);
            try {
                Thread.sleep(HOLD.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    /** Counts the records on the output topic, as a consumer of the given isolation level sees them. */
    private static final class OutputReader implements AutoCloseable {
        private final KafkaConsumer<String, String> consumer;
        private int count;

        OutputReader(EmbeddedKafkaBroker broker, String isolation) {
            consumer = new KafkaConsumer<>(Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers(),
                    ConsumerConfig.CLIENT_ID_CONFIG, "txn-timeout-reader-" + UUID.randomUUID(),
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, isolation),
                    new StringDeserializer(), new StringDeserializer());
            TopicPartition output = new TopicPartition(OUTPUT, 0);
            consumer.assign(List.of(output));
            consumer.seekToBeginning(List.of(output));
        }

        int read() {
            count += consumer.poll(Duration.ofMillis(200)).count();
            return count;
        }

        @Override
        public void close() {
            consumer.close();
        }
    }

    private static void send(EmbeddedKafkaBroker broker, String value) throws Exception {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(Map.of(
                ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrapServers()),
                new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(INPUT, value, value)).get(30, TimeUnit.SECONDS);
        }
    }

    /** Checks {@code condition} until it holds; false if it did not within the limit. */
    private static boolean awaitUntil(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(250);
        }
        return true;
    }

    private int status(Observability observability, String path) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + observability.port() + path))
                    .build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new IllegalStateException("cannot ask " + path, e);
        }
    }
}
