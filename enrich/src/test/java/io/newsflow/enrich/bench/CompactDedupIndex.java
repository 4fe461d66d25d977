package io.newsflow.enrich.bench;

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
    private int[] entryMembers;
    private int[] entryNext;
    private int entries;
    private int distinctKeys;

    CompactDedupIndex(int expectedEntries) {
        int tableSize = Integer.highestOneBit(Math.max(16, expectedEntries * 2)) << 1;
        tableKeys = new long[tableSize];
        tableHeads = new int[tableSize];
        Arrays.fill(tableHeads, -1);
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
        if (tableHeads[slot] < 0 && ++distinctKeys * 2 > tableKeys.length) {
            doubleTable();
            slot = find(key);
        }
        if (entries == entryMembers.length) {
            grow();
        }
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
        entryMembers = Arrays.copyOf(entryMembers, entries * 2);
        entryNext = Arrays.copyOf(entryNext, entries * 2);
    }

    /** Keeps the table at most half full, so that a probe ends quickly; chains stay as they are. */
    private void doubleTable() {
        long[] oldKeys = tableKeys;
        int[] oldHeads = tableHeads;
        tableKeys = new long[oldKeys.length * 2];
        tableHeads = new int[oldHeads.length * 2];
        Arrays.fill(tableHeads, -1);
        for (int slot = 0; slot < oldKeys.length; slot++) {
            if (oldHeads[slot] >= 0) {
                int moved = find(oldKeys[slot]);
                tableKeys[moved] = oldKeys[slot];
                tableHeads[moved] = oldHeads[slot];
            }
        }
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
