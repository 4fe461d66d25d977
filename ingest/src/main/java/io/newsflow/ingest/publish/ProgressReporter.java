package io.newsflow.ingest.publish;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** Prints the running totals now and then, so a long backfill shows it is alive and how fast it goes. */
public final class ProgressReporter {
    private final Clock clock;
    private final Duration every;
    private final PrintStream out;
    private Instant lastReport;

    public ProgressReporter(Clock clock, Duration every, PrintStream out) {
        this.clock = clock;
        this.every = every;
        this.out = out;
        this.lastReport = clock.instant();
    }

    /** Reports when at least {@code every} has passed since the last report. */
    public synchronized void maybeReport(IngestSummary summary) {
        Instant now = clock.instant();
        if (Duration.between(lastReport, now).compareTo(every) >= 0) {
            out.println("ingest progress: " + summary);
            lastReport = now;
        }
    }
}
