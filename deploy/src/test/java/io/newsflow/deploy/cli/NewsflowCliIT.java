package io.newsflow.deploy.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class NewsflowCliIT {
    private record Run(int exitCode, String out, String err) {
    }

    private static Run run(String... args) {
        PrintStream originalOut = System.out;
        PrintStream originalErr = System.err;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try {
            System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            int exit = NewsflowCli.execute(args);
            return new Run(exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
        } finally {
            System.setOut(originalOut);
            System.setErr(originalErr);
        }
    }

    @Test
    void demoOnceRoundTripsTheSamplesThroughARealBroker() {
        Run run = run("demo", "--once", "--port", "0");

        assertEquals(0, run.exitCode(), run.err());
        assertTrue(run.out().contains("Round trip done: 9 produced, 9 read back from news.articles.raw.v1"), run.out());
        assertTrue(run.out().contains("Maduro rejects U.S. amnesty offer"), run.out());
    }

    @Test
    void everyCommandHasHelp() {
        for (String command : new String[] {"broker", "demo"}) {
            Run run = run(command, "--help");
            assertEquals(0, run.exitCode(), command);
            assertTrue(run.out().contains("Usage: newsflow " + command), run.out());
        }
    }

    @Test
    void wrongUseSaysWhatIsWrongAndExitsNonZero() {
        Run unknown = run("frobnicate");
        assertEquals(2, unknown.exitCode());
        assertTrue(unknown.err().contains("frobnicate"), unknown.err());

        Run noCommand = run();
        assertEquals(2, noCommand.exitCode());
        assertTrue(noCommand.err().contains("name a command"), noCommand.err());

        Run badPort = run("demo", "--port", "ninety");
        assertEquals(2, badPort.exitCode());
        assertTrue(badPort.err().contains("--port"), badPort.err());
    }
}
