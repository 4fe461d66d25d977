package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * The dedup buckets and their members: a Kafka Streams store per bucket partition in the topology, memory
 * in tests and benchmarks. Implementations decide how long members stay (the dedup retention).
 */
public interface DedupIndex {
    /** Up to {@code limit} members filed under this bucket key, most recently filed first. */
    List<DedupMember> members(String bucketKey, int limit);

    void file(String bucketKey, DedupMember member);
}
