package io.newsflow.ingest.publish;

import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * The producer configuration ingest needs. Durability is not negotiable (idempotence and acks=all: a
 * retried send must neither duplicate nor lose an article); throughput settings are defaults that the
 * operator's settings may override, sized for backfills (batches of 256 KiB, 10 ms linger, zstd, which
 * compresses news text well).
 */
public final class ProducerSettings {
    private ProducerSettings() {
    }

    public static Map<String, Object> forIngest(Map<String, Object> clientConfig) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        config.put(ProducerConfig.BATCH_SIZE_CONFIG, 256 * 1024);
        config.put(ProducerConfig.LINGER_MS_CONFIG, 10);
        config.put(ProducerConfig.CLIENT_ID_CONFIG, "newsflow-ingest");
        config.putAll(clientConfig);
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        config.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
        return config;
    }
}
