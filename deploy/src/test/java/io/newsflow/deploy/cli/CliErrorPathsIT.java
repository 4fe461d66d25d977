package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.alerts.ChildNewsflow;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a newcomer meets when something is wrong before any article flows: each command says what is
 * wrong and what to do next within seconds, with exit 1 for a failure and 2 for wrong use, and without
 * a stack trace unless asked for with --verbose.
 */
class CliErrorPathsIT {
    /** The promise to a person at a terminal, with room for a loaded CI machine. */
    private static final Duration PROMPT = Duration.ofSeconds(12);

    @TempDir
    Path dir;

    @Test
    void everyCommandThatConnectsSaysWithinSecondsThatNoBrokerListens() throws IOException {
        String nowhere = "127.0.0.1:" + closedPort();
        Path article = articleFile();
        Path subscriptions = dir.resolve("subscriptions.yaml");
        Files.writeString(subscriptions, "subscriptions:\n  - id: desk\n    entities: [person:nicolas-maduro]\n");
        Path entities = dir.resolve("entities.yaml");
        Files.writeString(entities, "entities:\n  - {id: org:awa, type: ORGANIZATION, name: Andean Water Authority}\n");
        List<String[]> commands = List.of(
                new String[] {"ingest", "-b", nowhere, "--file", article.toString()},
                new String[] {"subscriptions", "apply", subscriptions.toString(), "-b", nowhere},
                new String[] {"subscriptions", "remove", "desk", "-b", nowhere},
                new String[] {"enrich", "-b", nowhere, "-D", "metrics.port=0"},
                new String[] {"alerts", "-b", nowhere, "-D", "metrics.port=0"},
                new String[] {"alerts", "--subscriptions", subscriptions.toString(), "-b", nowhere,
                    "-D", "metrics.port=0"},
                new String[] {"entities", "apply", entities.toString(), "-b", nowhere},
                new String[] {"entities", "remove", "org:awa", "-b", nowhere},
                new String[] {"entities", "list", "-b", nowhere},
                new String[] {"replay", "-b", nowhere, "--input", article.toString(), "--output",
                    dir.resolve("out").toString()});
        for (String[] command : commands) {
            TimedRun run = TimedRun.of(command);
            String what = String.join(" ", command) + " printed: " + run.result.err();
            assertEquals(1, run.result.exitCode(), what);
            assertTrue(run.result.err().contains("cannot reach Kafka at " + nowhere + " (" + nowhere
                    + ": connection refused); is the broker running? './newsflow broker' starts one"), what);
            assertNoStackTrace(run.result.err());
            assertTrue(run.took.compareTo(PROMPT) < 0, what + " took " + run.took);
        }
    }

    @Test
    void anUnknownHostIsNamed() {
        CliRun run = CliRun.of("ingest", "-b", "no-such-broker.invalid:9092", "--file", articleFile().toString());
        assertEquals(1, run.exitCode(), run.err());
        assertTrue(run.err().contains("unknown host no-such-broker.invalid"), run.err());
    }

