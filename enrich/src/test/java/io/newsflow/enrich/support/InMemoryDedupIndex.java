package io.newsflow.enrich.support;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.DedupMember;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Dedup buckets in a hash map, for unit tests; it never forgets. */
public final class InMemoryDedupIndex implements DedupIndex {
    private final Map<String, Deque<DedupMember>> buckets = new HashMap<>();

    @Override
    public List<DedupMember> members(String bucketKey, int limit) {
        Deque<DedupMember> members = buckets.get(bucketKey);
        return members == null ? List.of() : members.stream().limit(limit).toList();
    }

    @Override
    public void file(String bucketKey, DedupMember member) {
        buckets.computeIfAbsent(bucketKey, key -> new ArrayDeque<>()).addFirst(member);
    }
}
