package io.newsflow.enrich.stream;

import java.util.Optional;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.state.WindowStoreIterator;

/**
 * Reads of window stores used as expiring key-value stores: every entry is put at the current stream
 * time, and only entries put within the store's retention are read back, most recent first. Entries
 * stamped after the reader's stream time are read too: stream time starts again from the first record
 * after a restart without local state, while the restored entries keep their earlier stamps.
 */
final class WindowStores {
    private WindowStores() {
    }

    static <V> Optional<V> latest(WindowStore<String, V> store, String key, long now, long retentionMillis) {
        try (WindowStoreIterator<V> entries = store.backwardFetch(key, now - retentionMillis, Long.MAX_VALUE)) {
            return entries.hasNext() ? Optional.of(entries.next().value) : Optional.empty();
        }
    }
}
