package io.newsflow.enrich.stream;

import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.streams.KafkaStreams;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Watches the enrich consumer group's committed offsets against the end offsets of the enrich inputs, once a
 * second, across all instances of the application. Committed offsets are read first, so "drained as of"
 * the moment before that read is never later than the truth.
 */
public final class ConsumerGroupBacklog implements EnrichBacklog {
    private static final Logger LOG = LoggerFactory.getLogger(ConsumerGroupBacklog.class);
    private static final Duration INTERVAL = Duration.ofSeconds(1);

    private final Admin admin;
    private final String groupId;
    private final List<String> topics;
    private final ScheduledExecutorService poller;
    private volatile long drainedAsOf = -1;
    private boolean warned;

    /** Reads the committed offsets of {@code groupId} against the end offsets of {@code topics}. */
    public ConsumerGroupBacklog(Map<String, Object> adminConfig, String groupId, List<String> topics) {
        this.admin = Admin.create(adminConfig);
        this.groupId = groupId;
        this.topics = topics;
        this.poller = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "newsflow-enrich-backlog");
            thread.setDaemon(true);
            return thread;
        });
    }

    /** Polls until the Streams instance starts shutting down, so the admin client closes before logging does. */
    public void watch(KafkaStreams streams) {
        watchWhile(() -> switch (streams.state()) {
            case PENDING_SHUTDOWN, NOT_RUNNING, PENDING_ERROR, ERROR -> false;
            default -> true;
        });
    }

    /** Polls once a second while {@code running} says so, then closes its admin client. */
    public void watchWhile(BooleanSupplier running) {
        poller.scheduleWithFixedDelay(() -> pollWhile(running), INTERVAL.toMillis(), INTERVAL.toMillis(),
                TimeUnit.MILLISECONDS);
    }

    @Override
    public long drainedAsOf() {
        return drainedAsOf;
    }

    private void pollWhile(BooleanSupplier running) {
        if (!running.getAsBoolean()) {
            poller.shutdown();
            admin.close(Duration.ofSeconds(5));
            return;
        }
        long asOf = System.currentTimeMillis();
        try {
            if (isDrained()) {
                drainedAsOf = asOf;
            }
            warned = false;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            // Until Streams has created its repartition topics (first start), or while the cluster is
            // unreachable, held records fall back to the first-seen grace. An outage is logged once; the
            // poller keeps going.
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                LOG.debug("enrich's topics are not all created yet: {}", e.getCause().getMessage());
            } else if (!warned) {
                LOG.info("cannot read the enrich backlog ({}); held records wait for the first-seen grace",
                        e.toString());
                warned = true;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean isDrained() throws ExecutionException, InterruptedException, TimeoutException {
        Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(groupId)
                .partitionsToOffsetAndMetadata().get(INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        for (TopicPartition partition : partitions()) {
            latest.put(partition, OffsetSpec.latest());
        }
        Map<TopicPartition, ListOffsetsResultInfo> ends = admin.listOffsets(latest).all()
                .get(INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
        return ends.entrySet().stream().allMatch(end -> {
            OffsetAndMetadata read = committed.get(end.getKey());
            return end.getValue().offset() == 0 || read != null && read.offset() >= end.getValue().offset();
        });
    }

    private List<TopicPartition> partitions() throws ExecutionException, InterruptedException, TimeoutException {
        Collection<TopicDescription> described = admin.describeTopics(topics).allTopicNames()
                .get(INTERVAL.toMillis(), TimeUnit.MILLISECONDS).values();
        return described.stream().flatMap(topic -> topic.partitions().stream()
                        .map(partition -> new TopicPartition(topic.name(), partition.partition())))
                .collect(Collectors.toList());
    }
}
