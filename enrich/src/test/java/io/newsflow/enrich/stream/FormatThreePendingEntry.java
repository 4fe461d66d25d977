package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topic;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * A dedup-pending entry as the release before dedup-held-articles wrote it (format 3): a complete tally with no
 * match, the article itself, then when the verdict was complete, its record timestamp and first-seen time.
 */
final class FormatThreePendingEntry {
    private FormatThreePendingEntry() {
    }

    static byte[] of(Topic<String, RawArticle> raw, RawArticle article, int answers, long completedAt,
                     long recordTimestamp, long firstSeenMillis) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(3);
            out.writeInt(answers);
            out.writeInt(answers);
            out.writeBoolean(false);
            out.writeBoolean(false);
            out.writeBoolean(true);
            new ArticleBytes(raw.valueSerde(), raw.name()).write(article, out);
            out.writeLong(completedAt);
            out.writeLong(recordTimestamp);
            out.writeLong(firstSeenMillis);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
