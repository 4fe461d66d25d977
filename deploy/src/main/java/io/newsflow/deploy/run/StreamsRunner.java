package io.newsflow.deploy.run;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.streams.KafkaStreams;

/** Starts Kafka Streams applications, waits until they run, and closes them together. */
public final class StreamsRunner implements AutoCloseable {
    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(30);

    private final List<KafkaStreams> apps = new ArrayList<>();

    public StreamsRunner start(List<KafkaStreams> streams) {
        for (KafkaStreams app : streams) {
            apps.add(app);
            app.start();
        }
        awaitRunning();
        return this;
    }

    public List<KafkaStreams> apps() {
        return List.copyOf(apps);
    }

    private void awaitRunning() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (!apps.stream().allMatch(app -> app.state() == KafkaStreams.State.RUNNING)) {
            if (apps.stream().anyMatch(app -> app.state() == KafkaStreams.State.ERROR
                    || app.state() == KafkaStreams.State.NOT_RUNNING)) {
                throw new IllegalStateException("a Kafka Streams application stopped while starting; see the log above");
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("Kafka Streams did not reach RUNNING within "
                        + START_TIMEOUT.toSeconds() + " s; is the broker at bootstrap.servers reachable?");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while starting", e);
            }
        }
    }

    @Override
    public void close() {
        apps.forEach(app -> app.close(CLOSE_TIMEOUT));
    }
}
