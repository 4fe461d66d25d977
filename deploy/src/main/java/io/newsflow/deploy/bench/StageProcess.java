package io.newsflow.deploy.bench;

import io.newsflow.deploy.run.CtrlC;
import io.newsflow.deploy.run.Observability;
import io.newsflow.deploy.run.StreamsRunner;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.streams.KafkaStreams;

/**
 * The main class of a bench stage's own JVM, so that the process's CPU time and memory are the stage's
 * alone. Arguments: the stage, a settings file, and a file to write the /metrics port to once the
 * application runs (the bench waits for it). Runs until the bench stops it (SIGTERM closes it cleanly).
 */
public final class StageProcess {
    private StageProcess() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        Stage stage = Stage.valueOf(args[0]);
        Settings settings = Settings.load(Path.of(args[1]), Map.of(), Map.of());
        Path ready = Path.of(args[2]);
        // A stage must not outlive the bench, however the bench ended (Ctrl-C, a kill): exiting runs the
        // shutdown hook below, which closes the app.
        ProcessHandle.current().parent().ifPresent(bench -> bench.onExit().thenRun(() -> System.exit(0)));
        KafkaStreams app = stage.create(settings, Topics.configure(settings.asClientConfig()));
        Observability observability = Observability.serve(settings);
        observability.watch(stage.applicationId(), app, stage.applicationId());
        StreamsRunner runner = new StreamsRunner().start(List.of(app));
        Path written = Files.writeString(ready.resolveSibling(ready.getFileName() + ".tmp"),
                String.valueOf(observability.port()));
        Files.move(written, ready);
        CtrlC.await("bench stage " + stage, () -> {
            runner.close();
            observability.close();
        });
    }
}
