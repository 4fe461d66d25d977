package io.newsflow.ingest.feed;

import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/** Seen items in memory; shared between pollers it stands for the durable store across a restart. */
final class MemorySeenItems implements SeenItems {
    private final Set<String> keys = ConcurrentHashMap.newKeySet();

    @Override
    public boolean contains(String itemKey) {
        return keys.contains(itemKey);
    }

    @Override
    public CompletableFuture<Void> remember(String itemKey) {
        keys.add(itemKey);
        return CompletableFuture.completedFuture(null);
    }

    int size() {
        return keys.size();
    }
}
