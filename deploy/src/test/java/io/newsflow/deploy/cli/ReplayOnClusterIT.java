package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.deploy.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code replay} against a cluster that outlives it: the second replay of one file must end too. */
class ReplayOnClusterIT {
    @TempDir
    Path work;

    @Test
    void replayingAFileTheClusterAlreadyHoldsEndsAndSaysItsArticlesWereThereAlready() throws IOException {
        Path input = work.resolve("timeline.jsonl");
        try (InputStream in = ReplayOnClusterIT.class.getResourceAsStream("/io/newsflow/demo/timeline.jsonl")) {
            Files.copy(in, input);
        }
        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().start()) {
            CliRun first = CliRun.of("replay", "-b", broker.bootstrapServers(), "--input", input.toString(),
                    "--output", work.resolve("first").toString(), "--timeout", "3m", "-D", "metrics.port=0");
            assertEquals(0, first.exitCode(), first.out() + first.err());
            assertTrue(first.out().contains("enriched 8, duplicates 1"), first.out());

            CliRun again = CliRun.of("replay", "-b", broker.bootstrapServers(), "--input", input.toString(),
                    "--output", work.resolve("again").toString(), "--timeout", "3m", "-D", "metrics.port=0");
            assertEquals(0, again.exitCode(), again.out() + again.err());
            assertTrue(again.out().contains("enriched 0, duplicates 0, alerts 0"), again.out());
            assertTrue(again.out().contains("replay: 9 article(s) were already in the cluster (same ids)"),
                    again.out());
        }
    }
}
