package io.newsflow.deploy.bench;

import io.newsflow.schemas.topics.GroupOffsets;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.LogDirDescription;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.ReplicaInfo;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.TopicPartition;

/** What the bench asks the cluster through the Admin API: topics, offsets, committed offsets and log sizes. */
final class ClusterView implements AutoCloseable {
    /** Generous: the bench asks between stages, and a slow answer is no reason to fail it. */
    private static final Duration CALL_LIMIT = Duration.ofMinutes(1);
    private final Admin admin;

    ClusterView(Map<String, Object> clientConfig) {
        this.admin = Admin.create(clientConfig);
    }

    Set<String> topics() {
        return get(admin.listTopics().names());
    }

    /** A consumer group's committed offsets (for a Streams app, the application id). */
    Map<TopicPartition, Long> committed(String group) {
        return ask(() -> GroupOffsets.committed(admin, group, CALL_LIMIT));
    }

    /** A group's committed offsets on one topic, added up: for a topic without transactions, records read. */
    long committedTotal(String group, String topic) {
        return committed(group).entrySet().stream().filter(entry -> entry.getKey().topic().equals(topic))
                .mapToLong(Map.Entry::getValue).sum();
    }

    /** The total of a topic's end offsets (for a topic written without transactions, its record count). */
    long endOffsetTotal(String topic) {
        List<TopicPartition> partitions = partitions(topic);
        return ask(() -> GroupOffsets.offsets(admin, partitions, OffsetSpec.latest(), CALL_LIMIT)).values().stream()
                .mapToLong(Long::longValue).sum();
    }

    List<TopicPartition> partitions(String topic) {
        return get(admin.describeTopics(List.of(topic)).allTopicNames()).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
    }

    /** Bytes the topics' logs hold on the brokers' disks, per topic in the order given (every replica counted). */
    Map<String, Long> logBytes(Collection<String> topics) {
        List<Integer> brokers = get(admin.describeCluster().nodes()).stream().map(Node::id).toList();
        Map<String, Long> bytes = new LinkedHashMap<>();
        topics.forEach(topic -> bytes.put(topic, 0L));
        for (Map<String, LogDirDescription> dirs : get(admin.describeLogDirs(brokers).allDescriptions()).values()) {
            for (LogDirDescription dir : dirs.values()) {
                for (Map.Entry<TopicPartition, ReplicaInfo> replica : dir.replicaInfos().entrySet()) {
                    bytes.computeIfPresent(replica.getKey().topic(), (topic, sum) -> sum + replica.getValue().size());
                }
            }
        }
        return bytes;
    }

    /** An offsets read, as {@link #get} reports failures. */
    private interface OffsetsRead<T> {
        T read() throws ExecutionException, InterruptedException, TimeoutException;
    }

    private static <T> T ask(OffsetsRead<T> read) {
        try {
            return read.read();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a bench request: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("Kafka did not answer a bench request within " + CALL_LIMIT, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        }
    }

    private static <T> T get(KafkaFuture<T> future) {
        try {
            return future.get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("Kafka refused a bench request: " + e.getCause().getMessage(), e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while asking Kafka", e);
        }
    }

    @Override
    public void close() {
        admin.close();
    }
}
