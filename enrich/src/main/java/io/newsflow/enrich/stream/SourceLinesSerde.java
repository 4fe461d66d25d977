package io.newsflow.enrich.stream;

import io.newsflow.enrich.furniture.SourceLines;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** One source's line table in the furniture store: its counters, then its lines as fixed-width fields. */
final class SourceLinesSerde extends BinarySerde<SourceLines> {
    private static final int FORMAT_VERSION = 1;

    SourceLinesSerde() {
        super(FORMAT_VERSION);
    }

    @Override
    void write(SourceLines table, DataOutputStream out) throws IOException {
        out.writeLong(table.pages());
        out.writeLong(table.lastPage());
        out.writeLong(table.clockMillis());
        List<SourceLines.LineCount> lines = table.lines();
        out.writeInt(lines.size());
        for (SourceLines.LineCount line : lines) {
            out.writeLong(line.fingerprint());
            out.writeInt(line.pages());
            out.writeInt(line.overcount());
            out.writeLong(line.firstPage());
            out.writeLong(line.lastSeenMillis());
            out.writeLong(line.lastPage());
        }
    }

    @Override
    SourceLines read(DataInputStream in) throws IOException {
        long pages = in.readLong();
        long lastPage = in.readLong();
        long clock = in.readLong();
        int count = in.readInt();
        List<SourceLines.LineCount> lines = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            lines.add(new SourceLines.LineCount(in.readLong(), in.readInt(), in.readInt(), in.readLong(),
                    in.readLong(), in.readLong()));
        }
        return new SourceLines(pages, lastPage, clock, lines);
    }
}
