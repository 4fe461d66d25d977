package io.newsflow.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Splits a stream into lines of bytes, not characters, so that one badly encoded line is rejected on its
 * own instead of failing the whole file, and so a line longer than the limit is skipped (its first bytes
 * kept for the dead letter) without ever being held in memory whole. Reads through its own buffer: a
 * backfill file has millions of lines, and a call per byte on a synchronised stream costs time.
 */
public final class ByteLineReader {
    private static final int BUFFER_BYTES = 64 * 1024;

    /** A line; when {@code tooLong}, {@code bytes} holds only its start and {@code length} its full size. */
    public record Line(long number, byte[] bytes, boolean tooLong, long length) {
    }

    private final InputStream in;
    private final int maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int limit;
    private long lineNumber;

    public ByteLineReader(InputStream in, int maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** The next line without its line ending (LF or CRLF), or empty at the end of the stream. */
    public Optional<Line> next() throws IOException {
        if (!fill()) {
            return Optional.empty();
        }
        ByteArrayOutputStream kept = new ByteArrayOutputStream(256);
        long length = 0;
        boolean endOfLine = false;
        while (!endOfLine && fill()) {
            int start = position;
            while (position < limit && buffer[position] != '\n') {
                position++;
            }
            int chunk = position - start;
            // one byte over the limit is kept so a CRLF line of exactly the limit is still recognised
            int room = (int) Math.max(0, Math.min(chunk, maxLineBytes + 1L - kept.size()));
            kept.write(buffer, start, room);
            length += chunk;
            if (position < limit) {
                position++;
                endOfLine = true;
            }
        }
        lineNumber++;
        byte[] bytes = kept.toByteArray();
        boolean whole = bytes.length == length;
        if (whole && length > 0 && bytes[bytes.length - 1] == '\r') {
            bytes = Arrays.copyOf(bytes, bytes.length - 1);
            length--;
        }
        boolean tooLong = length > maxLineBytes;
        return Optional.of(new Line(lineNumber, tooLong ? Arrays.copyOf(bytes, maxLineBytes) : bytes, tooLong,
                length));
    }

    /** Whether unread bytes are buffered, reading more when the buffer is used up. */
    private boolean fill() throws IOException {
        if (position < limit) {
            return true;
        }
        limit = in.read(buffer, 0, buffer.length);
        position = 0;
        if (limit < 0) {
            limit = 0;
            return false;
        }
        return true;
    }
}
