package io.newsflow.enrich.stream.order;

import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The wall-clock time a holding step upstream (enrich's dedup-decide) began to hold an article, carried in a
 * record header to the step that restores first-seen order, so that step's wait for the inputs to settle counts
 * from then and runs alongside the upstream hold instead of after it. Only on internal topics: the step that
 * reads it releases articles with fresh headers.
 */
public final class HeldSinceHeader {
    public static final String NAME = "newsflow.held.since";

    private HeldSinceHeader() {
    }

    /** Headers carrying the time. */
    public static Headers of(long wallClockMillis) {
        return new RecordHeaders().add(NAME, ByteBuffer.allocate(Long.BYTES).putLong(wallClockMillis).array());
    }

    /** The time the headers carry; empty when they carry none, or one of another length. */
    static OptionalLong read(Headers headers) {
        Header header = headers.lastHeader(NAME);
        if (header == null || header.value() == null || header.value().length != Long.BYTES) {
            return OptionalLong.empty();
        }
        return OptionalLong.of(ByteBuffer.wrap(header.value()).getLong());
    }
}
