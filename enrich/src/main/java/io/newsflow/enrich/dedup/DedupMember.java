package io.newsflow.enrich.dedup;

import java.time.Instant;

/**
 * An article as a dedup bucket files it, and as it probes a bucket: enough to compare a newcomer with it
 * and to name it in a duplicate notice. Each bucket keeps its own copy, so a bucket answers on its own.
 */
public record DedupMember(String articleId, ArrivalOrder order, Instant publishedAt, MinHashSignature signature) {
}
