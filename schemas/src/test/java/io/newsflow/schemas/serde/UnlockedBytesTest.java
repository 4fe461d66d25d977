package io.newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import org.junit.jupiter.api.Test;

class UnlockedBytesTest {
    private static final String MIXED = "Caracas, Bogotá — 北京 \uD83D\uDCF0 and a NUL \u0000 char";

    private static void writeSample(DataOutputStream out) throws IOException {
        out.writeByte(3);
        out.writeUTF(MIXED);
        out.writeInt(-123_456_789);
        out.writeLong(Long.MIN_VALUE + 7);
        out.writeShort(65_535);
        out.writeBoolean(true);
        out.writeDouble(0.125);
        byte[] block = new byte[5_000];
        for (int i = 0; i < block.length; i++) {
            block[i] = (byte) (i * 31);
        }
        out.write(block);
    }

    @Test
    void writesTheSameBytesAsAByteArrayOutputStream() throws IOException {
        ByteArrayOutputStream locked = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(locked)) {
            writeSample(out);
        }
        UnlockedBytesOut unlocked = new UnlockedBytesOut(16);
        try (DataOutputStream out = new DataOutputStream(unlocked)) {
            writeSample(out);
        }
        assertArrayEquals(locked.toByteArray(), unlocked.toByteArray());
    }

    @Test
    void readsBackWhatWasWritten() throws IOException {
        UnlockedBytesOut bytes = new UnlockedBytesOut(0);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            writeSample(out);
        }
        try (DataInputStream in = new DataInputStream(new UnlockedBytesIn(bytes.toByteArray()))) {
            assertEquals(3, in.readByte());
            assertEquals(MIXED, in.readUTF());
            assertEquals(-123_456_789, in.readInt());
            assertEquals(Long.MIN_VALUE + 7, in.readLong());
            assertEquals(65_535, in.readUnsignedShort());
            assertEquals(true, in.readBoolean());
            assertEquals(0.125, in.readDouble());
            byte[] block = new byte[5_000];
            in.readFully(block);
            assertEquals((byte) (4_999 * 31), block[4_999]);
            assertEquals(0, in.available());
            assertEquals(-1, in.read());
        }
    }

    @Test
    void aTruncatedValueEndsInEofNotInGarbage() {
        byte[] truncated = {0, 0, 0};
        DataInputStream in = new DataInputStream(new UnlockedBytesIn(truncated));
        assertThrows(EOFException.class, in::readInt);
        DataInputStream utf = new DataInputStream(new UnlockedBytesIn(new byte[] {0, 9, 'a', 'b'}));
        assertThrows(EOFException.class, utf::readUTF);
    }
}
