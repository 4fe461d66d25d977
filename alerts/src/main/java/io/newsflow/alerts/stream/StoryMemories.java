package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.streams.RecentlyUsed;
import io.newsflow.schemas.streams.StoreTombstone;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The story-memory store, split per development and announced report (see {@link StoryMemoryEntry}), with the
 * memories of the stories used last kept decoded. A store read decodes every time, even from Kafka Streams'
 * record cache, which holds bytes, and a put serializes at once, so a busy story's memory of tens of
 * kilobytes was most of what alerts spent its time on when it was one value. Now a put writes the header,
 * the developments that are not the very objects last read or written (the tracker keeps the ones an article
 * did not touch; one it rebuilt but left equal is written again, which is harmless) and the announced reports
 * added since. A processor makes one of these in
 * {@code init}, which Kafka Streams calls again whenever it rebuilds the task's state, so a copy never
 * outlives the state it came from.
 */
final class StoryMemories {
    /** Stories kept decoded per task: the ones that are busy at a time, with room to spare. */
    static final int DECODED_STORIES = 128;
    /** Between a story id and a development's position; story ids never contain it. */
    private static final char DEVELOPMENT_SEPARATOR = '\u0000';
    /** Between a story id and an announced report's position. */
    private static final char ANNOUNCED_SEPARATOR = '\u0001';

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
        return storyId + DEVELOPMENT_SEPARATOR + position;
    }

    /** The key of a story's announced report at {@code position} in its ledger's list. */
    static String announcedKey(String storyId, int position) {
        return storyId + ANNOUNCED_SEPARATOR + position;
    }

    /** The story's memory, or null when it has none. */
    StoryMemory get(String storyId) {
        Stored stored = stored(storyId);
        return stored == null ? null : stored.memory();
    }

    void put(String storyId, StoryMemory memory) {
        Stored before = stored(storyId);
        boolean split = before != null && before.split();
        writeDevelopments(storyId, split ? before.memory().developments() : List.of(), memory.developments());
        List<String> announced = memory.ledger().announced();
        writeAnnounced(storyId, split ? before.memory().ledger().announced() : List.of(), announced);
        store.put(storyId, new StoryMemoryEntry.Header(memory.articles(), memory.developments().size(),
                announced.size(), memory.ledger().withAnnounced(List.of())));
        decoded.put(storyId, new Stored(memory, true));
    }

    private void writeDevelopments(String storyId, List<KnownDevelopment> written, List<KnownDevelopment> now) {
        for (int position = 0; position < now.size(); position++) {
            KnownDevelopment development = now.get(position);
            if (position >= written.size() || development != written.get(position)) {
                store.put(developmentKey(storyId, position), new StoryMemoryEntry.Development(development));
            }
        }
        for (int position = now.size(); position < written.size(); position++) {
            StoreTombstone.put(store, developmentKey(storyId, position));
        }
    }

    /** The ledger only ever adds announced reports: those after the ones written go, or all if that changed. */
    private void writeAnnounced(String storyId, List<String> written, List<String> now) {
        int kept = now == written || isPrefix(written, now) ? written.size() : 0;
        for (int position = kept; position < now.size(); position++) {
            store.put(announcedKey(storyId, position), new StoryMemoryEntry.Announced(now.get(position)));
        }
        for (int position = now.size(); position < written.size(); position++) {
            StoreTombstone.put(store, announcedKey(storyId, position));
        }
    }

    private static boolean isPrefix(List<String> prefix, List<String> list) {
        return prefix.size() <= list.size() && list.subList(0, prefix.size()).equals(prefix);
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
            throw new IllegalStateException("the story-memory store holds a " + entry.getClass().getSimpleName()
                    + " under story id " + storyId + " where its header belongs");
        }
        List<KnownDevelopment> developments = parts(entries, storyId, header.developments(), "development",
                StoryMemories::developmentKey, StoryMemoryEntry.Development.class,
                StoryMemoryEntry.Development::development);
        List<String> announced = parts(entries, storyId, header.announced(), "announced report",
                StoryMemories::announcedKey, StoryMemoryEntry.Announced.class, StoryMemoryEntry.Announced::report);
        return new StoryMemory(storyId, developments, header.articles(), header.ledger().withAnnounced(announced));
    }

    /** The {@code count} entries of one kind that a story's header counts, in order of position. */
    private static <E extends StoryMemoryEntry, T> List<T> parts(Function<String, StoryMemoryEntry> entries,
            String storyId, int count, String kind, BiFunction<String, Integer, String> key, Class<E> type,
            Function<E, T> value) {
        List<T> parts = new ArrayList<>(count);
        for (int position = 0; position < count; position++) {
            StoryMemoryEntry stored = entries.apply(key.apply(storyId, position));
            if (!type.isInstance(stored)) {
                throw new IllegalStateException("the header of story " + storyId + " counts " + count + " entries of"
                        + " kind " + kind + " but the store has no " + kind + " " + position + " for it");
            }
            parts.add(value.apply(type.cast(stored)));
        }
        return parts;
    }
}
