package io.newsflow.deploy.bench;

import io.newsflow.deploy.bench.news.GeneratedArticle;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.publish.ArticleAssembler;
import io.newsflow.ingest.publish.KafkaIngestSink;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Publishes generated articles to the raw topic as ingest does: ingest's assembler settles the id (from
 * the canonical URL) and the first-seen time, and ingest's producer settings and sink write them.
 */
final class RawLoader implements AutoCloseable {
    private final ArticleAssembler assembler = new ArticleAssembler(Clock.systemUTC());
    private final KafkaIngestSink sink;
    private final Topic<String, RawArticle> raw;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private long serializedBytes;

    RawLoader(Settings settings, Topics topics) {
        Map<String, Object> config = ProducerSettings.forIngest(settings.asClientConfig());
        // The raw topic is created just before the load. With several batches in flight, a later batch can
        // be appended while the first one is still refused by a partition that is not ready, and the first
        // is then out of sequence for good (seen on the embedded broker under load): one at a time.
        config.put(ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 1);
        this.sink = new KafkaIngestSink(new KafkaProducer<>(config), topics);
        this.raw = topics.rawArticles();
    }

    /** Sends an article {@link #assemble assembled} just before. */
    void send(RawArticle assembled) {
        serializedBytes += raw.keySerde().serializer().serialize(raw.name(), assembled.getArticleId()).length
                + raw.valueSerde().serializer().serialize(raw.name(), assembled).length;
        sink.publish(assembled).whenComplete((sent, error) -> {
            if (error != null) {
                failure.compareAndSet(null, error);
            }
        });
    }

    /** The article as ingest would publish it: its id and its first-seen time (now) settled. */
    RawArticle assemble(GeneratedArticle article) {
        try {
            return assembler.assemble(new ArticleDraft(null, article.url(), article.source(), article.title(),
                    article.body(), article.publishedAt(), "en", null, Origin.JSONL));
        } catch (InputRejectedException e) {
            throw new IllegalStateException("ingest refused generated article " + article.index() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Waits until everything sent is written; fails if anything was not. */
    void flush() {
        sink.flush();
        Throwable error = failure.get();
        if (error != null) {
            throw new IllegalStateException("Kafka refused a raw article: " + error.getMessage(), error);
        }
    }

    /** Key and value bytes of everything sent, as serialized (before compression). */
    long serializedBytes() {
        return serializedBytes;
    }

    @Override
    public void close() {
        sink.close();
    }
}
