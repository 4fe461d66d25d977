package io.newsflow.deploy.run;

import io.micrometer.core.instrument.config.MeterFilter;

/**
 * Kafka Streams' RocksDB property gauges (estimate-num-keys, block-cache-usage, ... tagged with the store's
 * {@code rocksdb-*-state-id}) are kept out of {@code /metrics}: a scrape reads them from the native store
 * with nothing held against the stream thread closing that store in a rebalance, and a read that races the
 * close crashes the JVM in native code (seen here in {@code DBImpl::GetAggregatedIntProperty} while a
 * fenced task closed its stores; KAFKA-10025). The store sizes they report are read from disk instead, as
 * the changelog topics' sizes.
 */
final class RocksDbGauges {
    static final MeterFilter DENY = MeterFilter.deny(id -> id.getName().startsWith("kafka.stream.state")
            && id.getTags().stream().anyMatch(tag -> tag.getKey().startsWith("rocksdb")));

    private RocksDbGauges() {
    }
}
