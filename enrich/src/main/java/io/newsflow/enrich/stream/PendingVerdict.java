package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;

/**
 * An article in dedup-decide: waiting for the rest of its bucket answers, then, once its verdict is
 * complete, held for the grace period in which a late match can still make it a copy.
 *
 * @param article         the held article; null while only answers have arrived
 * @param completedAt     wall-clock millis at which the verdict became complete; -1 until then
 * @param recordTimestamp the timestamp the verdict is emitted with (the article's record timestamp)
 * @param firstSeenMillis ingest's first-seen time of the article, where a held verdict goes in the release
 *                        order; 0 until held
 */
record PendingVerdict(RawArticle article, VerdictTally tally, long completedAt, long recordTimestamp,
                      long firstSeenMillis) {
    private static final long NOT_COMPLETE = -1;

    static PendingVerdict none() {
        return waiting(null, VerdictTally.empty());
    }

    static PendingVerdict waiting(RawArticle article, VerdictTally tally) {
        return new PendingVerdict(article, tally, NOT_COMPLETE, 0, 0);
    }

    PendingVerdict with(DecideInput input) {
        if (input instanceof DecideInput.Held held) {
            return withTally(held.article(), tally.expecting(held.probes()));
        }
        if (input instanceof DecideInput.Late late) {
            return withTally(article, tally.withLateMatch(late.match()));
        }
        DecideInput.Answer answer = (DecideInput.Answer) input;
        return withTally(article, tally.with(answer.answer(), answer.buckets()));
    }

    boolean isComplete() {
        return article != null && tally.isComplete();
    }

    boolean isHeld() {
        return completedAt != NOT_COMPLETE;
    }

    PendingVerdict heldSince(long wallClockMillis, long timestamp, long firstSeen) {
        return new PendingVerdict(article, tally, wallClockMillis, timestamp, firstSeen);
    }

    private PendingVerdict withTally(RawArticle held, VerdictTally updated) {
        return new PendingVerdict(held, updated, completedAt, recordTimestamp, firstSeenMillis);
    }
}
