package io.newsflow.deploy.run;

import io.newsflow.schemas.topics.GroupOffsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * Reads how far a consumer group has got, across all its instances: the sum of its committed offsets and
 * how many records its partitions hold beyond them (a partition assigned but never committed counts from
 * its first record, so a stall before the first commit shows too). Committed offsets only move when a transaction commits,
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
        Map<TopicPartition, Long> committed = GroupOffsets.committed(admin, groupId, CALL_LIMIT);
        Set<TopicPartition> partitions = new HashSet<>(committed.keySet());
        partitions.addAll(assigned(groupId));
        Map<TopicPartition, Long> ends = GroupOffsets.offsets(admin, partitions, OffsetSpec.latest(), CALL_LIMIT);
        Set<TopicPartition> neverCommitted = new HashSet<>(partitions);
        neverCommitted.removeAll(committed.keySet());
        Map<TopicPartition, Long> starts = GroupOffsets.offsets(admin, neverCommitted, OffsetSpec.earliest(),
                CALL_LIMIT);
        long sum = 0;
        long lag = 0;
        for (TopicPartition partition : partitions) {
            long offset = committed.getOrDefault(partition, starts.getOrDefault(partition, 0L));
            sum += offset;
            lag += Math.max(0, ends.getOrDefault(partition, offset) - offset);
        }
        return new Reading(sum, lag);
    }

    /** The partitions the group's members are assigned: before its first commit, it has no committed offsets. */
    private Set<TopicPartition> assigned(String groupId)
            throws ExecutionException, InterruptedException, TimeoutException {
        ConsumerGroupDescription group = admin.describeConsumerGroups(List.of(groupId)).describedGroups()
                .get(groupId).get(CALL_LIMIT.toMillis(), TimeUnit.MILLISECONDS);
        Set<TopicPartition> partitions = new HashSet<>();
        for (MemberDescription member : group.members()) {
            partitions.addAll(member.assignment().topicPartitions());
        }
        return partitions;
    }
}
