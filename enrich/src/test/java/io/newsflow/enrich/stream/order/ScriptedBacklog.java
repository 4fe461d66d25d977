package io.newsflow.enrich.stream.order;

import java.util.function.LongSupplier;

/** A backlog a test sets by hand: settled as of the time it was last told, on the clock it is given. */
public final class ScriptedBacklog implements InputBacklog {
    private final LongSupplier clock;
    private volatile long settledAsOf;

    /** @param settledAsOf what it answers until told otherwise (-1: never settled) */
    public ScriptedBacklog(long settledAsOf, LongSupplier clock) {
        this.settledAsOf = settledAsOf;
        this.clock = clock;
    }

    public void settleAsOf(long wallClockMillis) {
        this.settledAsOf = wallClockMillis;
    }

    @Override
    public long settledAsOf(int steps) {
        return settledAsOf;
    }

    @Override
    public long clock() {
        return clock.getAsLong();
    }
}