    @Test
    void aListenerThatIsNotKafkaIsToldApartFromNoListenerInSeconds() throws IOException {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<Socket> accepted = new ArrayList<>();
            Thread acceptor = new Thread(() -> {
                try {
                    while (!silent.isClosed()) {
                        accepted.add(silent.accept());
                    }
                } catch (IOException closed) {
                    accepted.forEach(CliErrorPathsIT::closeQuietly);
                }
            }, "silent-listener");
            acceptor.setDaemon(true);
            acceptor.start();

            TimedRun run = TimedRun.of("subscriptions", "remove", "desk", "-b", "127.0.0.1:" + silent.getLocalPort());

            assertEquals(1, run.result.exitCode(), run.result.err());
            assertTrue(run.result.err().contains("did not answer as a Kafka broker"), run.result.err());
            assertTrue(run.took.compareTo(PROMPT) < 0, "took " + run.took);
        }
    }

    @Test
    void inputsAreCheckedBeforeConnectingAndNamed() throws IOException {
        String nowhere = "127.0.0.1:" + closedPort();
        Path missing = dir.resolve("missing.jsonl");

        CliRun noFile = CliRun.of("ingest", "-b", nowhere, "--file", missing.toString());
        assertEquals(1, noFile.exitCode(), noFile.err());
        assertTrue(noFile.err().contains("cannot read --file " + missing + ": no such file"), noFile.err());
        assertFalse(noFile.err().contains("Kafka"), "the file is the first problem: " + noFile.err());

        CliRun folderAsFile = CliRun.of("ingest", "-b", nowhere, "--file", dir.toString());
        assertTrue(folderAsFile.err().contains("it is a directory (use --dir for folders)"), folderAsFile.err());

        CliRun noDir = CliRun.of("ingest", "-b", nowhere, "--dir", dir.resolve("nope").toString());
        assertTrue(noDir.err().contains("cannot read --dir " + dir.resolve("nope") + ": no such directory"),
                noDir.err());

        Path badSubscriptions = dir.resolve("bad.yaml");
        Files.writeString(badSubscriptions, "subscriptions: [");
        CliRun badYaml = CliRun.of("subscriptions", "apply", badSubscriptions.toString(), "-b", nowhere);
        assertEquals(1, badYaml.exitCode(), badYaml.err());
        assertTrue(badYaml.err().contains(badSubscriptions.toString()), badYaml.err());
        assertFalse(badYaml.err().contains("cannot reach Kafka"), badYaml.err());

        Path badEntities = dir.resolve("bad-entities.yaml");
        Files.writeString(badEntities, "entities:\n  - {id: org:awa, type: PLANET, name: Awa}\n");
        CliRun badEntity = CliRun.of("entities", "apply", badEntities.toString(), "-b", nowhere);
        assertEquals(1, badEntity.exitCode(), badEntity.err());
        assertTrue(badEntity.err().contains("type: 'PLANET' is not an entity type"), badEntity.err());
        assertFalse(badEntity.err().contains("cannot reach Kafka"), badEntity.err());

        CliRun badStartFile = CliRun.of("alerts", "--subscriptions", badSubscriptions.toString(), "-b", nowhere);
        assertEquals(1, badStartFile.exitCode(), badStartFile.err());
        assertTrue(badStartFile.err().contains(badSubscriptions + " is not valid YAML"), badStartFile.err());
        assertFalse(badStartFile.err().contains("cannot reach Kafka"), badStartFile.err());

        CliRun noInput = CliRun.of("replay", "-b", nowhere, "--input", missing.toString(), "--output", dir.toString());
        assertTrue(noInput.err().contains("cannot read --input " + missing + ": no such file"), noInput.err());
    }

    @Test
    void aWebhookToAnInternalAddressIsRefusedAtApplyUnlessAnOperatorAllowsItsRange() throws IOException {
        String nowhere = "127.0.0.1:" + closedPort();
        Path file = dir.resolve("internal-hook.yaml");
        Files.writeString(file, "subscriptions:\n  - id: desk\n    entities: [person:nicolas-maduro]\n"
                + "    webhook: http://169.254.169.254/latest/meta-data/\n");

        CliRun refused = CliRun.of("subscriptions", "apply", file.toString(), "-b", nowhere);
        assertEquals(1, refused.exitCode(), refused.err());
        assertTrue(refused.err().contains(file + ": subscription 'desk': webhook: http://169.254.169.254/latest/"
                + "meta-data/ resolves to 169.254.169.254, a link-local address"), refused.err());
        assertFalse(refused.err().contains("cannot reach Kafka"), "refused before connecting: " + refused.err());

        CliRun allowed = CliRun.of("subscriptions", "apply", file.toString(), "-b", nowhere,
                "-D", "alerts.webhook.allow.private=169.254.0.0/16");
        assertTrue(allowed.err().contains("cannot reach Kafka"), "past the webhook check: " + allowed.err());
    }

    @Test
    void aMisspeltSettingIsReportedWithTheNearestOneWhileKafkaClientSettingsPassQuietly() throws IOException {
        CliRun run = CliRun.of("subscriptions", "remove", "desk", "-b", "127.0.0.1:" + closedPort(),
                "-D", "dedup.gracee=5s", "-D", "producer.linger.ms=5", "-D", "sasl.mechanism=PLAIN",
                "-D", "no.such.setting=1");

        assertTrue(run.err().contains("newsflow: unknown setting 'dedup.gracee' (from -D dedup.gracee); did you mean "
                + "'dedup.grace'? it is passed on to the Kafka clients unchanged"), run.err());
        assertTrue(run.err().contains("newsflow: unknown setting 'no.such.setting' (from -D no.such.setting); it is "
                + "passed on"), run.err());
        assertFalse(run.err().contains("'producer.linger.ms'") || run.err().contains("'sasl.mechanism'"), run.err());
    }

    @Test
    void portsOutsideTheRangeAreWrongUse() {
        for (String[] command : List.of(new String[] {"broker", "--port", "99999"},
                new String[] {"demo", "--port", "-1"}, new String[] {"broker", "--port", "ninety"})) {
            CliRun run = CliRun.of(command);
            assertEquals(2, run.exitCode(), run.err());
            assertTrue(run.err().contains("Invalid value for option '--port'")
                    && run.err().contains("is not a port number (0-65535"), run.err());
            assertNoStackTrace(run.err());
        }
    }

    @Test
    void replayUsesTheClusterNamedInTheEnvironmentOrTheConfigFileInsteadOfStartingItsOwn() throws Exception {
        String nowhere = "127.0.0.1:" + closedPort();
        Path article = articleFile();

        Path config = dir.resolve("cluster.properties");
        Files.writeString(config, "bootstrap.servers=" + nowhere + "\n");
        CliRun fromFile = CliRun.of("replay", "--config", config.toString(), "--input", article.toString(),
                "--output", dir.resolve("out").toString());
        assertEquals(1, fromFile.exitCode(), fromFile.out() + fromFile.err());
        assertTrue(fromFile.err().contains("cannot reach Kafka at " + nowhere), fromFile.err());

        Path log = dir.resolve("replay.log");
        try (ChildNewsflow replay = ChildNewsflow.start(log, Map.of("NEWSFLOW_BOOTSTRAP_SERVERS", nowhere),
                "replay", "--input", article.toString(), "--output", dir.resolve("out").toString())) {
            assertEquals(1, replay.exitCode(Duration.ofSeconds(60)), Files.readString(log));
        }
        assertTrue(Files.readString(log).contains("cannot reach Kafka at " + nowhere), Files.readString(log));
    }

    private Path articleFile() {
        try {
            Path file = dir.resolve("one.jsonl");
            Files.writeString(file, "{\"url\":\"https://example.org/a\",\"source\":\"Example\",\"title\":\"A title\","
                    + "\"body\":\"A body of text.\",\"publishedAt\":\"2024-08-11T14:00:00Z\"}\n");
            return file;
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertNoStackTrace(String err) {
        assertFalse(err.contains("\tat "), "no stack trace without --verbose: " + err);
    }

    /** A port on loopback that nothing listens on: bound once by us, then released. */
    private static int closedPort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // the test is over; the listener goes with it
        }
    }

    private record TimedRun(CliRun result, Duration took) {
        static TimedRun of(String... args) {
            long start = System.nanoTime();
            CliRun result = CliRun.of(args);
            return new TimedRun(result, Duration.ofNanos(System.nanoTime() - start));
        }
    }
}
