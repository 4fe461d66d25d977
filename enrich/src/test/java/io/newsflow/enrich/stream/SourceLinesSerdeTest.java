package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.furniture.SourceLines;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SourceLinesSerdeTest {
    private static final long CLOCK = 1_764_000_000_000L;
    private final SourceLinesSerde serde = new SourceLinesSerde();

    @Test
    void aTableReadsBackAsItWasWritten() {
        SourceLines table = table(128);

        SourceLines read = serde.deserializer().deserialize("t", serde.serializer().serialize("t", table));

        assertEquals(table.pages(), read.pages());
        assertEquals(table.lastPage(), read.lastPage());
        assertEquals(table.clockMillis(), read.clockMillis());
        assertEquals(table.lines(), read.lines());
    }

    /** The table is rewritten at every commit that touches its source: a full one takes under half its old bytes. */
    @Test
    void aFullTableTakesLessThanHalfTheBytesOfTheFullWidthFormat() throws IOException {
        SourceLines table = table(128);

        int written = serde.serializer().serialize("t", table).length;

        assertTrue(written * 2 < fullWidth(table, false).length, () -> written + " bytes");
    }

    /** Tables stored before fingerprints were narrowed hold 64-bit hashes, which read as the narrowed fingerprints. */
    @Test
    void aFormatOneTableReadsWithItsFingerprintsNarrowed() throws IOException {
        SourceLines table = table(3);

        SourceLines read = serde.deserializer().deserialize("t", fullWidth(table, true));

        assertEquals(table.lines(), read.lines());
        assertEquals(table.pages(), read.pages());
    }

    private static SourceLines table(int size) {
        List<SourceLines.LineCount> lines = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            long fingerprint = SourceLines.narrowed(wide(i));
            lines.add(new SourceLines.LineCount(fingerprint, 1 + i % 40, i % 3, 900 - i * 5L, CLOCK - i * 61_000L,
                    0x5eed_0000_0000_0000L + i % 4));
        }
        return new SourceLines(1_000, 0x5eed_0000_0000_0001L, CLOCK, lines);
    }

    /** A 64-bit hash whose high half is line i's fingerprint, as format 1 stored it. */
    private static long wide(int i) {
        return (0x9e37_79b9L * (i + 1)) << Integer.SIZE | 0xabcdL * (i + 1);
    }

    private static byte[] fullWidth(SourceLines table, boolean wideFingerprints) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(1);
            out.writeLong(table.pages());
            out.writeLong(table.lastPage());
            out.writeLong(table.clockMillis());
            out.writeInt(table.lines().size());
            for (SourceLines.LineCount line : table.lines()) {
                out.writeLong(wideFingerprints ? wideOf(line.fingerprint()) : line.fingerprint());
                out.writeInt(line.pages());
                out.writeInt(line.overcount());
                out.writeLong(line.firstPage());
                out.writeLong(line.lastSeenMillis());
                out.writeLong(line.lastPage());
            }
        }
        return bytes.toByteArray();
    }

    private static long wideOf(long fingerprint) {
        for (int i = 0; i < 1_000; i++) {
            if (SourceLines.narrowed(wide(i)) == fingerprint) {
                return wide(i);
            }
        }
        throw new IllegalArgumentException("no wide hash for " + fingerprint);
    }
}
