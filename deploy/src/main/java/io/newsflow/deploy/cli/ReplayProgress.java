package io.newsflow.deploy.cli;

import io.newsflow.deploy.run.PipelineSession;
import java.io.PrintStream;
import java.util.function.Consumer;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;

/**
 * Prints, every few seconds while a replay waits for the pipeline, how many articles enrich and alerts
 * are done with, how many alerts were written, and the rate since the last line, so a long replay shows
 * that it moves and roughly when it will end.
 */
final class ReplayProgress implements Consumer<PipelineSession.Progress> {
    private final PrintStream out;
    private final IntSupplier alertsWritten;
    private final long everyNanos;
    private final LongSupplier nanoTime;
    private long lastReport;
    private long lastEnrichDone;

    /** @param alertsWritten reads the alerts written so far; called once per printed line only */
    ReplayProgress(PrintStream out, IntSupplier alertsWritten, long everySeconds) {
        this(out, alertsWritten, everySeconds, System::nanoTime);
    }

    ReplayProgress(PrintStream out, IntSupplier alertsWritten, long everySeconds, LongSupplier nanoTime) {
        this.out = out;
        this.alertsWritten = alertsWritten;
        this.everyNanos = everySeconds * 1_000_000_000L;
        this.nanoTime = nanoTime;
        this.lastReport = nanoTime.getAsLong();
    }

    @Override
    public void accept(PipelineSession.Progress progress) {
        long now = nanoTime.getAsLong();
        if (now - lastReport < everyNanos) {
            return;
        }
        double rate = (progress.enrichDone() - lastEnrichDone) / ((now - lastReport) / 1e9);
        out.printf("replay: enrich %,d of %,d articles (%,.0f/s), alerts compared %,d, alerts written %,d%n",
                progress.enrichDone(), progress.published(), rate, progress.alertsDone(), alertsWritten.getAsInt());
        lastReport = now;
        lastEnrichDone = progress.enrichDone();
    }
}
