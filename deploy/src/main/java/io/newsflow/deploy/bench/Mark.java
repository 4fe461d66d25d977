package io.newsflow.deploy.bench;

import java.time.Duration;

/** A point in a stage's run: when, how many input records it had read, and its process's CPU time then. */
record Mark(long nanos, long read, Duration cpu) {
    static Mark now(long read, ChildStage child) {
        return new Mark(System.nanoTime(), read, child.cpu());
    }

    double secondsSince(Mark earlier) {
        return (nanos - earlier.nanos) / 1e9;
    }
}
