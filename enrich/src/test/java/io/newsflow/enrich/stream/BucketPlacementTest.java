package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.MinHashSignature;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.internals.BuiltInPartitioner;
import org.junit.jupiter.api.Test;

class BucketPlacementTest {
    private static final DedupMember MEMBER = new DedupMember("wire-1", new ArrivalOrder(1, 0, 1),
            Instant.parse("2026-11-20T09:00:00Z"), new MinHashSignature(new int[] {1, 2, 3}, 10));
    private static final List<String> KEYS = IntStream.range(0, 33).mapToObj(band -> "b" + band + ":" + band * 7919)
            .toList();

    @Test
    void anArticleSendsOneProbePerPartitionAndEveryBucketExactlyOnce() {
        BucketPlacement placement = new BucketPlacement(3);

        List<BucketProbe> probes = placement.probes(new BucketProbe(MEMBER, KEYS));

        assertTrue(probes.size() <= 3, probes.size() + " probes");
        List<String> covered = new ArrayList<>();
        probes.forEach(probe -> covered.addAll(probe.bucketKeys()));
        assertEquals(Set.copyOf(KEYS), Set.copyOf(covered));
        assertEquals(KEYS.size(), covered.size());
    }

    /** Buckets stay on the partition Kafka's default partitioner gave them when each had its own record. */
    @Test
    void eachProbeGoesWhereTheDefaultPartitionerPutsEveryOneOfItsBuckets() {
        BucketPlacement placement = new BucketPlacement(5);
        Set<Integer> used = new HashSet<>();
        for (BucketProbe probe : placement.probes(new BucketProbe(MEMBER, KEYS))) {
            int partition = placement.partitions("t", probe.bucketKeys().get(0), probe, 5).orElseThrow()
                    .iterator().next();
            for (String key : probe.bucketKeys()) {
                assertEquals(BuiltInPartitioner.partitionForKey(key.getBytes(StandardCharsets.UTF_8), 5), partition,
                        key);
            }
            assertTrue(used.add(partition), "one probe per partition");
        }
    }
}
