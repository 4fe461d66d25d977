package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.streams.RecentlyUsed;
import io.newsflow.schemas.streams.StoreTombstone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The story-memory store, split per development (see {@link StoryMemoryEntry}), with the memories of the
 * stories used last kept decoded. A store read decodes every time, even from Kafka Streams' record cache,
 * which holds bytes, and a put serializes at once, so a busy story's memory of tens of kilobytes was most of
 * what alerts spent its time on when it was one value. Now a put writes the header and only the developments
 * that are not the very objects last read or written: the tracker keeps the ones an article did not touch,
 * and one it rebuilt but left equal is written again, which is harmless. A processor makes one of these in
 * {@code init}, which Kafka Streams calls again whenever it rebuilds the task's state, so a copy never
 * outlives the state it came from.
 */
final class StoryMemories {
    /** Stories kept decoded per task: the ones that are busy at a time, with room to spare. */
    static final int DECODED_STORIES = 128;
    /** Between a story id and a development's position; story ids never contain it. */
    private static final char SEPARATOR = '\u0000';

    private final KeyValueStore<String, StoryMemoryEntry> store;
    private final RecentlyUsed<Stored> decoded = new RecentlyUsed<>(DECODED_STORIES);

    /** A memory with how the store holds it: split, or whole as an earlier release wrote it. */
    private record Stored(StoryMemory memory, boolean split) {
    }

    StoryMemories(KeyValueStore<String, StoryMemoryEntry> store) {
        this.store = store;
    }

    /** The key of a story's development at {@code position} in the order the story learnt them. */
    static String developmentKey(String storyId, int position) {
        return storyId + SEPARATOR + position;
    }

    /** The story's memory, or null when it has none. */
    StoryMemory get(String storyId) {
        Stored stored = stored(storyId);
        return stored == null ? null : stored.memory();
    }

    void put(String storyId, StoryMemory memory) {
        Stored before = stored(storyId);
        List<KnownDevelopment> written = before != null && before.split() ? before.memory().developments()
                : List.of();
        List<KnownDevelopment> developments = memory.developments();
        for (int position = 0; position < developments.size(); position++) {
            KnownDevelopment development = developments.get(position);
            if (position >= written.size() || development != written.get(position)) {
                store.put(developmentKey(storyId, position), new StoryMemoryEntry.Development(development));
            }
        }
        for (int position = developments.size(); position < written.size(); position++) {
            StoreTombstone.put(store, developmentKey(storyId, position));
        }
        store.put(storyId, new StoryMemoryEntry.Header(memory.articles(), developments.size(), memory.ledger()));
        decoded.put(storyId, new Stored(memory, true));
    }

    private Stored stored(String storyId) {
        Stored stored = decoded.get(storyId);
        if (stored == null) {
            StoryMemoryEntry entry = store.get(storyId);
            if (entry == null) {
                return null;
            }
            stored = new Stored(assemble(store::get, storyId, entry), entry instanceof StoryMemoryEntry.Header);
            decoded.put(storyId, stored);
        }
        return stored;
    }

    /**
     * A story's memory from a store's entries, for a query of the store as well as for the processor that
     * writes it; null when the story has none.
     */
    static StoryMemory read(Function<String, StoryMemoryEntry> entries, String storyId) {
        StoryMemoryEntry entry = entries.apply(storyId);
        return entry == null ? null : assemble(entries, storyId, entry);
    }

    private static StoryMemory assemble(Function<String, StoryMemoryEntry> entries, String storyId,
                                        StoryMemoryEntry entry) {
        if (entry instanceof StoryMemoryEntry.Whole whole) {
            return whole.memory();
        }
        if (!(entry instanceof StoryMemoryEntry.Header header)) {
            throw new IllegalStateException("the story-memory store holds a development under story id " + storyId
                    + " where its header belongs");
        }
        List<KnownDevelopment> developments = new ArrayList<>(header.developments());
        for (int position = 0; position < header.developments(); position++) {
            StoryMemoryEntry stored = entries.apply(developmentKey(storyId, position));
            if (!(stored instanceof StoryMemoryEntry.Development development)) {
                throw new IllegalStateException("the memory of story " + storyId + " knows " + header.developments()
                        + " developments but the store has no development " + position + " for it");
            }
            developments.add(development.development());
        }
        return new StoryMemory(storyId, developments, header.articles(), header.ledger());
    }
}
