package io.newsflow.deploy.faults;

import io.newsflow.deploy.bench.news.BenchNews;
import io.newsflow.deploy.bench.news.GeneratedArticle;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.publish.ArticleAssembler;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * The same input for every scenario: the bench's generated news, assembled as ingest does with a fixed
 * clock (so ids and first-seen times do not depend on when a run happens), fed to the raw topic at a
 * steady rate from a thread of its own, so that output is flowing while a scenario injects its fault.
 */
final class NewsFeed implements AutoCloseable {
    private static final Instant FIRST_SEEN = Instant.parse("2026-01-05T06:00:00Z");

    private final List<RawArticle> articles;
    private final AtomicReference<Throwable> failure = new AtomicReference<>();
    private Thread thread;

    NewsFeed(long seed, int count) {
        BenchNews news = new BenchNews(seed);
        ArticleAssembler assembler = new ArticleAssembler(Clock.fixed(FIRST_SEEN, ZoneOffset.UTC));
        List<RawArticle> assembled = new ArrayList<>();
        for (int n = 0; n < count; n++) {
            GeneratedArticle article = news.article(n);
            try {
                assembled.add(assembler.assemble(new ArticleDraft(null, article.url(), article.source(),
                        article.title(), article.body(), article.publishedAt(), "en", null, Origin.JSONL)));
            } catch (InputRejectedException e) {
                throw new IllegalStateException("ingest refused generated article " + n + ": " + e.getMessage(), e);
            }
        }
        this.articles = List.copyOf(assembled);
    }

    List<String> ids() {
        return articles.stream().map(RawArticle::getArticleId).toList();
    }

    /** Starts publishing every article, {@code perSecond} a second; the producer rides out a broker restart. */
    void start(Settings settings, Topics topics, int perSecond) {
        Topic<String, RawArticle> raw = topics.rawArticles();
        Map<String, Object> config = ProducerSettings.forIngest(settings.asClientConfig());
        config.put(ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG, 300_000);
        thread = new Thread(() -> {
            try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(config, raw.keySerde().serializer(),
                    raw.valueSerde().serializer())) {
                for (int n = 0; n < articles.size(); n++) {
                    RawArticle article = articles.get(n);
                    producer.send(new ProducerRecord<>(raw.name(), article.getArticleId(), article), (sent, error) -> {
                        if (error != null) {
                            failure.compareAndSet(null, error);
                        }
                    });
                    if (n % perSecond == perSecond - 1) {
                        producer.flush();
                        Thread.sleep(1_000);
                    }
                }
                producer.flush();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                failure.compareAndSet(null, e);
            }
        }, "news-feed");
        thread.start();
    }

    /** Waits until every article is written; fails if the broker refused one. */
    void awaitWritten() throws InterruptedException {
        thread.join();
        Throwable error = failure.get();
        if (error != null) {
            throw new IllegalStateException("Kafka refused a raw article: " + error.getMessage(), error);
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (thread != null && thread.isAlive()) {
            thread.interrupt();
            thread.join();
        }
    }
}
