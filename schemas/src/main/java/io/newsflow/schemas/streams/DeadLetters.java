package io.newsflow.schemas.streams;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.schemas.avro.DeadLetter;
import java.nio.ByteBuffer;
import java.time.Instant;

/** Builds dead-letter records: the original bytes, where they came from, and why they failed. */
public final class DeadLetters {
    /** Dead letters written, by stage and reason, on the global registry every service exposes. */
    public static final String METER = "newsflow.deadletters";

    private DeadLetters() {
    }

    /** Counts one dead letter; every place that writes one calls this. */
    public static void count(String stage, String reason) {
        Metrics.counter(METER, "stage", stage, "reason", reason).increment();
    }

    /** For a Kafka record that a stage could not process. */
    public static DeadLetter forRecord(String stage, String reason, byte[] key, byte[] value, String topic,
                                       int partition, long offset, Throwable error, Instant now) {
        return base(stage, reason, error, now)
                .setKey(wrap(key))
                .setValue(wrap(value))
                .setTopic(topic)
                .setPartition(partition)
                .setOffset(offset)
                .build();
    }

    /** For outside input (a file line, a page, a feed) that could not become a record. */
    public static DeadLetter forInput(String stage, String reason, String input, byte[] raw, Throwable error,
                                      Instant now) {
        return base(stage, reason, error, now)
                .setInput(input)
                .setValue(wrap(raw))
                .build();
    }

    private static DeadLetter.Builder base(String stage, String reason, Throwable error, Instant now) {
        return DeadLetter.newBuilder()
                .setStage(stage)
                .setReason(reason)
                .setErrorClass(error.getClass().getName())
                .setErrorMessage(String.valueOf(error.getMessage()))
                .setOccurredAt(now);
    }

    private static ByteBuffer wrap(byte[] bytes) {
        return bytes == null ? null : ByteBuffer.wrap(bytes);
    }
}
