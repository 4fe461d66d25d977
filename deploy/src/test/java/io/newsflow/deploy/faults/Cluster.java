package io.newsflow.deploy.faults;

import io.newsflow.deploy.alerts.ChildNewsflow;
import io.newsflow.deploy.run.TopicSetup;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.GroupOffsets;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * A newsflow cluster of separate JVMs on one machine: the broker, enrich instances and an alerts
 * instance, each a {@code newsflow} command that a scenario can kill the hard way (SIGKILL) and start
 * again on the same data and state directories.
 */
final class Cluster implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofSeconds(90);
    private static final int START_ATTEMPTS = 3;

    private final Path work;
    private final int port;
    private final Map<String, ChildNewsflow> services = new LinkedHashMap<>();
    private ChildNewsflow broker;
    private int starts;

    Cluster(Path work) throws IOException {
        this.work = work;
        this.port = freePort();
    }

    String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    Settings settings() {
        return Settings.defaults().with(Map.of("bootstrap.servers", bootstrapServers()));
    }

    Topics topics() {
        return Topics.configure(settings().asClientConfig());
    }

    /**
     * Starts the broker (again, on the same data directory after a kill) and waits until it serves. Each
     * start logs to a file of its own: in a shared one, a restart would find the first start's "ready" line
     * and go on before the broker is back.
     */
    void startBroker() throws IOException, InterruptedException {
        Path log = work.resolve("broker-" + ++starts + ".log");
        broker = ChildNewsflow.start(log, Map.of(), "broker", "--port", String.valueOf(port),
                "--data-dir", work.resolve("kafka").toString());
        if (!broker.awaitOutput("Kafka broker ready", START_LIMIT)) {
            throw new IllegalStateException("the broker did not start: " + tail(log));
        }
        Settings settings = settings();
        TopicSetup.ensure(settings, Topics.configure(settings.asClientConfig()), List.of());
    }

    void killBroker() throws InterruptedException {
        broker.kill();
    }

    /** Starts an enrich instance named {@code name}; its state directory is its own and outlives a kill. */
    void startEnrich(String name) throws IOException, InterruptedException {
        start(name, "enrich");
    }

    void startAlerts(String name) throws IOException, InterruptedException {
        start(name, "alerts");
    }

    /**
     * Starts the service and waits until it says it runs. On a loaded machine its 6 s reachability check
     * can fail although the broker serves (seen at a load average of 47): such a start is tried again.
     */
    private void start(String name, String command) throws IOException, InterruptedException {
        Path log = null;
        for (int attempt = 1; attempt <= START_ATTEMPTS; attempt++) {
            // A log of each start's own, so that what an earlier run of the service printed is not read as this one's.
            log = work.resolve(name + "-" + ++starts + ".log");
            ChildNewsflow service = ChildNewsflow.start(log, Map.of(), command,
                    "-b", bootstrapServers(), "-D", "state.dir=" + work.resolve("state-" + name),
                    "-D", "metrics.port=0", "-D", "session.timeout.ms=6000");
            long deadline = System.nanoTime() + START_LIMIT.toNanos();
            while (service.isAlive() && System.nanoTime() < deadline) {
                if (service.awaitOutput("service is running", Duration.ofSeconds(1))) {
                    services.put(name, service);
                    return;
                }
            }
            service.kill();
        }
        throw new IllegalStateException(name + " did not start: " + tail(log));
    }

    /** SIGKILL: no commit, no flush, no leaving the group. */
    void kill(String name) throws InterruptedException {
        services.remove(name).kill();
    }

    /** Deletes the state directory of the (killed) instance {@code name}, as a lost disk would. */
    void wipeState(String name) throws IOException {
        Path state = work.resolve("state-" + name);
        if (Files.exists(state)) {
            try (var paths = Files.walk(state)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    /** A clean stop (SIGTERM, shutdown hooks run): the instance leaves its group. */
    void stop(String name) throws InterruptedException {
        services.remove(name).close();
    }

    /**
     * Whether consumer group {@code groupId} has committed the end of every partition of {@code topics}:
     * a service that lags has not written all it will, however quiet its output looks.
     */
    boolean caughtUp(String groupId, List<String> topics) {
        Duration limit = Duration.ofSeconds(5);
        try (Admin admin = Admin.create(settings().asClientConfig())) {
            List<TopicPartition> partitions = admin.describeTopics(topics).allTopicNames()
                    .get(limit.toSeconds(), TimeUnit.SECONDS).values().stream()
                    .flatMap(description -> description.partitions().stream()
                            .map(info -> new TopicPartition(description.name(), info.partition())))
                    .toList();
            Map<TopicPartition, Long> ends = GroupOffsets.offsets(admin, partitions, OffsetSpec.latest(), limit);
            Map<TopicPartition, Long> committed = GroupOffsets.committed(admin, groupId, limit);
            return partitions.stream().allMatch(partition -> committed.getOrDefault(partition, 0L) >= ends.get(partition));
        } catch (Exception e) {
            return false;
        }
    }

    /** The last lines every process logged, for a failure message. */
    String logs() throws IOException {
        StringBuilder text = new StringBuilder();
        try (var files = Files.list(work)) {
            for (Path log : files.filter(path -> path.toString().endsWith(".log")).sorted().toList()) {
                text.append("\n--- ").append(log.getFileName()).append('\n').append(tail(log));
            }
        }
        return text.toString();
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.exists(log) ? Files.readAllLines(log) : List.of();
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 15), lines.size()));
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws InterruptedException {
        for (ChildNewsflow service : services.values()) {
            service.kill();
        }
        services.clear();
        if (broker != null) {
            broker.close();
        }
    }
}
