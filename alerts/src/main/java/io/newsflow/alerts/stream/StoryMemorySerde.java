package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.AlertLedger;
import io.newsflow.alerts.development.DevelopmentKey;
import io.newsflow.alerts.development.HeldDevelopment;
import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.SourceReport;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.schemas.serde.JsonStateSerde;
import io.newsflow.schemas.serde.UnlockedBytesIn;
import io.newsflow.schemas.serde.UnlockedBytesOut;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The story-memory store's values in a binary format: a story's header (format 2), one of its developments
 * (format 3) or one of its announced reports (format 4), see {@link StoryMemoryEntry}. Each value starts with
 * its format byte. Earlier releases wrote a story's whole memory under its id, first as JSON (which starts
 * with '{'), then in format 1; both are still read, as {@link StoryMemoryEntry.Whole}. Instants keep their
 * nanoseconds, so a memory reads back equal to the one written.
 */
final class StoryMemorySerde implements Serde<StoryMemoryEntry> {
    static final int WHOLE_FORMAT = 1;
    static final int HEADER_FORMAT = 2;
    static final int DEVELOPMENT_FORMAT = 3;
    static final int ANNOUNCED_FORMAT = 4;
    private static final int JSON_START = '{';
    private static final Deserializer<StoryMemory> JSON = JsonStateSerde.of(StoryMemory.class).deserializer();

