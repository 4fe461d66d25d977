package io.newsflow.deploy.bench;

import io.newsflow.deploy.cli.CliError;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

/**
 * One stage running in a child JVM of this bench (same Java, same class path), its output in a log file
 * of the work directory. It tells the bench its /metrics port through a file once its app runs.
 */
final class ChildStage implements AutoCloseable {
    private static final Duration START_LIMIT = Duration.ofMinutes(3);
    private static final Duration STOP_LIMIT = Duration.ofSeconds(60);

    private final Stage stage;
    private final Process process;
    private final Path log;
    private final int metricsPort;
    private long peakHeapBytes;
    private final Map<String, Long> lastCounts = new HashMap<>();

    private ChildStage(Stage stage, Process process, Path log, int metricsPort) {
        this.stage = stage;
        this.process = process;
        this.log = log;
        this.metricsPort = metricsPort;
    }

    /**
     * Starts the stage with these settings plus its own state directory and a free metrics port, and waits
     * until its Kafka Streams application runs.
     */
    static ChildStage start(Stage stage, Settings settings, Path workDir) throws IOException, InterruptedException {
        String name = stage.name().toLowerCase(Locale.ROOT);
        Path settingsFile = workDir.resolve(name + ".properties");
        Path ready = workDir.resolve(name + ".port");
        Path log = workDir.resolve(name + ".log");
        Files.deleteIfExists(ready);
        writeSettings(settings.with(Map.of("state.dir", workDir.resolve("state-" + name).toString(),
                "metrics.host", "127.0.0.1", "metrics.port", "0")), settingsFile);
        List<String> command = command(jvmOptions(System.getenv("NEWSFLOW_JAVA_OPTS")), stage, settingsFile, ready);
        Process process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        long deadline = System.nanoTime() + START_LIMIT.toNanos();
        while (!Files.exists(ready)) {
            if (!process.isAlive()) {
                throw new CliError(stage.label() + " could not start (exit " + process.exitValue() + "); see " + log);
            }
            if (System.nanoTime() > deadline) {
                process.destroyForcibly();
                throw new CliError(stage.label() + " did not start within " + START_LIMIT.toMinutes()
                        + " minutes; see " + log);
            }
            Thread.sleep(100);
        }
        return new ChildStage(stage, process, log, Integer.parseInt(Files.readString(ready).strip()));
    }

    /**
     * The stage's java command: this JVM's java and class path, and the launcher's JVM options, so that a heap
     * or garbage-collector choice made with {@code NEWSFLOW_JAVA_OPTS} is what the stages are measured with.
     */
    static List<String> command(List<String> jvmOptions, Stage stage, Path settingsFile, Path ready) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), StageProcess.class.getName(),
                stage.name(), settingsFile.toString(), ready.toString()));
        return command;
    }

    /** {@code NEWSFLOW_JAVA_OPTS} split the way the launcher's shell splits it: on white space. */
    static List<String> jvmOptions(String variable) {
        if (variable == null || variable.isBlank()) {
            return List.of();
        }
        return List.of(variable.strip().split("\\s+"));
    }

    /** Settings go through a file, not the command line, so credentials in them are not shown by ps. */
    private static void writeSettings(Settings settings, Path file) {
        Properties properties = settings.asProperties();
        try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            properties.store(out, "newsflow bench stage settings");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }

    Duration cpu() {
        return ProcessUsage.cpu(process.toHandle());
    }

    Duration compilerCpu() {
        return ProcessUsage.compilerCpu(process.toHandle());
    }

    OptionalLong peakResidentBytes() {
        return ProcessUsage.peakResidentBytes(process.toHandle());
    }

    /** Reads the heap in use now and keeps the highest value seen. */
    void sampleHeap() {
        MetricsScrape.heapUsed(metricsPort).ifPresent(used -> peakHeapBytes = Math.max(peakHeapBytes, used));
    }

    /**
     * A counter of the stage's /metrics, summed over its labels; the last value read when a scrape fails, so
     * a slow answer under load does not make the count go back.
     */
    long counter(String name) {
        MetricsScrape.counter(metricsPort, name).ifPresent(value -> lastCounts.merge(name, value, Math::max));
        return lastCounts.getOrDefault(name, 0L);
    }

    long peakHeapBytes() {
        return peakHeapBytes;
    }

    /** Fails the bench, naming the log, when the stage's process has ended by itself. */
    void requireAlive() {
        if (!process.isAlive()) {
            throw new CliError(stage.label() + " stopped by itself (exit " + process.exitValue() + "); see " + log);
        }
    }

    Stage stage() {
        return stage;
    }

    long pid() {
        return process.pid();
    }

    String label() {
        return stage.label();
    }

    Path log() {
        return log;
    }

    /** SIGTERM, so the app closes cleanly and commits; killed if it has not ended after a minute. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(STOP_LIMIT.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}
