package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.StoredOriginal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A dedup index lean enough to hold a million originals (32 million bucket entries) in a benchmark heap:
 * bucket keys hashed to 64 bits in an open-addressing table whose entries chain, newest first.
 * Article ids must be "a" followed by a number (what {@link SyntheticNews} produces).
 */
final class CompactDedupIndex implements DedupIndex {
    private final Map<String, Integer> byFingerprint = new HashMap<>();
    private final List<StoredOriginal> originals = new ArrayList<>();
    private final Map<Integer, Integer> slotOfArticle = new HashMap<>();
    private long[] tableKeys;
    private int[] tableHeads;
    private long[] entryKeys;
    private int[] entryArticles;
    private int[] entryNext;
    private int entries;

    CompactDedupIndex(int expectedEntries) {
        int tableSize = Integer.highestOneBit(Math.max(16, expectedEntries * 2)) << 1;
        tableKeys = new long[tableSize];
        tableHeads = new int[tableSize];
        Arrays.fill(tableHeads, -1);
        entryKeys = new long[expectedEntries];
        entryArticles = new int[expectedEntries];
        entryNext = new int[expectedEntries];
    }

    @Override
    public Optional<String> originalWithFingerprint(String fingerprint) {
        Integer article = byFingerprint.get(fingerprint);
        return article == null ? Optional.empty() : Optional.of("a" + article);
    }

    @Override
    public List<String> bucketMembers(String bucketKey, int limit) {
        long key = hash(bucketKey);
        int slot = find(key);
        List<String> members = new ArrayList<>();
        for (int entry = tableHeads[slot]; entry >= 0 && members.size() < limit; entry = entryNext[entry]) {
            members.add("a" + entryArticles[entry]);
        }
        return members;
    }

    @Override
    public Optional<StoredOriginal> original(String articleId) {
        Integer slot = slotOfArticle.get(Integer.parseInt(articleId.substring(1)));
        return slot == null ? Optional.empty() : Optional.of(originals.get(slot));
    }

    @Override
    public void add(StoredOriginal original, String fingerprint, List<String> bucketKeys) {
        int article = Integer.parseInt(original.articleId().substring(1));
        slotOfArticle.put(article, originals.size());
        originals.add(original);
        byFingerprint.put(fingerprint, article);
        for (String bucketKey : bucketKeys) {
            long key = hash(bucketKey);
            int slot = find(key);
            if (entries == entryKeys.length) {
                grow();
            }
            entryKeys[entries] = key;
            entryArticles[entries] = article;
            entryNext[entries] = tableHeads[slot];
            tableKeys[slot] = key;
            tableHeads[slot] = entries++;
        }
    }

    int size() {
        return originals.size();
    }

    private int find(long key) {
        int mask = tableKeys.length - 1;
        int slot = (int) (key ^ (key >>> 32)) & mask;
        while (tableHeads[slot] >= 0 && tableKeys[slot] != key) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        entryKeys = Arrays.copyOf(entryKeys, entries * 2);
        entryArticles = Arrays.copyOf(entryArticles, entries * 2);
        entryNext = Arrays.copyOf(entryNext, entries * 2);
    }

    private static long hash(String text) {
        long hash = 0xcbf29ce484222325L;
        for (int i = 0; i < text.length(); i++) {
            hash ^= text.charAt(i);
            hash *= 0x100000001b3L;
        }
        return hash == 0 ? 1 : hash;
    }
}