    @Override
    public Serializer<StoryMemoryEntry> serializer() {
        return (topic, entry) -> {
            if (entry == null) {
                return null;
            }
            UnlockedBytesOut bytes = new UnlockedBytesOut(512);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                if (entry instanceof StoryMemoryEntry.Header header) {
                    writeHeader(header, out);
                } else if (entry instanceof StoryMemoryEntry.Development development) {
                    out.writeByte(DEVELOPMENT_FORMAT);
                    writeDevelopment(development.development(), out);
                } else if (entry instanceof StoryMemoryEntry.Announced announced) {
                    out.writeByte(ANNOUNCED_FORMAT);
                    writeString(announced.report(), out);
                } else {
                    throw new SerializationException("the memory of story " + ((StoryMemoryEntry.Whole) entry)
                            .memory().storyId() + " is whole: the store writes a header and its developments");
                }
            } catch (IOException e) {
                throw new SerializationException("cannot write a story memory entry to " + topic + ": " + e, e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<StoryMemoryEntry> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            if (data.length > 0 && data[0] == JSON_START) {
                return new StoryMemoryEntry.Whole(JSON.deserialize(topic, data));
            }
            try (DataInputStream in = new DataInputStream(new UnlockedBytesIn(data))) {
                int version = in.readByte();
                return switch (version) {
                    case HEADER_FORMAT -> readHeader(in);
                    case DEVELOPMENT_FORMAT -> new StoryMemoryEntry.Development(readDevelopment(in));
                    case ANNOUNCED_FORMAT -> new StoryMemoryEntry.Announced(readString(in));
                    case WHOLE_FORMAT -> new StoryMemoryEntry.Whole(readWhole(in));
                    default -> throw new SerializationException("a story memory in " + topic + " has format version "
                            + version + ", which this release does not read (it reads " + WHOLE_FORMAT + " to "
                            + ANNOUNCED_FORMAT + " and JSON)");
                };
            } catch (IOException e) {
                throw new SerializationException("cannot read a story memory from " + topic + ": " + e, e);
            }
        };
    }

    private static void writeHeader(StoryMemoryEntry.Header header, DataOutputStream out) throws IOException {
        out.writeByte(HEADER_FORMAT);
        out.writeInt(header.articles());
        out.writeInt(header.developments());
        out.writeInt(header.announced());
        writeLedger(header.ledger(), out);
    }

    private static StoryMemoryEntry.Header readHeader(DataInputStream in) throws IOException {
        int articles = in.readInt();
        int developments = in.readInt();
        int announced = in.readInt();
        return new StoryMemoryEntry.Header(articles, developments, announced, readLedger(in));
    }

    private static StoryMemory readWhole(DataInputStream in) throws IOException {
        String storyId = readString(in);
        int articles = in.readInt();
        int count = in.readInt();
        List<KnownDevelopment> developments = new ArrayList<>(count);
        for (int d = 0; d < count; d++) {
            developments.add(readDevelopment(in));
        }
        return new StoryMemory(storyId, developments, articles, readLedger(in));
    }

    private static void writeDevelopment(KnownDevelopment development, DataOutputStream out) throws IOException {
        writeKey(development.key(), out);
        writeString(development.actorName(), out);
        writeString(development.targetName(), out);
        out.writeInt(development.reports().size());
        for (SourceReport report : development.reports()) {
            writeReport(report, out);
        }
        out.writeBoolean(development.background());
        writeInstant(development.lastReportedAt(), out);
        out.writeInt(development.aliases().size());
        for (DevelopmentKey alias : development.aliases()) {
            writeKey(alias, out);
        }
    }

    private static KnownDevelopment readDevelopment(DataInputStream in) throws IOException {
        DevelopmentKey key = readKey(in);
        String actorName = readString(in);
        String targetName = readString(in);
        int reportCount = in.readInt();
        List<SourceReport> reports = new ArrayList<>(reportCount);
        for (int r = 0; r < reportCount; r++) {
            reports.add(readReport(in));
        }
        boolean background = in.readBoolean();
        Instant lastReportedAt = readInstant(in);
        int aliasCount = in.readInt();
        List<DevelopmentKey> aliases = new ArrayList<>(aliasCount);
        for (int a = 0; a < aliasCount; a++) {
            aliases.add(readKey(in));
        }
        return new KnownDevelopment(key, actorName, targetName, reports, background, lastReportedAt, aliases);
    }

    private static void writeLedger(AlertLedger ledger, DataOutputStream out) throws IOException {
        out.writeInt(ledger.entityArticles().size());
        for (Map.Entry<String, Integer> entry : ledger.entityArticles().entrySet()) {
            writeString(entry.getKey(), out);
            out.writeInt(entry.getValue());
        }
        writeStrings(ledger.announced(), out);
        writeInstant(ledger.windowStart(), out);
        out.writeInt(ledger.windowAlerts());
        out.writeInt(ledger.held().size());
        for (HeldDevelopment held : ledger.held()) {
            writeHeld(held, out);
        }
    }

    private static AlertLedger readLedger(DataInputStream in) throws IOException {
        int entityCount = in.readInt();
        Map<String, Integer> entityArticles = new LinkedHashMap<>();
        for (int e = 0; e < entityCount; e++) {
            entityArticles.put(readString(in), in.readInt());
        }
        List<String> announced = readStrings(in);
        Instant windowStart = readInstant(in);
        int windowAlerts = in.readInt();
        int heldCount = in.readInt();
        List<HeldDevelopment> held = new ArrayList<>(heldCount);
        for (int h = 0; h < heldCount; h++) {
            held.add(readHeld(in));
        }
        return new AlertLedger(entityArticles, announced, windowStart, windowAlerts, held);
    }

    private static void writeHeld(HeldDevelopment held, DataOutputStream out) throws IOException {
        writeString(held.identity(), out);
        writeString(held.alertId(), out);
        writeString(held.eventType(), out);
        writeString(held.summary(), out);
        writeInstant(held.firstReportedAt(), out);
        writeStrings(held.sources(), out);
        out.writeBoolean(held.firstReport() != null);
        if (held.firstReport() != null) {
            writeReport(held.firstReport(), out);
        }
        writeString(held.actorId(), out);
        writeString(held.actorName(), out);
        writeString(held.targetId(), out);
        writeString(held.targetName(), out);
        writeStrings(held.subscriptions(), out);
    }

    private static HeldDevelopment readHeld(DataInputStream in) throws IOException {
        String identity = readString(in);
        String alertId = readString(in);
        String eventType = readString(in);
        String summary = readString(in);
        Instant firstReportedAt = readInstant(in);
        List<String> sources = readStrings(in);
        SourceReport firstReport = in.readBoolean() ? readReport(in) : null;
        return new HeldDevelopment(identity, alertId, eventType, summary, firstReportedAt, sources, firstReport,
                readString(in), readString(in), readString(in), readString(in), readStrings(in));
    }

    private static void writeKey(DevelopmentKey key, DataOutputStream out) throws IOException {
        writeString(key.type(), out);
        writeString(key.actorId(), out);
        writeString(key.targetId(), out);
        writeString(key.actorCode(), out);
        writeString(key.targetCode(), out);
    }

    private static DevelopmentKey readKey(DataInputStream in) throws IOException {
        return new DevelopmentKey(readString(in), readString(in), readString(in), readString(in), readString(in));
    }

    private static void writeReport(SourceReport report, DataOutputStream out) throws IOException {
        writeString(report.articleId(), out);
        writeString(report.url(), out);
        writeString(report.source(), out);
        writeString(report.sentence(), out);
        writeInstant(report.publishedAt(), out);
        writeInstant(report.firstSeenAt(), out);
    }

    private static SourceReport readReport(DataInputStream in) throws IOException {
        return new SourceReport(readString(in), readString(in), readString(in), readString(in), readInstant(in),
                readInstant(in));
    }

    private static void writeStrings(List<String> strings, DataOutputStream out) throws IOException {
        out.writeInt(strings.size());
        for (String string : strings) {
            writeString(string, out);
        }
    }

    private static List<String> readStrings(DataInputStream in) throws IOException {
        int count = in.readInt();
        List<String> strings = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            strings.add(readString(in));
        }
        return strings;
    }

    /** Length-prefixed UTF-8, -1 for null: DataOutput's own UTF stops at 64 KB and has no null. */
    private static void writeString(String string, DataOutputStream out) throws IOException {
        if (string == null) {
            out.writeInt(-1);
            return;
        }
        byte[] utf8 = string.getBytes(StandardCharsets.UTF_8);
        out.writeInt(utf8.length);
        out.write(utf8);
    }

    private static String readString(DataInputStream in) throws IOException {
        int length = in.readInt();
        if (length < 0) {
            return null;
        }
        byte[] utf8 = new byte[length];
        in.readFully(utf8);
        return new String(utf8, StandardCharsets.UTF_8);
    }

    private static void writeInstant(Instant instant, DataOutputStream out) throws IOException {
        out.writeBoolean(instant != null);
        if (instant != null) {
            out.writeLong(instant.getEpochSecond());
            out.writeInt(instant.getNano());
        }
    }

    private static Instant readInstant(DataInputStream in) throws IOException {
        return in.readBoolean() ? Instant.ofEpochSecond(in.readLong(), in.readInt()) : null;
    }
}
