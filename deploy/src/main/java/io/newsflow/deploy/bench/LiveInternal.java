package io.newsflow.deploy.bench;

import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What enrich and alerts wrote to their internal topics during live mode: each topic's growth between just
 * before the feed and the moment both had finished it, against the raw bytes the fed articles added. A
 * backlog is worked through in large batches, so state that Kafka Streams' caches rewrite once per commit
 * (stories, story memories, furniture tables) costs less there per article than under a steady feed, where
 * every commit rewrites what the last few articles touched.
 */
record LiveInternal(Map<Stage, List<InternalTopics.Usage>> grown, long rawBytes) {
    /** Each stage's topics that grew, largest first. */
    static LiveInternal between(Map<Stage, List<InternalTopics.Usage>> before,
                                Map<Stage, List<InternalTopics.Usage>> after, long rawBytes) {
        Map<Stage, List<InternalTopics.Usage>> grown = new EnumMap<>(Stage.class);
        after.forEach((stage, topics) -> {
            Map<String, InternalTopics.Usage> earlier = before.getOrDefault(stage, List.of()).stream()
                    .collect(Collectors.toMap(InternalTopics.Usage::name, Function.identity()));
            grown.put(stage, topics.stream().map(topic -> growth(topic, earlier.get(topic.name())))
                    .filter(topic -> topic.records() > 0 || topic.bytes() > 0)
                    .sorted(Comparator.comparingLong(InternalTopics.Usage::bytes).reversed()).toList());
        });
        return new LiveInternal(grown, rawBytes);
    }

    private static InternalTopics.Usage growth(InternalTopics.Usage now, InternalTopics.Usage earlier) {
        if (earlier == null) {
            return now;
        }
        return new InternalTopics.Usage(now.name(), now.kind(), now.records() - earlier.records(),
                now.bytes() - earlier.bytes());
    }

    long records(Stage stage) {
        return grown.getOrDefault(stage, List.of()).stream().mapToLong(InternalTopics.Usage::records).sum();
    }

    long bytes(Stage stage) {
        return grown.getOrDefault(stage, List.of()).stream().mapToLong(InternalTopics.Usage::bytes).sum();
    }

    long bytes() {
        return grown.keySet().stream().mapToLong(this::bytes).sum();
    }
}
