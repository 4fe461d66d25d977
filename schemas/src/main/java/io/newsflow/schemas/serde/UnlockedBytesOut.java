package io.newsflow.schemas.serde;

import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable byte array to write binary store and repartition values into, without ByteArrayOutputStream's
 * lock: DataOutputStream writes every int, long and short one byte at a time, so a value of a few hundred
 * fields takes thousands of locked calls that the JIT cannot remove. One per value written; not thread-safe.
 */
public final class UnlockedBytesOut extends OutputStream {
    private byte[] buffer;
    private int size;

    /** @param capacity the expected size; the buffer grows past it as needed */
    public UnlockedBytesOut(int capacity) {
        this.buffer = new byte[Math.max(64, capacity)];
    }

    @Override
    public void write(int b) {
        if (size == buffer.length) {
            buffer = Arrays.copyOf(buffer, buffer.length * 2);
        }
        buffer[size++] = (byte) b;
    }

    @Override
    public void write(byte[] bytes, int offset, int length) {
        if (size + length > buffer.length) {
            buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, size + length));
        }
        System.arraycopy(bytes, offset, buffer, size, length);
        size += length;
    }

    /** What was written, in an array of its own length. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buffer, size);
    }
}
