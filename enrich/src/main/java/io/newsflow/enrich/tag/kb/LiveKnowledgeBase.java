package io.newsflow.enrich.tag.kb;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The knowledge base as it changes at run time (fed from the compacted topic news.entities.v1): each
 * change swaps in a new immutable snapshot, so taggers running concurrently always read a consistent
 * one. Updates are rare next to reads, which is why a full re-index per change is affordable.
 */
public final class LiveKnowledgeBase implements Supplier<KnowledgeBase> {
    private final KnowledgeBase base;
    private final AtomicReference<KnowledgeBase> current;

    /** @param base the entities known before any runtime change: the bundled knowledge base */
    public LiveKnowledgeBase(KnowledgeBase base) {
        this.base = base;
        this.current = new AtomicReference<>(base);
    }

    @Override
    public KnowledgeBase get() {
        return current.get();
    }

    /** Adds the entity or replaces the one with its id. */
    public void put(Entity entity) {
        current.updateAndGet(kb -> kb.with(entity));
    }

    /**
     * Undoes the runtime change of this id: the base's entity of that id comes back, as it does when the
     * service restarts (which lays only the topic's live entities over the base), or none when the base
     * has none.
     */
    public void remove(String id) {
        current.updateAndGet(kb -> base.find(id).map(kb::with).orElseGet(() -> kb.without(id)));
    }
}
