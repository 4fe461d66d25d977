package io.newsflow.schemas.streams;

import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Removes a key from a store when the caller does not want the old value: a tombstone put, not {@code delete},
 * which reads the old value back and decodes it (for a held article, a whole article) only to return it.
 */
public final class StoreTombstone {
    private StoreTombstone() {
    }

    public static <K> void put(KeyValueStore<K, ?> store, K key) {
        store.put(key, null);
    }
}
