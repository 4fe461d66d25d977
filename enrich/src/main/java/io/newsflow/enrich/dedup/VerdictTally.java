package io.newsflow.enrich.dedup;

/**
 * Gathers the answers of every bucket an article probed into one verdict. Any bucket that already holds
 * the article id makes it a redelivery; otherwise the earliest earlier match makes it a copy, whether a
 * bucket answered it or sent it late.
 *
 * @param expected answers to wait for; -1 until the article itself has arrived with its probe count
 * @param received answers gathered so far
 */
public record VerdictTally(int expected, int received, boolean redelivered, EarlierMatch best) {
    public static VerdictTally empty() {
        return new VerdictTally(-1, 0, false, null);
    }

    public VerdictTally expecting(int answers) {
        return new VerdictTally(answers, received, redelivered, best);
    }

    public VerdictTally with(ProbeAnswer answer) {
        return with(answer, 1);
    }

    /** Folds in the answer that {@code buckets} buckets gave together (see {@link BucketAnswer#ofAll}). */
    public VerdictTally with(ProbeAnswer answer, int buckets) {
        EarlierMatch match = answer.earlierMatch().map(found -> found.preferredOver(best)).orElse(best);
        return new VerdictTally(expected, received + buckets, redelivered || answer.redelivered(), match);
    }

    /**
     * Folds in an earlier article that a bucket found only after this article had asked it (see
     * {@link LateMatch}). It counts as no answer: the bucket has answered this article already.
     */
    public VerdictTally withLateMatch(EarlierMatch match) {
        return new VerdictTally(expected, received, redelivered, match.preferredOver(best));
    }

    public boolean isComplete() {
        return expected >= 0 && received >= expected;
    }

    public DedupVerdict verdict() {
        if (redelivered) {
            return new DedupVerdict.Redelivered();
        }
        if (best == null) {
            return new DedupVerdict.Original();
        }
        return new DedupVerdict.Duplicate(best.articleId(), best.publishedAt(), best.similarity(), best.method());
    }
}
