package io.newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class ProgressReporterTest {

    /** A clock the test moves by hand. */
    private static final class ManualClock extends Clock {
        private Instant now = Instant.parse("2025-06-01T12:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void reportsAtMostOncePerInterval() {
        ManualClock clock = new ManualClock();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ProgressReporter progress = new ProgressReporter(clock, Duration.ofSeconds(10),
                new PrintStream(out, true, StandardCharsets.UTF_8));
        IngestSummary summary = new IngestSummary();
        summary.countRead();

        progress.maybeReport(summary);
        clock.now = clock.now.plusSeconds(10);
        progress.maybeReport(summary);
        clock.now = clock.now.plusSeconds(3);
        progress.maybeReport(summary);

        assertEquals("ingest progress: read 1, published 0, rejected 0\n", out.toString(StandardCharsets.UTF_8));
    }
}
