package io.newsflow.enrich.stream;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.utils.Utils;

/** The partition Kafka's default partitioner picks for a string key, as Streams and ingest's producer use it. */
final class KeyPartition {
    private KeyPartition() {
    }

    static int of(String key, int partitions) {
        return Utils.toPositive(Utils.murmur2(key.getBytes(StandardCharsets.UTF_8))) % partitions;
    }
}
