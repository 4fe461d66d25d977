package io.newsflow.schemas.streams;

import java.nio.ByteBuffer;
import java.util.OptionalLong;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;
import org.apache.kafka.common.header.internals.RecordHeaders;

/**
 * The wall-clock time from which a first-seen order step's wait for the inputs to settle may count, carried in a
 * record header: when a holding step upstream (enrich's dedup-decide) began to hold the article, so the two
 * holds wait for the same settling, or when the application read it from its source ({@link ReadTimeStamp}).
 * Only on internal topics: the order step releases articles with fresh headers.
 */
public final class HeldSinceHeader {
    public static final String NAME = "newsflow.held.since";

    private HeldSinceHeader() {
    }

    /** Headers carrying the time. */
    public static Headers of(long wallClockMillis) {
        return stamp(new RecordHeaders(), wallClockMillis);
    }

    /** Puts the time in the headers, in place of any they carried. */
    static Headers stamp(Headers headers, long wallClockMillis) {
        return headers.remove(NAME).add(NAME, ByteBuffer.allocate(Long.BYTES).putLong(wallClockMillis).array());
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
