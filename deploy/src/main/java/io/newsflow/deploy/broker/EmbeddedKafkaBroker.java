package io.newsflow.deploy.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import kafka.tools.StorageTool;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.common.utils.Time;

/**
 * A real single-node Kafka broker (KRaft, combined broker and controller) running inside this JVM, from
 * Kafka's own server classes. Its storage is formatted on first start only, so starting again on the same
 * data directory keeps every topic and record. Serves {@code newsflow demo}, {@code newsflow broker} and
 * the integration tests; production uses any Kafka cluster instead.
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {
    private static final Duration READY_TIMEOUT = Duration.ofSeconds(60);

    private final String host;
    private final int port;
    private final int controllerPort;
    private final Path dataDir;
    private final boolean deleteOnClose;
    private final KafkaRaftServer server;
    private boolean closed;

    private EmbeddedKafkaBroker(Builder builder) throws IOException {
        this.host = builder.host;
        this.port = builder.port == 0 ? freePort(builder.host) : builder.port;
        this.controllerPort = builder.controllerPort == 0 ? freePort(builder.host) : builder.controllerPort;
        this.deleteOnClose = builder.dataDir == null;
        this.dataDir = builder.dataDir == null ? Files.createTempDirectory("newsflow-kafka-") : builder.dataDir;
        Files.createDirectories(dataDir);
        Properties config = serverProperties(builder.overrides);
        formatStorageOnce(config);
        this.server = new KafkaRaftServer(KafkaConfig.fromProps(config, false), Time.SYSTEM);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** {@code host:port} for clients' {@code bootstrap.servers}. */
    public String bootstrapServers() {
        return host + ":" + port;
    }

    public int port() {
        return port;
    }

    private EmbeddedKafkaBroker startAndAwaitReady() {
        RetriedSequenceErrors.install();
        server.startup();
        awaitReady();
        return this;
    }

    private void awaitReady() {
        long deadline = System.nanoTime() + READY_TIMEOUT.toNanos();
        Map<String, Object> adminConfig = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, 5_000,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, 10_000);
        try (Admin admin = Admin.create(adminConfig)) {
            while (true) {
                try {
                    if (!admin.describeCluster().nodes().get(10, TimeUnit.SECONDS).isEmpty()) {
                        return;
                    }
                } catch (Exception notYet) {
                    if (System.nanoTime() > deadline) {
                        close();
                        throw new IllegalStateException("embedded Kafka broker on " + bootstrapServers()
                                + " did not become ready within " + READY_TIMEOUT.toSeconds() + " s", notYet);
                    }
                }
                sleep(200);
            }
        }
    }

    /** Stops the broker cleanly; a temporary data directory is deleted, a given one is kept. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        if (deleteOnClose) {
            deleteRecursively(dataDir);
        }
    }

    private Properties serverProperties(Map<String, String> overrides) {
        Properties properties = new Properties();
        properties.put("process.roles", "broker,controller");
        properties.put("node.id", "1");
        properties.put("controller.quorum.voters", "1@" + host + ":" + controllerPort);
        properties.put("listeners", "PLAINTEXT://" + host + ":" + port + ",CONTROLLER://" + host + ":" + controllerPort);
        properties.put("advertised.listeners", "PLAINTEXT://" + host + ":" + port);
        properties.put("listener.security.protocol.map", "PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT");
        properties.put("controller.listener.names", "CONTROLLER");
        properties.put("inter.broker.listener.name", "PLAINTEXT");
        properties.put("log.dirs", dataDir.resolve("logs").toString());
        // A single node must not wait for replicas it will never have: without these, consumer groups
        // silently read nothing and exactly-once transactions cannot start.
        properties.put("offsets.topic.replication.factor", "1");
        properties.put("offsets.topic.num.partitions", "3");
        properties.put("transaction.state.log.replication.factor", "1");
        properties.put("transaction.state.log.min.isr", "1");
        properties.put("transaction.state.log.num.partitions", "3");
        properties.put("share.coordinator.state.topic.replication.factor", "1");
        properties.put("share.coordinator.state.topic.min.isr", "1");
        properties.put("group.initial.rebalance.delay.ms", "0");
        properties.put("num.partitions", "1");
        // The cleaner's default 128 MiB buffer is sized for production brokers, not one inside an app.
        properties.put("log.cleaner.dedupe.buffer.size", String.valueOf(4 * 1024 * 1024));
        properties.putAll(overrides);
        return properties;
    }

    private void formatStorageOnce(Properties config) throws IOException {
        if (Files.exists(dataDir.resolve("logs").resolve("meta.properties"))) {
            return;
        }
        Path configFile = dataDir.resolve("server.properties");
        try (Writer writer = Files.newBufferedWriter(configFile, StandardCharsets.UTF_8)) {
            config.store(writer, "newsflow embedded broker");
        }
        ByteArrayOutputStream output = new ByteArrayOutputStream();
        int exit = StorageTool.execute(new String[] {"format", "-t", Uuid.randomUuid().toString(),
            "-c", configFile.toString()}, new PrintStream(output, true, StandardCharsets.UTF_8));
        if (exit != 0) {
            throw new IllegalStateException("formatting Kafka storage in " + dataDir + " failed: "
                    + output.toString(StandardCharsets.UTF_8));
        }
    }

    private static int freePort(String host) throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the broker", e);
        }
    }

    private static void deleteRecursively(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + dir, e);
        }
    }

    /** Port 0 means "pick a free one"; no data directory means a temporary one, deleted on close. */
    public static final class Builder {
        private String host = "127.0.0.1";
        private int port;
        private int controllerPort;
        private Path dataDir;
        private final Map<String, String> overrides = new LinkedHashMap<>();

        public Builder host(String host) {
            this.host = host;
            return this;
        }

        public Builder port(int port) {
            this.port = port;
            return this;
        }

        public Builder controllerPort(int controllerPort) {
            this.controllerPort = controllerPort;
            return this;
        }

        public Builder dataDir(Path dataDir) {
            this.dataDir = dataDir;
            return this;
        }

        /** Any broker property, e.g. {@code log.retention.hours}. */
        public Builder brokerProperty(String key, String value) {
            overrides.put(key, value);
            return this;
        }

        public EmbeddedKafkaBroker start() {
            try {
                return new EmbeddedKafkaBroker(this).startAndAwaitReady();
            } catch (IOException e) {
                throw new UncheckedIOException("cannot prepare the embedded broker's data directory", e);
            }
        }
    }
}
