package io.newsflow.deploy.run;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads how far a consumer group has got, across all its instances: the sum of its committed offsets and
 * how many records its partitions hold beyond them. Committed offsets only move when a transaction commits,
 * so a task that keeps failing and being retried shows as no progress however much it reads.
 */
final class GroupProgress {
    private static final Duration CALL_LIMIT = Duration.ofSeconds(5);
    private final Admin admin;

    GroupProgress(Admin admin) {
        this.admin = admin;
    }

    record Reading(long committed, long lag) {
    }

    Reading read(String groupId) throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(partition -> latest.put(partition, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResultInfo> ends = latest.isEmpty() ? Map.of()
                : admin.listOffsets(latest).all().get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        long sum = 0;
        long lag = 0;
        for (Map.Entry<TopicPartition, OffsetAndMetadata> entry : committed.entrySet()) {
            long offset = entry.getValue() == null ? 0 : entry.getValue().offset();
            sum += offset;
            ListOffsetsResultInfo end = ends.get(entry.getKey());
            if (end != null) {
                lag += Math.max(0, end.offset() - offset);
            }
        }
        return new Reading(sum, lag);
    }
}
