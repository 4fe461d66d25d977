package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.streams.RecentlyUsed;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * The story-memory store with the memories of the stories used last kept decoded. A store read decodes
 * the value's JSON every time, even from Kafka Streams' record cache, which holds bytes; a busy story's
 * memory runs to tens of kilobytes, and decoding it for every article was most of what alerts spent its
 * time on. Every write still goes to the store (and so its changelog) at once; the decoded copies are
 * immutable and only save the decoding. A processor makes one of these in {@code init}, which Kafka
 * Streams calls again whenever it rebuilds the task's state, so a copy never outlives the state it came
 * from.
 */
final class StoryMemories {
    /** Stories kept decoded per task: the ones that are busy at a time, with room to spare. */
    static final int DECODED_STORIES = 128;

    private final KeyValueStore<String, StoryMemory> store;
    private final RecentlyUsed<StoryMemory> decoded = new RecentlyUsed<>(DECODED_STORIES);

    StoryMemories(KeyValueStore<String, StoryMemory> store) {
        this.store = store;
    }

    /** The story's memory, or null when it has none. */
    StoryMemory get(String storyId) {
        StoryMemory memory = decoded.get(storyId);
        if (memory == null) {
            memory = store.get(storyId);
            if (memory != null) {
                decoded.put(storyId, memory);
            }
        }
        return memory;
    }

    void put(String storyId, StoryMemory memory) {
        store.put(storyId, memory);
        decoded.put(storyId, memory);
    }
}
