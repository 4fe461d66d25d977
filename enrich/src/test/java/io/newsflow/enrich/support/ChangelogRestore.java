package io.newsflow.enrich.support;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.processor.StateStore;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.apache.kafka.streams.state.WindowStore;
import org.apache.kafka.streams.test.TestRecord;

/**
 * What Kafka Streams does when an instance starts without local state, done by hand because
 * TopologyTestDriver never restores: every record a first driver wrote to a store's changelog topic is
 * replayed, in order, into the same store of a fresh driver. Window-store changelog keys carry the
 * window start after the key (8 bytes) and a sequence number (4 bytes); a null value is a deletion.
 * Stores without a changelog start empty, as they do after a real restore.
 */
public final class ChangelogRestore {
    private static final int WINDOW_SUFFIX_BYTES = Long.BYTES + Integer.BYTES;
    private final String applicationId;
    private final Map<String, Serde<?>> valueSerdes;
    private final Set<String> unlogged;

    /**
     * @param valueSerdes each logged store's value serde; every store key is a string
     * @param unlogged the stores that have no changelog
     */
    public ChangelogRestore(String applicationId, Map<String, Serde<?>> valueSerdes, Set<String> unlogged) {
        this.applicationId = applicationId;
        this.valueSerdes = new LinkedHashMap<>(valueSerdes);
        this.unlogged = Set.copyOf(unlogged);
    }

    /**
     * The changelog records the driver wrote, per store; every store of the topology must have a serde or be
     * named as unlogged.
     */
    public Map<String, List<TestRecord<byte[], byte[]>>> capture(TopologyTestDriver driver) {
        Set<String> named = new HashSet<>(valueSerdes.keySet());
        named.addAll(unlogged);
        if (!named.equals(driver.getAllStateStores().keySet())) {
            throw new IllegalStateException("the topology has stores " + driver.getAllStateStores().keySet()
                    + " but serdes are given for " + valueSerdes.keySet() + " and " + unlogged + " are unlogged");
        }
        Map<String, List<TestRecord<byte[], byte[]>>> changelogs = new LinkedHashMap<>();
        for (String store : valueSerdes.keySet()) {
            String topic = applicationId + "-" + store + "-changelog";
            if (!driver.producedTopicNames().contains(topic)) {
                throw new IllegalStateException("store " + store + " wrote no changelog topic " + topic);
            }
            changelogs.put(store, driver.createOutputTopic(topic, new ByteArrayDeserializer(),
                    new ByteArrayDeserializer()).readRecordsToList());
        }
        return changelogs;
    }

    /** Replays the captured records into the fresh driver's stores. */
    @SuppressWarnings("unchecked")
    public void restore(TopologyTestDriver driver, Map<String, List<TestRecord<byte[], byte[]>>> changelogs) {
        StringDeserializer keys = new StringDeserializer();
        changelogs.forEach((name, records) -> {
            Deserializer<Object> values = (Deserializer<Object>) valueSerdes.get(name).deserializer();
            StateStore store = driver.getAllStateStores().get(name);
            for (TestRecord<byte[], byte[]> record : records) {
                Object value = record.value() == null ? null : values.deserialize(name, record.value());
                if (store instanceof WindowStore<?, ?> window) {
                    byte[] windowedKey = record.key();
                    int keyLength = windowedKey.length - WINDOW_SUFFIX_BYTES;
                    String key = keys.deserialize(name, Arrays.copyOf(windowedKey, keyLength));
                    long windowStart = ByteBuffer.wrap(windowedKey, keyLength, Long.BYTES).getLong();
                    ((WindowStore<String, Object>) window).put(key, value, windowStart);
                } else {
                    String key = keys.deserialize(name, record.key());
                    KeyValueStore<String, Object> keyValue = (KeyValueStore<String, Object>) store;
                    if (value == null) {
                        keyValue.delete(key);
                    } else if (store instanceof TimestampedKeyValueStore<?, ?>) {
                        // A timestamped store's changelog carries the timestamp as the record's own.
                        keyValue.put(key, ValueAndTimestamp.make(value, record.timestamp()));
                    } else {
                        keyValue.put(key, value);
                    }
                }
            }
        });
    }
}
