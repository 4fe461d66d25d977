package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DuplicateMethod;
import io.newsflow.enrich.dedup.EarlierMatch;
import io.newsflow.enrich.dedup.ProbeAnswer;
import io.newsflow.schemas.avro.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.time.Instant;
import org.apache.kafka.common.serialization.Serde;

/**
 * Values of the dedup-decide repartition topic. A held article keeps its Avro encoding; an answer is a
 * flag for redelivery, the earlier match when a bucket found one, and how many buckets it speaks for; a
 * late match is the earlier match.
 */
final class DecideInputSerde extends BinarySerde<DecideInput> {
    private static final int HELD = 0;
    private static final int ANSWER = 1;
    private static final int LATE = 2;
    private final ArticleBytes articles;

    DecideInputSerde(Serde<RawArticle> articles, String articleTopic) {
        super(2);
        this.articles = new ArticleBytes(articles, articleTopic);
    }

    @Override
    void write(DecideInput input, DataOutputStream out) throws IOException {
        if (input instanceof DecideInput.Held held) {
            out.writeByte(HELD);
            writeOrder(held.order(), out);
            out.writeShort(held.probes());
            articles.write(held.article(), out);
        } else if (input instanceof DecideInput.Answer answer) {
            out.writeByte(ANSWER);
            writeOrder(answer.order(), out);
            writeAnswer(answer.answer(), out);
            out.writeShort(answer.buckets());
        } else if (input instanceof DecideInput.Late late) {
            out.writeByte(LATE);
            writeOrder(late.order(), out);
            writeMatch(late.match(), out);
        }
    }

    @Override
    DecideInput read(DataInputStream in) throws IOException {
        return read(in, false);
    }

    /** Format 1 was written when every answer came from one bucket; records of it may still sit in the topic. */
    @Override
    DecideInput readEarlierFormat(int version, DataInputStream in) throws IOException {
        return version == 1 ? read(in, true) : super.readEarlierFormat(version, in);
    }

    private DecideInput read(DataInputStream in, boolean oneBucketPerAnswer) throws IOException {
        int kind = in.readByte();
        return switch (kind) {
            case HELD -> new DecideInput.Held(readOrder(in), in.readShort(), articles.read(in));
            case ANSWER -> new DecideInput.Answer(readOrder(in), readAnswer(in),
                    oneBucketPerAnswer ? 1 : in.readUnsignedShort());
            case LATE -> new DecideInput.Late(readOrder(in), readMatch(in));
            default -> throw new IOException("unknown dedup-decide input kind " + kind);
        };
    }

    private static void writeAnswer(ProbeAnswer answer, DataOutputStream out) throws IOException {
        out.writeBoolean(answer.redelivered());
        out.writeBoolean(answer.match() != null);
        if (answer.match() != null) {
            writeMatch(answer.match(), out);
        }
    }

    private static ProbeAnswer readAnswer(DataInputStream in) throws IOException {
        boolean redelivered = in.readBoolean();
        EarlierMatch match = in.readBoolean() ? readMatch(in) : null;
        return new ProbeAnswer(redelivered, match);
    }

    static void writeMatch(EarlierMatch match, DataOutputStream out) throws IOException {
        out.writeUTF(match.articleId());
        writeOrder(match.order(), out);
        out.writeLong(match.publishedAt().toEpochMilli());
        out.writeDouble(match.similarity());
        out.writeUTF(match.method().name());
    }

    static EarlierMatch readMatch(DataInputStream in) throws IOException {
        return new EarlierMatch(in.readUTF(), readOrder(in), Instant.ofEpochMilli(in.readLong()), in.readDouble(),
                DuplicateMethod.valueOf(in.readUTF()));
    }
}
