package io.newsflow.deploy.alerts;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** A newsflow command in its own JVM, so a test can kill it the hard way (no shutdown hooks, no clean close). */
public final class ChildNewsflow implements AutoCloseable {
    private final Process process;
    private final Path log;

    private ChildNewsflow(Process process, Path log) {
        this.process = process;
        this.log = log;
    }

    static ChildNewsflow start(Path log, String... args) throws IOException {
        return start(log, Map.of(), args);
    }

    /** @param environment variables added to this JVM's environment, such as NEWSFLOW_* settings */
    public static ChildNewsflow start(Path log, Map<String, String> environment, String... args) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add("io.newsflow.deploy.cli.NewsflowCli");
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        return new ChildNewsflow(builder.start(), log);
    }

    /** Waits for the command to end by itself and returns its exit code, or kills it and fails after the limit. */
    public int exitCode(Duration limit) throws InterruptedException {
        if (!process.waitFor(limit.toMillis(), TimeUnit.MILLISECONDS)) {
            kill();
            throw new AssertionError("the command still ran after " + limit);
        }
        return process.exitValue();
    }

    /** Waits until the command has printed {@code text} to its log; false if it did not within the timeout. */
    public boolean awaitOutput(String text, Duration timeout) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return true;
            }
            Thread.sleep(200);
        }
        return false;
    }

    /** SIGKILL: the process gets no chance to commit, flush or close anything. */
    public void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            process.destroy();
            process.waitFor();
        }
    }
}
