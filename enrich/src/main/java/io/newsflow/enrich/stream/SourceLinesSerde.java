package io.newsflow.enrich.stream;

import io.newsflow.enrich.furniture.SourceLines;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * One source's line table in the furniture store: its counters, then its lines. The table is rewritten into
 * the changelog at every commit that touched the source, so format 2 writes each line small: the 32-bit
 * fingerprint, then variable-length counts and distances from the table's own counters (the page it entered
 * on before the table's page count, its last sighting before the table's clock). Format 1 wrote every field
 * at full width with 64-bit fingerprints, which read narrowed to the fingerprints lines have now.
 */
final class SourceLinesSerde extends BinarySerde<SourceLines> {
    private static final int FORMAT_VERSION = 2;
    private static final int FULL_WIDTH = 1;

    SourceLinesSerde() {
        super(FORMAT_VERSION);
    }

    @Override
    void write(SourceLines table, DataOutputStream out) throws IOException {
        out.writeLong(table.pages());
        out.writeLong(table.lastPage());
        out.writeLong(table.clockMillis());
        List<SourceLines.LineCount> lines = table.lines();
        writeUnsigned(lines.size(), out);
        for (SourceLines.LineCount line : lines) {
            out.writeInt((int) line.fingerprint());
            writeUnsigned(line.pages(), out);
            writeUnsigned(line.overcount(), out);
            writeUnsigned(table.pages() - line.firstPage(), out);
            writeUnsigned(table.clockMillis() - line.lastSeenMillis(), out);
            out.writeLong(line.lastPage());
        }
    }

    @Override
    SourceLines read(DataInputStream in) throws IOException {
        long pages = in.readLong();
        long lastPage = in.readLong();
        long clock = in.readLong();
        int count = (int) readUnsigned(in);
        List<SourceLines.LineCount> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            long fingerprint = Integer.toUnsignedLong(in.readInt());
            int linePages = (int) readUnsigned(in);
            int overcount = (int) readUnsigned(in);
            long firstPage = pages - readUnsigned(in);
            long lastSeen = clock - readUnsigned(in);
            lines.add(new SourceLines.LineCount(fingerprint, linePages, overcount, firstPage, lastSeen, in.readLong()));
        }
        return new SourceLines(pages, lastPage, clock, lines);
    }

    @Override
    SourceLines readEarlierFormat(int version, DataInputStream in) throws IOException {
        if (version != FULL_WIDTH) {
            return super.readEarlierFormat(version, in);
        }
        long pages = in.readLong();
        long lastPage = in.readLong();
        long clock = in.readLong();
        int count = in.readInt();
        List<SourceLines.LineCount> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLines.LineCount(SourceLines.narrowed(in.readLong()), in.readInt(), in.readInt(),
                    in.readLong(), in.readLong(), in.readLong()));
        }
        return new SourceLines(pages, lastPage, clock, lines);
    }
}
