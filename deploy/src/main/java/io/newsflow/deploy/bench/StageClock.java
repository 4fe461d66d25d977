package io.newsflow.deploy.bench;

import io.newsflow.deploy.cli.CliError;
import java.io.PrintStream;
import java.time.Duration;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Watches a stage work through its backlog: marks when it has read (committed) the warm-up records, where
 * the measured window starts, and when it has finished every record (its outputs are out), where it ends;
 * samples its heap on the way, prints progress every few seconds, and fails with what to do when the
 * stage stops or runs past the limit. The window starts on input, not output, because enrich holds
 * verdicts: its first outputs appear only once it has read well past them.
 */
final class StageClock {
    private static final long CHECK_MILLIS = 100;
    private static final long HEAP_EVERY_NANOS = 2_000_000_000L;
    private static final long PROGRESS_EVERY_NANOS = 5_000_000_000L;

    private final PrintStream out;
    private final Duration limit;

    StageClock(PrintStream out, Duration limit) {
        this.out = out;
        this.limit = limit;
    }

    /** The measured part of a stage's run, and the whole run from the moment its application was running. */
    record Window(Mark start, Mark from, Mark to) {
    }

    /**
     * The window from the warm-up's end to the last record; from the start if the stage had read past the
     * warm-up and finished all in one check. The records counted are those read in the window: records
     * read before it but finished in it are not counted, so a stage that reads far ahead of its work
     * (enrich) is measured a little low, never high.
     *
     * @param read records of the stage's input its consumer group has committed
     * @param done records the stage has finished with
     */
    Window window(ChildStage child, String what, LongSupplier read, LongSupplier done, LongSupplier total,
                  long warmup) throws InterruptedException {
        Mark start = Mark.opening(0, child);
        Mark warm = null;
        long deadline = start.nanos() + limit.toNanos();
        long lastHeap = 0;
        Mark lastProgress = start;
        long finishedAtLastProgress = 0;
        while (true) {
            child.requireAlive();
            long finished = done.getAsLong();
            long all = total.getAsLong();
            Mark now = Mark.now(read.getAsLong(), child);
            if (warm == null && now.read() >= warmup) {
                warm = Mark.opening(now.read(), child);
            }
            if (now.nanos() - lastHeap > HEAP_EVERY_NANOS) {
                child.sampleHeap();
                lastHeap = now.nanos();
            }
            if (finished >= all) {
                child.sampleHeap();
                Mark end = Mark.closing(all, child);
                return new Window(start, warm != null && warm.read() < all ? warm : start, end);
            }
            if (now.nanos() > deadline) {
                throw new CliError(String.format(Locale.ROOT, "%s did not finish within %s (%,d of %,d %s done); "
                        + "see %s, or raise --stage-timeout", child.label(), limit, finished, all, what, child.log()));
            }
            if (now.nanos() - lastProgress.nanos() > PROGRESS_EVERY_NANOS) {
                double seconds = now.secondsSince(lastProgress);
                out.printf(Locale.ROOT, "bench: %s read %,d of %,d %s (%,.0f/s), finished %,d (%,.0f/s)%n",
                        child.label(), now.read(), all, what, (now.read() - lastProgress.read()) / seconds, finished,
                        (finished - finishedAtLastProgress) / seconds);
                lastProgress = now;
                finishedAtLastProgress = finished;
            }
            Thread.sleep(CHECK_MILLIS);
        }
    }
}
