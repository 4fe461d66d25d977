package io.newsflow.schemas.serde;

import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a byte array for a DataInputStream without ByteArrayInputStream's lock: DataInputStream reads every
 * int, long and short one byte at a time, so a MinHash signature alone is hundreds of locked calls. Not
 * thread-safe; one per value read.
 */
public final class UnlockedBytesIn extends InputStream {
    private final byte[] bytes;
    private int position;

    public UnlockedBytesIn(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    @Override
    public int read() {
        return position < bytes.length ? bytes[position++] & 0xff : -1;
    }

    @Override
    public int read(byte[] into, int offset, int length) {
        Objects.checkFromIndexSize(offset, length, into.length);
        if (length == 0) {
            return 0;
        }
        int available = bytes.length - position;
        if (available <= 0) {
            return -1;
        }
        int copied = Math.min(length, available);
        System.arraycopy(bytes, position, into, offset, copied);
        position += copied;
        return copied;
    }

    @Override
    public long skip(long n) {
        long skipped = Math.max(0, Math.min(n, bytes.length - position));
        position += (int) skipped;
        return skipped;
    }

    @Override
    public int available() {
        return bytes.length - position;
    }
}
