package io.newsflow.enrich;

import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;

/**
 * An article waiting in dedup-decide for the rest of its bucket answers.
 *
 * @param article the held article; null while only answers have arrived
 */
record PendingVerdict(RawArticle article, VerdictTally tally) {
    static PendingVerdict none() {
        return new PendingVerdict(null, VerdictTally.empty());
    }

    PendingVerdict with(DecideInput input) {
        if (input instanceof DecideInput.Held held) {
            return new PendingVerdict(held.article(), tally.expecting(held.probes()));
        }
        return new PendingVerdict(article, tally.with(((DecideInput.Answer) input).answer()));
    }

    boolean isComplete() {
        return article != null && tally.isComplete();
    }
}
