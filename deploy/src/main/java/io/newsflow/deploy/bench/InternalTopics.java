package io.newsflow.deploy.bench;

import io.newsflow.schemas.config.Settings;
import java.util.List;
import java.util.Map;

/**
 * A Streams application's internal topics, found by the application id prefix (not by name, so the
 * bench keeps working when a topology's stores and repartitions change), with what each holds.
 */
final class InternalTopics {
    private InternalTopics() {
    }

    /** How Kafka Streams names them: {@code <application.id>-<name>-repartition} or {@code -changelog}. */
    enum Kind {
        REPARTITION, CHANGELOG, OTHER;

        static Kind of(String topic) {
            return topic.endsWith("-repartition") ? REPARTITION : topic.endsWith("-changelog") ? CHANGELOG : OTHER;
        }
    }

    /** One internal topic: its name without the prefix, records written (committed) and bytes on disk. */
    record Usage(String name, Kind kind, long records, long bytes) {
    }

    static List<Usage> measure(Settings settings, ClusterView cluster, String prefix) {
        List<String> names = cluster.topics().stream().filter(topic -> topic.startsWith(prefix)).sorted().toList();
        Map<String, Long> bytes = cluster.logBytes(names);
        return names.stream().map(topic -> new Usage(topic.substring(prefix.length()), Kind.of(topic),
                CommittedRecords.count(settings, topic), bytes.get(topic))).toList();
    }
}
