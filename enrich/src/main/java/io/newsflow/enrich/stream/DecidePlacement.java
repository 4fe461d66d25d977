package io.newsflow.enrich.stream;

import java.util.Optional;
import java.util.Set;
import org.apache.kafka.streams.processor.StreamPartitioner;

/**
 * Which dedup-decide task decides an article: the one of the partition Kafka's default partitioner picks for its
 * id. Decide runs in the tasks that read the raw topic and look up the buckets, so an article read from that very
 * partition (as ingest, keying by article id, nearly always publishes it) is held where it was read, and the
 * answer of the buckets on that partition goes to it there; only the rest cross the dedup-decide topic.
 */
final class DecidePlacement implements StreamPartitioner<String, DecideInput> {
    private final int partitions;

    DecidePlacement(int partitions) {
        this.partitions = partitions;
    }

    /** Whether the task of this partition (of the raw or bucket topic) is the one that decides the article. */
    boolean decidesOn(String articleId, int partition) {
        return KeyPartition.of(articleId, partitions) == partition;
    }

    @Override
    public Optional<Set<Integer>> partitions(String topic, String articleId, DecideInput input, int numPartitions) {
        return Optional.of(Set.of(KeyPartition.of(articleId, numPartitions)));
    }
}
