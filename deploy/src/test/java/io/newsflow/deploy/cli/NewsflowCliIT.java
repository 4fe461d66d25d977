package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewsflowCliIT {
    private static CliRun run(String... args) {
        return CliRun.of(args);
    }

    @Test
    void demoOnceRunsTheWholePipelineAndPrintsTheAlertsForPeople() {
        CliRun run = run("demo", "--once", "--port", "0", "-D", "metrics.port=0");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("ingest: read 9, published 9, rejected 0"), run.out());
        assertTrue(run.out().contains("▶ NEW DEVELOPMENT · REJECT"), run.out());
        assertTrue(run.out().contains("evidence: Caribbean Wire — \"Maduro rejects U.S. amnesty offer"), run.out());
        assertTrue(run.out().contains("Demo processed: 9 articles published; 7 alerts."), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"demo", "replay", "broker", "ingest", "enrich", "alerts", "tag",
            "subscriptions"}) {
            CliRun run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: newsflow " + command), run.out());
        }
    }

    @Test
    void wrongUseSaysWhatIsWrongAndExitsNonZero() {
        CliRun unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());

        CliRun noCommand = run();
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().contains("name a command"), noCommand.err());

        CliRun badPort = run("demo", "--port", "ninety");
        assertEquals(2, badPort.exitCode());
        assertTrue(badPort.err().contains("--port"), badPort.err());
    }
}
