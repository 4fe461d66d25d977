package io.newsflow.enrich.stream.order;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.nio.ByteBuffer;
import java.util.Arrays;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * The internal topic format of {@link OrderInput}: a tag byte, then the article in its own serde's bytes,
 * or a hold report's partition, stamp and lowest first-seen time (4 + 8 + 8 bytes).
 */
public final class OrderInputSerde implements Serde<OrderInput> {
    private static final byte ARTICLE = 0;
    private static final byte HOLDING = 1;
    private static final int HOLDING_BYTES = 1 + Integer.BYTES + 2 * Long.BYTES;

    private final Serde<EnrichedArticle> articles;

    public OrderInputSerde(Serde<EnrichedArticle> articles) {
        this.articles = articles;
    }

    @Override
    public Serializer<OrderInput> serializer() {
        return (topic, input) -> {
            if (input == null) {
                return null;
            }
            if (input instanceof OrderInput.Article article) {
                return tagged(articles.serializer().serialize(topic, article.article()));
            }
            HoldReport report = ((OrderInput.Holding) input).report();
            return ByteBuffer.allocate(HOLDING_BYTES).put(HOLDING).putInt(report.partition())
                    .putLong(report.stampMillis()).putLong(report.lowestFirstSeenMillis()).array();
        };
    }

    private static byte[] tagged(byte[] article) {
        byte[] bytes = new byte[article.length + 1];
        bytes[0] = ARTICLE;
        System.arraycopy(article, 0, bytes, 1, article.length);
        return bytes;
    }

    @Override
    public Deserializer<OrderInput> deserializer() {
        return (topic, bytes) -> {
            if (bytes == null) {
                return null;
            }
            if (bytes.length == 0) {
                throw new SerializationException("an empty record on " + topic + " is neither an article nor a hold report");
            }
            if (bytes[0] == ARTICLE) {
                return new OrderInput.Article(articles.deserializer().deserialize(topic,
                        Arrays.copyOfRange(bytes, 1, bytes.length)));
            }
            if (bytes[0] == HOLDING && bytes.length == HOLDING_BYTES) {
                ByteBuffer buffer = ByteBuffer.wrap(bytes, 1, bytes.length - 1);
                return new OrderInput.Holding(new HoldReport(buffer.getInt(), buffer.getLong(), buffer.getLong()));
            }
            throw new SerializationException("a record on " + topic + " with tag " + bytes[0] + " and " + bytes.length
                    + " bytes is neither an article (tag 0) nor a hold report (tag 1, " + HOLDING_BYTES + " bytes)");
        };
    }
}
