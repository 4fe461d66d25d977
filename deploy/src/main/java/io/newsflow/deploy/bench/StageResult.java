package io.newsflow.deploy.bench;

import java.util.List;
import java.util.OptionalLong;

/**
 * What one backlog stage measured. The rates and CPU are over the measured window: from the moment it had
 * read the warm-up records to the moment it had finished every record, counting the records it read in
 * between. Internal topics are over the whole backlog, so they are divided by every input record.
 *
 * @param inputRecords      every record of the stage's input, warm-up included
 * @param inputBytesPerRecord serialized key and value bytes of an input record, on average
 */
record StageResult(Stage stage, Mark start, Mark from, Mark to, long inputRecords, double inputBytesPerRecord, long peakHeapBytes,
                   OptionalLong peakResidentBytes, List<InternalTopics.Usage> internal) {
    long measuredRecords() {
        return to.read() - from.read();
    }

    double seconds() {
        return to.secondsSince(from);
    }

    double recordsPerSecond() {
        return measuredRecords() / seconds();
    }

    /** Every input record over the whole run, start-up of the application included. */
    double wholeRunRecordsPerSecond() {
        return inputRecords / to.secondsSince(start);
    }

    double megabytesPerSecond() {
        return recordsPerSecond() * inputBytesPerRecord / 1e6;
    }

    double cpuMillisPerRecord() {
        return to.cpu().minus(from.cpu()).toNanos() / 1e6 / measuredRecords();
    }

    /**
     * The part of {@link #cpuMillisPerRecord} spent by the JIT compiler threads: in a short run, compiling the
     * stage's code is much of its CPU, which a long-running service pays once.
     */
    double compilerCpuMillisPerRecord() {
        return to.compilerCpu().minus(from.compilerCpu()).toNanos() / 1e6 / measuredRecords();
    }

    long internalRecords(InternalTopics.Kind kind) {
        return internal.stream().filter(usage -> kind == null || usage.kind() == kind)
                .mapToLong(InternalTopics.Usage::records).sum();
    }

    long internalBytes() {
        return internal.stream().mapToLong(InternalTopics.Usage::bytes).sum();
    }
}
