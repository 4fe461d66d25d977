package io.newsflow.ingest.publish;

import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import java.util.stream.Collectors;

/**
 * Running totals of one ingest run. Every input read ends as published or rejected, so
 * read = published + rejected + still in flight. Updated from producer callbacks, hence the adders.
 */
public final class IngestSummary {
    private final LongAdder read = new LongAdder();
    private final LongAdder published = new LongAdder();
    private final Map<String, LongAdder> rejectedByReason = new ConcurrentHashMap<>();

    void countRead() {
        read.increment();
    }

    void countPublished() {
        published.increment();
    }

    void countRejected(String reason) {
        rejectedByReason.computeIfAbsent(reason, ignored -> new LongAdder()).increment();
    }

    public long read() {
        return read.sum();
    }

    public long published() {
        return published.sum();
    }

    public long rejected() {
        return rejectedByReason.values().stream().mapToLong(LongAdder::sum).sum();
    }

    /** Rejections per reason code, sorted by reason. */
    public Map<String, Long> rejectedByReason() {
        Map<String, Long> sorted = new TreeMap<>();
        rejectedByReason.forEach((reason, count) -> sorted.put(reason, count.sum()));
        return sorted;
    }

    /** E.g. "read 12, published 10, rejected 2 (invalid-json 1, missing-body 1)". */
    @Override
    public String toString() {
        String totals = "read " + read() + ", published " + published() + ", rejected " + rejected();
        Map<String, Long> reasons = rejectedByReason();
        if (reasons.isEmpty()) {
            return totals;
        }
        return totals + reasons.entrySet().stream().map(entry -> entry.getKey() + " " + entry.getValue())
                .collect(Collectors.joining(", ", " (", ")"));
    }
}
