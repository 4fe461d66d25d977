package io.newsflow.alerts.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.serde.JsonStateSerde;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.processor.api.MockProcessorContext;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.Stores;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A story's memory is written as a header, its developments and its announced reports: an article costs its
 * story the header and what the article changed or added, not the whole memory, and a task that starts afresh from the store (a restart,
 * a moved task) reads the same memory the writer had.
 */
class StoryMemoriesTest {
    private static final String STORY = "story-1";
    private final List<String> keysPut = new ArrayList<>();
    private KeyValueStore<String, StoryMemoryEntry> store;

    @BeforeEach
    void openStore() {
        KeyValueStore<String, StoryMemoryEntry> inMemory = Stores.keyValueStoreBuilder(
                Stores.inMemoryKeyValueStore(DevelopmentProcessor.STORE), Serdes.String(), new WritingWholeAsBefore())
                .withLoggingDisabled().build();
        MockProcessorContext<Object, Object> context = new MockProcessorContext<>();
        inMemory.init(context.getStateStoreContext(), inMemory);
        store = recordingPuts(inMemory);
    }

    @Test
    void eachArticleWritesTheHeaderAndOnlyWhatItChangedOrAdded() {
        StoryMemories memories = new StoryMemories(store);
        StoryMemory previous = null;
        int developmentsLeftAlone = 0;
        for (StoryMemory memory : StoryMemorySerdeTest.storyMemories()) {
            keysPut.clear();
            memories.put(STORY, memory);
            List<String> expected = new ArrayList<>();
            for (int position = 0; position < memory.developments().size(); position++) {
                boolean known = previous != null && position < previous.developments().size();
                if (!known || !previous.developments().get(position).equals(memory.developments().get(position))) {
                    expected.add(StoryMemories.developmentKey(STORY, position));
                }
            }
            developmentsLeftAlone += memory.developments().size() - expected.size();
            int announcedBefore = previous == null ? 0 : previous.ledger().announced().size();
            for (int position = announcedBefore; position < memory.ledger().announced().size(); position++) {
                expected.add(StoryMemories.announcedKey(STORY, position));
            }
            expected.add(STORY);
            assertEquals(expected, keysPut, "what the article changed or added, then the header");
            previous = memory;
        }
        assertEquals(12, developmentsLeftAlone, "developments an article did not touch are not written again");
    }

    @Test
    void aTaskStartingAfreshReadsTheMemoryTheWriterHad() {
        StoryMemories writer = new StoryMemories(store);
        for (StoryMemory memory : StoryMemorySerdeTest.storyMemories()) {
            writer.put(STORY, memory);
            assertEquals(memory, new StoryMemories(store).get(STORY));
            assertEquals(memory, StoryMemories.read(store::get, STORY), "a query of the store");
        }
        assertNull(new StoryMemories(store).get("story-unknown"));
    }

    @Test
    void aMemoryAnEarlierReleaseWroteWholeIsReadThenWrittenSplit() {
        List<StoryMemory> memories = StoryMemorySerdeTest.storyMemories();
        StoryMemory whole = memories.get(memories.size() - 2);
        StoryMemory next = memories.get(memories.size() - 1);
        store.put(STORY, new StoryMemoryEntry.Whole(whole));
        StoryMemories upgraded = new StoryMemories(store);
        assertEquals(whole, upgraded.get(STORY));

        keysPut.clear();
        upgraded.put(STORY, next);
        assertEquals(next.developments().size() + next.ledger().announced().size() + 1, keysPut.size(),
                "every development and announced report, then the header");
        assertInstanceOf(StoryMemoryEntry.Header.class, store.get(STORY));
        assertEquals(next, new StoryMemories(store).get(STORY));
    }

    /** This release's serde, which also writes a whole memory, as JSON, the way the first releases did. */
    private static final class WritingWholeAsBefore implements Serde<StoryMemoryEntry> {
        private final StoryMemorySerde current = new StoryMemorySerde();
        private final Serializer<StoryMemory> json = JsonStateSerde.of(StoryMemory.class).serializer();

        @Override
        public Serializer<StoryMemoryEntry> serializer() {
            return (topic, entry) -> entry instanceof StoryMemoryEntry.Whole whole
                    ? json.serialize(topic, whole.memory()) : current.serializer().serialize(topic, entry);
        }

        @Override
        public Deserializer<StoryMemoryEntry> deserializer() {
            return current.deserializer();
        }
    }

    /** The store, with the key of each put noted in {@link #keysPut}. */
    @SuppressWarnings("unchecked")
    private KeyValueStore<String, StoryMemoryEntry> recordingPuts(KeyValueStore<String, StoryMemoryEntry> real) {
        return (KeyValueStore<String, StoryMemoryEntry>) Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {KeyValueStore.class}, (proxy, method, args) -> {
                    if (method.getName().equals("put")) {
                        keysPut.add((String) args[0]);
                    }
                    try {
                        return method.invoke(real, args);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }
}
