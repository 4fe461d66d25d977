package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.ProbeAnswer;
import io.newsflow.schemas.avro.RawArticle;

/**
 * What reaches the dedup-decide step for an article, keyed by its id: the article itself, held there
 * until its verdict is known, answers from the partitions of the buckets it probed, and late matches from buckets that an
 * earlier-seen copy reached after it. The arrival order tells deliveries of the same id apart.
 */
sealed interface DecideInput {
    ArrivalOrder order();

    /** The article and how many answers to wait for. */
    record Held(ArrivalOrder order, int probes, RawArticle article) implements DecideInput {
    }

    /** The answer of {@code buckets} of the article's buckets, which share a partition. */
    record Answer(ArrivalOrder order, ProbeAnswer answer, int buckets) implements DecideInput {
    }

    /** An earlier-seen article that a bucket met after this one had asked it: this one is its copy. */
    record Late(ArrivalOrder order, EarlierMatch match) implements DecideInput {
    }
}
