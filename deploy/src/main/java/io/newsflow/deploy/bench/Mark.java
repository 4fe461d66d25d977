package io.newsflow.deploy.bench;

import java.time.Duration;

/**
 * A point in a stage's run: when, how many input records it had read, its process's CPU time then, and the
 * CPU time of its JIT compiler threads (zero when not read: that reads a file per thread of the stage, so
 * only the marks that bound the measured window read it).
 */
record Mark(long nanos, long read, Duration cpu, Duration compilerCpu) {
    static Mark now(long read, ChildStage child) {
        return new Mark(System.nanoTime(), read, child.cpu(), Duration.ZERO);
    }

    /** A mark that opens a measured window: the compiler threads are read after the process, so inside its time. */
    static Mark opening(long read, ChildStage child) {
        Mark now = now(read, child);
        return new Mark(now.nanos, read, now.cpu, child.compilerCpu());
    }

    /** A mark that closes a measured window: the compiler threads are read before the process. */
    static Mark closing(long read, ChildStage child) {
        Duration compilerCpu = child.compilerCpu();
        Mark now = now(read, child);
        return new Mark(now.nanos, read, now.cpu, compilerCpu);
    }

    double secondsSince(Mark earlier) {
        return (nanos - earlier.nanos) / 1e9;
    }
}
