package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.VerdictTally;
import io.newsflow.schemas.avro.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.serialization.Serde;

/**
 * An entry of the dedup-pending store. Format 3 adds the article's first-seen time, format 2 when the
 * verdict became complete; format 2 entries are read as held since the start of ingest's clock (due at
 * once), format 1 entries (written before verdicts were held for a grace period) as not complete yet.
 */
final class PendingVerdictSerde extends BinarySerde<PendingVerdict> {
    private static final int WITHOUT_HOLD = 1;
    private static final int WITHOUT_FIRST_SEEN = 2;
    private final ArticleBytes articles;

    PendingVerdictSerde(Serde<RawArticle> articles, String articleTopic) {
        super(3);
        this.articles = new ArticleBytes(articles, articleTopic);
    }

    @Override
    void write(PendingVerdict pending, DataOutputStream out) throws IOException {
        VerdictTally tally = pending.tally();
        out.writeInt(tally.expected());
        out.writeInt(tally.received());
        out.writeBoolean(tally.redelivered());
        out.writeBoolean(tally.best() != null);
        if (tally.best() != null) {
            DecideInputSerde.writeMatch(tally.best(), out);
        }
        out.writeBoolean(pending.article() != null);
        if (pending.article() != null) {
            articles.write(pending.article(), out);
        }
        out.writeLong(pending.completedAt());
        out.writeLong(pending.recordTimestamp());
        out.writeLong(pending.firstSeenMillis());
    }

    @Override
    PendingVerdict read(DataInputStream in) throws IOException {
        PendingVerdict waiting = readNotComplete(in);
        return waiting.heldSince(in.readLong(), in.readLong(), in.readLong());
    }

    @Override
    PendingVerdict readEarlierFormat(int version, DataInputStream in) throws IOException {
        if (version == WITHOUT_FIRST_SEEN) {
            return readNotComplete(in).heldSince(in.readLong(), in.readLong(), 0);
        }
        return version == WITHOUT_HOLD ? readNotComplete(in) : super.readEarlierFormat(version, in);
    }

    private PendingVerdict readNotComplete(DataInputStream in) throws IOException {
        int expected = in.readInt();
        int received = in.readInt();
        boolean redelivered = in.readBoolean();
        EarlierMatch best = in.readBoolean() ? DecideInputSerde.readMatch(in) : null;
        RawArticle article = in.readBoolean() ? articles.read(in) : null;
        return PendingVerdict.waiting(article, new VerdictTally(expected, received, redelivered, best));
    }
}
