package io.newsflow.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a stream into lines of bytes, not characters, so that one badly encoded line is rejected on its
 * own instead of failing the whole file, and so a line longer than the limit is skipped (its first bytes
 * kept for the dead letter) without ever being held in memory whole.
 */
public final class ByteLineReader {
    /** A line; when {@code tooLong}, {@code bytes} holds only its start and {@code length} its full size. */
    public record Line(long number, byte[] bytes, boolean tooLong, long length) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private long lineNumber;

    public ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line ending, or empty at the end of the stream. */
    public Optional<Line> next() throws IOException {
        ByteArrayOutputStream kept = new ByteArrayOutputStream(256);
        long length = 0;
        int value = in.read();
        if (value == -1) {
            return Optional.empty();
        }
        while (value != -1 && value != '\n') {
            if (length < maxLineBytes) {
                kept.write(value);
            }
            length++;
            value = in.read();
        }
        lineNumber++;
        byte[] bytes = kept.toByteArray();
        if (length <= maxLineBytes && bytes.length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        return Optional.of(new Line(lineNumber, bytes, length > maxLineBytes, length));
    }
}
