package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.serialization.Serde;

/**
 * An entry of the dedup-pending store. Format 4 no longer carries the article (dedup-held-articles does, written
 * once); format 3 added the article's first-seen time, format 2 when the verdict became complete. Entries of
 * formats 1 to 3 are read with the article they carry; format 2 entries as held since the start of ingest's clock
 * (due at once), format 1 entries (written before verdicts were held for a grace period) as not complete yet.
 */
final class PendingVerdictSerde extends BinarySerde<PendingVerdict> {
    private static final int WITHOUT_HOLD = 1;
    private static final int WITHOUT_FIRST_SEEN = 2;
    private static final int CARRYING_THE_ARTICLE = 3;
    private final ArticleBytes articles;

    /** The article serde reads the articles entries of formats 1 to 3 carry. */
    PendingVerdictSerde(Serde<RawArticle> articles, String articleTopic) {
        super(4);
        this.articles = new ArticleBytes(articles, articleTopic);
    }

    @Override
    void write(PendingVerdict pending, DataOutputStream out) throws IOException {
        if (pending.carriedArticle() != null) {
            throw new IllegalArgumentException("a pending verdict is written without its article, which "
                    + DedupDecideProcessor.HELD_ARTICLES_STORE + " holds");
        }
        writeTally(pending.tally(), out);
        out.writeLong(pending.completedAt());
        out.writeLong(pending.recordTimestamp());
        out.writeLong(pending.firstSeenMillis());
    }

    @Override
    PendingVerdict read(DataInputStream in) throws IOException {
        return PendingVerdict.waiting(readTally(in)).heldSince(in.readLong(), in.readLong(), in.readLong());
    }

    @Override
    PendingVerdict readEarlierFormat(int version, DataInputStream in) throws IOException {
        if (version == CARRYING_THE_ARTICLE) {
            return readCarrying(in).heldSince(in.readLong(), in.readLong(), in.readLong());
        }
        if (version == WITHOUT_FIRST_SEEN) {
            return readCarrying(in).heldSince(in.readLong(), in.readLong(), 0);
        }
        return version == WITHOUT_HOLD ? readCarrying(in) : super.readEarlierFormat(version, in);
    }

    private static void writeTally(VerdictTally tally, DataOutputStream out) throws IOException {
        out.writeInt(tally.expected());
        out.writeInt(tally.received());
        out.writeBoolean(tally.redelivered());
        out.writeBoolean(tally.best() != null);
        if (tally.best() != null) {
            DecideInputSerde.writeMatch(tally.best(), out);
        }
    }

    private static VerdictTally readTally(DataInputStream in) throws IOException {
        int expected = in.readInt();
        int received = in.readInt();
        boolean redelivered = in.readBoolean();
        EarlierMatch best = in.readBoolean() ? DecideInputSerde.readMatch(in) : null;
        return new VerdictTally(expected, received, redelivered, best);
    }

    private PendingVerdict readCarrying(DataInputStream in) throws IOException {
        VerdictTally tally = readTally(in);
        RawArticle article = in.readBoolean() ? articles.read(in) : null;
        return PendingVerdict.carrying(article, tally);
    }
}
