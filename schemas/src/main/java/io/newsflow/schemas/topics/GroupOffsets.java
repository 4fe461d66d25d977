package io.newsflow.schemas.topics;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * The two offset reads everything that watches a consumer group's progress needs: what the group has
 * committed, and where partitions begin or end. Partitions the group never committed are left out.
 */
public final class GroupOffsets {
    private GroupOffsets() {
    }

    public static Map<TopicPartition, Long> committed(Admin admin, String groupId, Duration limit)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(groupId).partitionsToOffsetAndMetadata()
                .get(limit.toMillis(), TimeUnit.MILLISECONDS).forEach((partition, offset) -> {
                    if (offset != null) {
                        committed.put(partition, offset.offset());
                    }
                });
        return committed;
    }

    /** @param spec {@link OffsetSpec#latest()} for the ends, {@link OffsetSpec#earliest()} for the starts */
    public static Map<TopicPartition, Long> offsets(Admin admin, Collection<TopicPartition> partitions,
                                                    OffsetSpec spec, Duration limit)
            throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, Long> offsets = new HashMap<>();
        if (partitions.isEmpty()) {
            return offsets;
        }
        Map<TopicPartition, OffsetSpec> wanted = new HashMap<>();
        partitions.forEach(partition -> wanted.put(partition, spec));
        admin.listOffsets(wanted).all().get(limit.toMillis(), TimeUnit.MILLISECONDS)
                .forEach((partition, info) -> offsets.put(partition, info.offset()));
        return offsets;
    }
}
