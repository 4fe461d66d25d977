package io.newsflow.schemas.topics;

import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with the serdes of its keys and values: the only way newsflow code names a topic.
 *
 * @param compacted whether the topic keeps the latest value per key (tables) rather than a retention window
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, boolean compacted) {
    @Override
    public String toString() {
        return name;
    }
}
