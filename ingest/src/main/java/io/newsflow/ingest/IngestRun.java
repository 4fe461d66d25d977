package io.newsflow.ingest;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.ingest.feed.FeedPoller;
import io.newsflow.ingest.feed.HttpFetcher;
import io.newsflow.ingest.feed.KafkaSeenItems;
import io.newsflow.ingest.publish.ArticleAssembler;
import io.newsflow.ingest.publish.IngestMetrics;
import io.newsflow.ingest.publish.IngestPipeline;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.ingest.publish.KafkaIngestSink;
import io.newsflow.ingest.publish.ProducerSettings;
import io.newsflow.ingest.publish.ProgressReporter;
import io.newsflow.ingest.source.FileIngestor;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicProvisioner;
import io.newsflow.schemas.topics.Topics;
import java.io.PrintStream;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;

/**
 * One {@code newsflow ingest} run against a Kafka cluster: creates the topics it writes if missing, reads
 * the files and directories, polls the feeds (once, or on the interval until {@link #stop()}), and prints
 * the closing summary. The CLI only parses options into an {@link IngestRequest} and calls this.
 */
public final class IngestRun {
    private static final Duration SEEN_ITEMS_LOAD_TIMEOUT = Duration.ofMinutes(2);

    private final Settings settings;
    private final IngestRequest request;
    private final MeterRegistry registry;
    private final PrintStream out;
    private final PrintStream err;
    private final Clock clock = Clock.systemUTC();
    private final CountDownLatch stopped = new CountDownLatch(1);

    public IngestRun(Settings settings, IngestRequest request, MeterRegistry registry, PrintStream out,
                     PrintStream err) {
        this.settings = settings;
        this.request = request;
        this.registry = registry;
        this.out = out;
        this.err = err;
    }

    /** Runs to the end (or until stopped, when watching feeds) and returns the totals it printed. */
    public IngestSummary execute() throws InterruptedException {
        IngestMetrics metrics = new IngestMetrics(registry);
        metrics.registerRejections(RejectionSources.all());
        Map<String, Object> clientConfig = settings.asClientConfig();
        Topics topics = Topics.configure(clientConfig);
        provision(clientConfig, topics);
        Producer<byte[], byte[]> producer = new KafkaProducer<>(ProducerSettings.forIngest(clientConfig));
        try (KafkaIngestSink sink = new KafkaIngestSink(producer, topics)) {
            IngestPipeline pipeline = new IngestPipeline(new ArticleAssembler(clock), sink, metrics,
                    new ProgressReporter(clock, request.progressEvery(), out), err, clock);
            FileIngestor files = new FileIngestor(pipeline, request.maxInputBytes());
            request.files().forEach(files::ingestFile);
            request.directories().forEach(files::ingestDirectory);
            if (!request.feeds().isEmpty()) {
                pollFeeds(pipeline, producer, topics, clientConfig);
            }
            IngestSummary summary = pipeline.finish();
            out.println("ingest: " + summary);
            return summary;
        }
    }

    /** Ends a feed watch after the poll in progress; safe to call from a shutdown hook. */
    public void stop() {
        stopped.countDown();
    }

    private void pollFeeds(IngestPipeline pipeline, Producer<byte[], byte[]> producer, Topics topics,
                           Map<String, Object> clientConfig) throws InterruptedException {
        KafkaSeenItems seen;
        try (Consumer<byte[], byte[]> consumer = new KafkaConsumer<>(readerConfig(clientConfig))) {
            seen = KafkaSeenItems.load(consumer, producer, topics.ingestSeen(), clock, SEEN_ITEMS_LOAD_TIMEOUT);
        }
        out.println("ingest: " + seen.size() + " feed items already seen");
        FeedPoller poller = new FeedPoller(new HttpFetcher(HttpFetcher.defaultClient(), request.maxInputBytes()),
                seen, pipeline, request.followLinks(), err);
        do {
            for (URI feed : request.feeds()) {
                out.println("ingest: " + feed + ": " + poller.poll(feed) + " new items");
            }
        } while (request.interval() != null && !stopped.await(request.interval().toMillis(), TimeUnit.MILLISECONDS));
    }

    private void provision(Map<String, Object> clientConfig, Topics topics) {
        List<Topic<?, ?>> needed = new ArrayList<>(List.of(topics.rawArticles(), topics.deadLetters()));
        if (!request.feeds().isEmpty()) {
            needed.add(topics.ingestSeen());
        }
        try (Admin admin = Admin.create(clientConfig)) {
            new TopicProvisioner(admin, settings.getInt("topics.partitions"),
                    (short) settings.getInt("topics.replication.factor")).ensure(needed);
        }
    }

    private static Map<String, Object> readerConfig(Map<String, Object> clientConfig) {
        Map<String, Object> config = new LinkedHashMap<>(clientConfig);
        config.remove(ConsumerConfig.GROUP_ID_CONFIG);
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        config.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        config.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
        return config;
    }
}
