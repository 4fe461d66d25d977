package io.newsflow.enrich;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.schemas.avro.RawArticle;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.serialization.Serde;

/** A sketched article on the dedup-serial repartition topic: the raw article in its Avro encoding, then the sketch. */
final class SketchedArticleSerde extends BinarySerde<SketchedArticle> {
    private final Serde<RawArticle> articles;
    private final String articleTopic;

    SketchedArticleSerde(Serde<RawArticle> articles, String articleTopic) {
        super(1);
        this.articles = articles;
        this.articleTopic = articleTopic;
    }

    @Override
    void write(SketchedArticle value, DataOutputStream out) throws IOException {
        byte[] article = articles.serializer().serialize(articleTopic, value.article());
        out.writeInt(article.length);
        out.write(article);
        out.writeUTF(value.sketch().fingerprint());
        writeSignature(value.sketch().signature(), out);
    }

    @Override
    SketchedArticle read(DataInputStream in) throws IOException {
        byte[] article = in.readNBytes(in.readInt());
        RawArticle raw = articles.deserializer().deserialize(articleTopic, article);
        return new SketchedArticle(raw, new ArticleSketch(in.readUTF(), readSignature(in)));
    }
}
