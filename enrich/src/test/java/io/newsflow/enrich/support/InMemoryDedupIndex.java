package io.newsflow.enrich.support;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.StoredOriginal;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A dedup index in hash maps, for unit tests and the benchmark; it never forgets. */
public final class InMemoryDedupIndex implements DedupIndex {
    private final Map<String, String> byFingerprint = new HashMap<>();
    private final Map<String, Deque<String>> buckets = new HashMap<>();
    private final Map<String, StoredOriginal> originals = new HashMap<>();

    @Override
    public Optional<String> originalWithFingerprint(String fingerprint) {
        return Optional.ofNullable(byFingerprint.get(fingerprint));
    }

    @Override
    public List<String> bucketMembers(String bucketKey, int limit) {
        Deque<String> members = buckets.get(bucketKey);
        return members == null ? List.of() : members.stream().limit(limit).toList();
    }

    @Override
    public Optional<StoredOriginal> original(String articleId) {
        return Optional.ofNullable(originals.get(articleId));
    }

    @Override
    public void add(StoredOriginal original, String fingerprint, List<String> bucketKeys) {
        originals.put(original.articleId(), original);
        byFingerprint.put(fingerprint, original.articleId());
        for (String key : bucketKeys) {
            buckets.computeIfAbsent(key, k -> new ArrayDeque<>()).addFirst(original.articleId());
        }
    }
}
