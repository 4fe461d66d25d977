package io.newsflow.enrich.stream;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Which partition of the bucket repartition topic holds a dedup bucket: the one Kafka's default
 * partitioner picks for the bucket key, so the buckets stay where releases that sent one record per
 * bucket put them (and their stored members with them). An article's probes are grouped by that
 * partition, and each group is routed there; the bucket lookup runs in the tasks that read the raw topic,
 * so the group for the partition the article was read from is looked up where it was read.
 */
final class BucketPlacement implements StreamPartitioner<String, BucketProbe> {
    private final int partitions;

    BucketPlacement(int partitions) {
        this.partitions = partitions;
    }

    /** The article's probes, one per partition that holds any of its buckets, keyed by one of those buckets. */
    List<BucketProbe> probes(BucketProbe all) {
        Map<Integer, List<String>> byPartition = new LinkedHashMap<>();
        for (String key : all.bucketKeys()) {
            byPartition.computeIfAbsent(KeyPartition.of(key, partitions), partition -> new ArrayList<>()).add(key);
        }
        List<BucketProbe> probes = new ArrayList<>(byPartition.size());
        byPartition.values().forEach(keys -> probes.add(new BucketProbe(all.member(), keys)));
        return probes;
    }

    /** Whether the probe's buckets live on this partition. */
    boolean holds(int partition, BucketProbe probe) {
        return KeyPartition.of(probe.bucketKeys().get(0), partitions) == partition;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String key, BucketProbe probe, int numPartitions) {
        return Optional.of(Set.of(KeyPartition.of(probe.bucketKeys().isEmpty() ? key : probe.bucketKeys().get(0),
                numPartitions)));
    }
}
