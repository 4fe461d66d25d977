package io.newsflow.enrich.tag.kb;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The knowledge base as it changes at run time (fed from the compacted topic news.entities.v1): each
 * change swaps in a new immutable snapshot, so taggers running concurrently always read a consistent
 * one. Updates are rare next to reads, which is why a full re-index per change is affordable.
 */
public final class LiveKnowledgeBase implements Supplier<KnowledgeBase> {
    private final AtomicReference<KnowledgeBase> current;

    public LiveKnowledgeBase(KnowledgeBase initial) {
        this.current = new AtomicReference<>(initial);
    }

    @Override
    public KnowledgeBase get() {
        return current.get();
    }

    /** Adds the entity or replaces the one with its id. */
    public void put(Entity entity) {
        current.updateAndGet(kb -> kb.with(entity));
    }

    public void remove(String id) {
        current.updateAndGet(kb -> kb.without(id));
    }
}
