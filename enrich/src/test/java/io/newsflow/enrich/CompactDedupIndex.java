package io.newsflow.enrich;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.DedupMember;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Dedup buckets lean enough to hold a million articles (33 million bucket entries) in a benchmark heap:
 * bucket keys hashed to 64 bits in an open-addressing table whose entries chain, newest first, to one
 * shared member object per article (the topology's buckets each keep their own serialised copy).
 */
final class CompactDedupIndex implements DedupIndex {
    private final List<DedupMember> members = new ArrayList<>();
    private long[] tableKeys;
    private int[] tableHeads;
    private long[] entryKeys;
    private int[] entryMembers;
    private int[] entryNext;
    private int entries;

    CompactDedupIndex(int expectedEntries) {
        int tableSize = Integer.highestOneBit(Math.max(16, expectedEntries * 2)) << 1;
        tableKeys = new long[tableSize];
        tableHeads = new int[tableSize];
        Arrays.fill(tableHeads, -1);
        entryKeys = new long[expectedEntries];
        entryMembers = new int[expectedEntries];
        entryNext = new int[expectedEntries];
    }

    @Override
    public List<DedupMember> members(String bucketKey, int limit) {
        int slot = find(hash(bucketKey));
        List<DedupMember> found = new ArrayList<>();
        for (int entry = tableHeads[slot]; entry >= 0 && found.size() < limit; entry = entryNext[entry]) {
            found.add(members.get(entryMembers[entry]));
        }
        return found;
    }

    @Override
    public void file(String bucketKey, DedupMember member) {
        if (members.isEmpty() || members.get(members.size() - 1) != member) {
            members.add(member);
        }
        long key = hash(bucketKey);
        int slot = find(key);
        if (entries == entryKeys.length) {
            grow();
        }
        entryKeys[entries] = key;
        entryMembers[entries] = members.size() - 1;
        entryNext[entries] = tableHeads[slot];
        tableKeys[slot] = key;
        tableHeads[slot] = entries++;
    }

    /** Articles filed so far. */
    int size() {
        return members.size();
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
        entryMembers = Arrays.copyOf(entryMembers, entries * 2);
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
