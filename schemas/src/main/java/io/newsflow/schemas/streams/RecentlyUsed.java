package io.newsflow.schemas.streams;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The decoded values of the store keys used last, at most a fixed number, the least recently used
 * dropped first. Stores that a processor reads far more often than Kafka Streams' byte cache can serve
 * cheaply (every read decodes) keep their hot values here; writes still go to the store, so this only
 * saves decoding. Not thread-safe: one per processor, made in {@code init}.
 *
 * @param <V> the decoded value
 */
public final class RecentlyUsed<V> {
    private final Map<String, V> values;

    public RecentlyUsed(int capacity) {
        this.values = new LinkedHashMap<>(capacity * 2, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > capacity;
            }
        };
    }

    /** The value kept for the key, or null. */
    public V get(String key) {
        return values.get(key);
    }

    public void put(String key, V value) {
        values.put(key, value);
    }
}
