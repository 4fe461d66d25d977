package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;

/**
 * A delivery in dedup-decide: waiting for the rest of its bucket answers, then, once its verdict is complete,
 * held for the grace period in which a late match can still make it a copy. The article itself is not here: it
 * is written once, to dedup-held-articles, while this entry is rewritten with each answer.
 *
 * @param tally           the answers so far; complete once the article has arrived and every bucket answered
 * @param completedAt     wall-clock millis at which the verdict became complete; -1 until then
 * @param recordTimestamp the timestamp the verdict is emitted with (the article's record timestamp)
 * @param firstSeenMillis ingest's first-seen time of the article, where a held verdict goes in the release
 *                        order; 0 until held
 * @param carriedArticle  the article, in an entry an earlier release wrote (formats 1 to 3 kept it here);
 *                        moved to dedup-held-articles when the task starts; null in every entry written since
 */
record PendingVerdict(VerdictTally tally, long completedAt, long recordTimestamp, long firstSeenMillis,
                      RawArticle carriedArticle) {
    private static final long NOT_COMPLETE = -1;

    static PendingVerdict none() {
        return waiting(VerdictTally.empty());
    }

    static PendingVerdict waiting(VerdictTally tally) {
        return new PendingVerdict(tally, NOT_COMPLETE, 0, 0, null);
    }

    /** An entry of an earlier format, with the article it carried. */
    static PendingVerdict carrying(RawArticle article, VerdictTally tally) {
        return new PendingVerdict(tally, NOT_COMPLETE, 0, 0, article);
    }

    PendingVerdict with(DecideInput input) {
        if (input instanceof DecideInput.Held held) {
            return withTally(tally.expecting(held.probes()));
        }
        if (input instanceof DecideInput.Late late) {
            return withTally(tally.withLateMatch(late.match()));
        }
        DecideInput.Answer answer = (DecideInput.Answer) input;
        return withTally(tally.with(answer.answer(), answer.buckets()));
    }

    boolean isComplete() {
        return tally.isComplete();
    }

    boolean isHeld() {
        return completedAt != NOT_COMPLETE;
    }

    PendingVerdict heldSince(long wallClockMillis, long timestamp, long firstSeen) {
        return new PendingVerdict(tally, wallClockMillis, timestamp, firstSeen, carriedArticle);
    }

    PendingVerdict withoutCarriedArticle() {
        return new PendingVerdict(tally, completedAt, recordTimestamp, firstSeenMillis, null);
    }

    private PendingVerdict withTally(VerdictTally updated) {
        return new PendingVerdict(updated, completedAt, recordTimestamp, firstSeenMillis, carriedArticle);
    }
}
