package io.newsflow.deploy.run;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import io.newsflow.schemas.config.Settings;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A scratch directory for one local run (Kafka Streams state, copies of bundled files) and, unless the
 * user named a cluster, an embedded broker in it. Everything is removed on close.
 */
public final class LocalStack implements AutoCloseable {
    private final Path work;
    private final EmbeddedKafkaBroker broker;

    private LocalStack(Path work, EmbeddedKafkaBroker broker) {
        this.work = work;
        this.broker = broker;
    }

    /** @param brokerPort port for the embedded broker, or null to use the cluster in the settings */
    public static LocalStack create(Integer brokerPort, Path brokerDataDir) {
        try {
            Path work = Files.createTempDirectory("newsflow-");
            EmbeddedKafkaBroker broker = brokerPort == null ? null
                    : EmbeddedKafkaBroker.builder().port(brokerPort)
                    .dataDir(brokerDataDir != null ? brokerDataDir : work.resolve("kafka")).start();
            return new LocalStack(work, broker);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a scratch directory", e);
        }
    }

    /** The settings pointed at this stack: its broker (if any) and its own state directory. */
    public Settings apply(Settings settings) {
        Settings local = settings.with("state.dir", work.resolve("state").toString());
        return broker == null ? local : local.with("bootstrap.servers", broker.bootstrapServers());
    }

    public String bootstrapServers(Settings settings) {
        return broker == null ? settings.get("bootstrap.servers") : broker.bootstrapServers();
    }

    /** Copies a bundled resource into the scratch directory, for the commands that read files. */
    public Path copyResource(String resource, String fileName) {
        try (InputStream in = LocalStack.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled resource " + resource + " is missing from this build");
            }
            Path file = work.resolve(fileName);
            Files.copy(in, file, StandardCopyOption.REPLACE_EXISTING);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot copy " + resource, e);
        }
    }

    @Override
    public void close() {
        if (broker != null) {
            broker.close();
        }
        try (Stream<Path> paths = Files.walk(work)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot remove " + work, e);
        }
    }
}
