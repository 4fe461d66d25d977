package io.newsflow.deploy.bench;

import java.io.PrintStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;
import java.util.stream.Collectors;

/** What a bench run measured, and the summary it prints. */
public record BenchReport(BenchOptions options, String loadAtStart, String loadAtEnd, Backlog backlog,
                          Map<Stage, StageResult> stages, EnrichOutcome enrich, long alertsExamined, long alertsWritten,
                          Map<String, Long> outputBytes, LiveResult live) {
    private static final double MB = 1e6;

    public void print(PrintStream out) {
        out.println();
        out.printf(Locale.ROOT, "newsflow bench: %,d articles measured after %,d warm-up (seed %d), %d partitions; "
                        + "load average %s at start, %s at end (%d cores)%n", options.articles(), options.warmup(),
                options.seed(), options.partitions(), loadAtStart, loadAtEnd, Runtime.getRuntime().availableProcessors());
        out.println();
        out.printf("%-16s %10s %7s %14s %14s %20s %12s %13s %12s  %-18s %s%n", "stage", "records/s", "MB/s",
                "CPU ms/record", "of which JIT", "internal rec/input", "internal MB", "peak heap MB", "peak RSS MB",
                "measured", "whole run/s");
        stages.values().forEach(stage -> out.printf(Locale.ROOT, "%-16s %,10.0f %7.2f %14.2f %14.2f %20.2f %12.1f "
                        + "%13.0f %12s  %-18s %,.0f%n", stage.stage().label(), stage.recordsPerSecond(),
                stage.megabytesPerSecond(), stage.cpuMillisPerRecord(), stage.compilerCpuMillisPerRecord(),
                stage.internalRecords(null) / (double) stage.inputRecords(),
                stage.internalBytes() / MB, stage.peakHeapBytes() / MB, megabytes(stage.peakResidentBytes()),
                String.format(Locale.ROOT, "%,d in %.1f s", stage.measuredRecords(), stage.seconds()),
                stage.wholeRunRecordsPerSecond()));
        double passthrough = stages.get(Stage.PASSTHROUGH).recordsPerSecond();
        out.printf(Locale.ROOT, "ratios (records/s): (b)/(a) = %.3f, (c)/(a) = %.3f%n",
                stages.get(Stage.ENRICH).recordsPerSecond() / passthrough,
                stages.get(Stage.ALERTS).recordsPerSecond() / passthrough);
        long internalRecords = stages.values().stream().mapToLong(stage -> stage.internalRecords(null)).sum();
        long internalBytes = stages.values().stream().mapToLong(StageResult::internalBytes).sum();
        out.printf(Locale.ROOT, "totals: internal records per article %.2f; internal bytes / raw bytes %.1f "
                        + "(%.1f MB internal, %.1f MB raw, both on disk)%n", internalRecords / (double) backlog.articles(),
                internalBytes / (double) backlog.bytesOnDisk(), internalBytes / MB, backlog.bytesOnDisk() / MB);
        printOutputs(out, internalBytes);
        out.println();
        out.println("internal topics (records written, committed; bytes on disk; per input record of the stage):");
        out.printf("%-16s %-12s %-44s %12s %10s %10s %10s%n", "stage", "kind", "topic", "records", "rec/input", "MB",
                "KB/input");
        for (StageResult stage : stages.values()) {
            for (InternalTopics.Usage topic : stage.internal()) {
                out.printf(Locale.ROOT, "%-16s %-12s %-44s %,12d %10.2f %10.1f %10.2f%n", stage.stage().label(),
                        topic.kind().name().toLowerCase(Locale.ROOT), topic.name(), topic.records(),
                        topic.records() / (double) stage.inputRecords(), topic.bytes() / MB,
                        topic.bytes() / 1e3 / stage.inputRecords());
            }
        }
        out.println();
        out.printf(Locale.ROOT, "enrich: %,d articles in -> %,d enriched + %,d duplicates + %,d dead letters "
                        + "(the stream holds %,d near copies and %,d exact re-posts)%n", backlog.articles(),
                enrich.enriched(), enrich.duplicates(), enrich.deadLetters(), backlog.nearCopies(), backlog.exactReposts());
        out.printf(Locale.ROOT, "alerts: %,d of %,d enriched articles compared with their stories%s, %,d alerts written%n",
                alertsExamined, enrich.enriched(), alertsExamined > enrich.enriched()
                        ? " (the excess compared again after a transaction was aborted or a task fenced)" : "",
                alertsWritten);
        out.printf(Locale.ROOT, "(d) live: %.1f articles/s for %d s, %,d fed: raw->enriched %s (%,d originals); "
                        + "raw->alert %s (%,d alerts)%n", live.ratePerSecond(), live.seconds(), live.fed(),
                p50p99(live.enrichedLatencies()), live.enrichedLatencies().size(), p50p99(live.alertLatencies()),
                live.alertLatencies().size());
        printLiveInternal(out, live);
        out.println("of which JIT: the CPU ms/record of the stage's JIT compiler threads, which a long-running service "
                + "pays once; a larger --warmup and --articles leave less of it in the window");
        out.println("latency: from the raw article's firstSeenAt (stamped by ingest's assembler just before the send) "
                + "to its receipt by a read_committed consumer in the bench process");
    }

    /** The topics enrich and alerts publish, beside the internal ones: together, what the broker stores for them. */
    private void printOutputs(PrintStream out, long internalBytes) {
        long outputs = outputBytes.values().stream().mapToLong(Long::longValue).sum();
        String each = outputBytes.entrySet().stream().map(topic -> String.format(Locale.ROOT, "%s %.1f MB",
                topic.getKey(), topic.getValue() / MB)).collect(Collectors.joining(", "));
        out.printf(Locale.ROOT, "outputs on disk after the backlog: %s; internal + outputs / raw bytes %.1f%n", each,
                (internalBytes + outputs) / (double) backlog.bytesOnDisk());
    }

    /** Per fed article: what enrich and alerts wrote to each internal topic while the feed ran, largest first. */
    private static void printLiveInternal(PrintStream out, LiveResult live) {
        LiveInternal internal = live.internal();
        long fed = Math.max(1, live.fed());
        out.printf(Locale.ROOT, "(d) live internal topics per fed article: enrich %.2f records, %.2f KB; alerts %.2f "
                        + "records, %.2f KB; internal bytes / raw bytes %.1f (%.1f MB internal, %.1f MB raw, "
                        + "both on disk)%n",
                internal.records(Stage.ENRICH) / (double) fed, internal.bytes(Stage.ENRICH) / 1e3 / fed,
                internal.records(Stage.ALERTS) / (double) fed, internal.bytes(Stage.ALERTS) / 1e3 / fed,
                internal.bytes() / (double) Math.max(1, internal.rawBytes()), internal.bytes() / MB,
                internal.rawBytes() / MB);
        internal.grown().forEach((stage, topics) -> topics.forEach(topic ->
                out.printf(Locale.ROOT, "    %-12s %-44s %10.2f rec %8.2f KB per fed article%n", stage.label(),
                        topic.name(), topic.records() / (double) fed, topic.bytes() / 1e3 / fed)));
    }

    private static String p50p99(List<Long> latencies) {
        OptionalLong p50 = Percentiles.of(latencies, 50);
        OptionalLong p99 = Percentiles.of(latencies, 99);
        return p50.isEmpty() ? "n/a" : String.format(Locale.ROOT, "p50 %,d ms, p99 %,d ms", p50.getAsLong(),
                p99.getAsLong());
    }

    private static String megabytes(OptionalLong bytes) {
        return bytes.isEmpty() ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes.getAsLong() / MB);
    }
}
