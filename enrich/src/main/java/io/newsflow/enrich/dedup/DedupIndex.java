package io.newsflow.enrich.dedup;

import java.util.List;
import java.util.Optional;

/**
 * Where the originals seen so far are kept: in Kafka Streams stores in the topology, in memory in tests
 * and benchmarks. Implementations decide how long entries live (the dedup retention).
 */
public interface DedupIndex {
    /** The original whose normalised text has this fingerprint, if one is kept. */
    Optional<String> originalWithFingerprint(String fingerprint);

    /** Ids of up to {@code limit} originals filed under this LSH bucket, most recently filed first. */
    List<String> bucketMembers(String bucketKey, int limit);

    Optional<StoredOriginal> original(String articleId);

    void add(StoredOriginal original, String fingerprint, List<String> bucketKeys);
}
