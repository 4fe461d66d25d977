package io.newsflow.enrich.stream;

import io.newsflow.schemas.avro.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.serialization.Serde;

/** A raw article inside an internal binary value, length-prefixed, in the raw topic's own encoding. */
final class ArticleBytes {
    private final Serde<RawArticle> articles;
    private final String articleTopic;

    ArticleBytes(Serde<RawArticle> articles, String articleTopic) {
        this.articles = articles;
        this.articleTopic = articleTopic;
    }

    void write(RawArticle article, DataOutputStream out) throws IOException {
        byte[] bytes = articles.serializer().serialize(articleTopic, article);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    RawArticle read(DataInputStream in) throws IOException {
        return articles.deserializer().deserialize(articleTopic, in.readNBytes(in.readInt()));
    }
}
