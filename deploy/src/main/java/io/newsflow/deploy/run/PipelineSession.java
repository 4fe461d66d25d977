package io.newsflow.deploy.run;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.deploy.explorer.ExplorerServer;
import io.newsflow.ingest.IngestRequest;
import io.newsflow.ingest.IngestRun;
import io.newsflow.ingest.publish.IngestSummary;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.apache.kafka.common.TopicPartition;

/**
 * One pass of the whole pipeline in this process: ingest a file into the raw topic, let enrich and alerts
 * process it, and report what came out of this run (and only this run) on each output topic.
 */
public final class PipelineSession implements AutoCloseable {
    private final Settings settings;
    private final Topics topics;
    private final Observability observability;
    private final ExplorerServer explorer;
    private final Pipeline pipeline;
    private final Map<String, Map<TopicPartition, Long>> startOffsets;
    private final StageCounts countsAtStart = StageCounts.read(Metrics.globalRegistry);
    private long published;

    private PipelineSession(Settings settings, Topics topics, Observability observability, ExplorerServer explorer,
                            Pipeline pipeline, Map<String, Map<TopicPartition, Long>> startOffsets) {
        this.settings = settings;
        this.topics = topics;
        this.observability = observability;
        this.explorer = explorer;
        this.pipeline = pipeline;
        this.startOffsets = startOffsets;
    }

    /** Creates topics, publishes the subscriptions, notes where the output topics end, starts the services. */
    public static PipelineSession start(Settings settings, List<Subscription> subscriptions) {
        Topics topics = Topics.configure(settings.asClientConfig());
        TopicSetup.ensure(settings, topics, subscriptions.stream().map(Subscription::getOutputTopic)
                .filter(Objects::nonNull).toList());
        if (!subscriptions.isEmpty()) {
            SubscriptionPublisher.publish(settings, topics, subscriptions);
        }
        Map<String, Map<TopicPartition, Long>> start = Map.of(
                topics.enrichedArticles().name(), TopicDump.endOffsets(settings, topics.enrichedArticles()),
                topics.duplicates().name(), TopicDump.endOffsets(settings, topics.duplicates()),
                topics.alerts().name(), TopicDump.endOffsets(settings, topics.alerts()),
                topics.deadLetters().name(), TopicDump.endOffsets(settings, topics.deadLetters()));
        Observability observability = Observability.serve(settings);
        ExplorerServer explorer = ExplorerServer.serve(settings, topics);
        return new PipelineSession(settings, topics, observability, explorer,
                Pipeline.start(settings, topics, observability, explorer), start);
    }

    public Topics topics() {
        return topics;
    }

    public int metricsPort() {
        return observability.port();
    }

    /** Where the story explorer (web page and API) of this session answers. */
    public int explorerPort() {
        return explorer.port();
    }

    /** Calls back with each alert of this run as it is committed. */
    public AlertWatcher watchAlerts(Consumer<Alert> onAlert) {
        return new AlertWatcher(settings, topics.alerts(), startOffsets.get(topics.alerts().name()), onAlert);
    }

    /** Publishes the file's articles to the raw topic, printing ingest's progress and summary. */
    public IngestSummary ingest(Path input, PrintStream out, PrintStream err) throws InterruptedException {
        IngestRequest request = IngestRequest.of(List.of(input), List.of(), List.of(), null, false);
        IngestSummary summary = new IngestRun(settings, request, Metrics.globalRegistry, out, err).execute();
        published += summary.published();
        return summary;
    }

    /** Waits until enrich and alerts have finished with every article this session published. */
    public boolean awaitProcessed(Duration timeout) throws InterruptedException {
        return awaitProcessed(timeout, progress -> {
        });
    }

    /** The same, showing each check's progress to {@code onCheck} (several times a second). */
    public boolean awaitProcessed(Duration timeout, Consumer<Progress> onCheck) throws InterruptedException {
        return pipeline.awaitCaughtUp(() -> {
            StageCounts now = StageCounts.read(Metrics.globalRegistry);
            onCheck.accept(new Progress(published, (long) (now.enrichDone() - countsAtStart.enrichDone()),
                    (long) (now.alertsDone() - countsAtStart.alertsDone())));
            return now.finished(countsAtStart, published);
        }, timeout);
    }

    /**
     * How far this session has come: articles published, those enrich is done with (enriched, duplicate or
     * dead letter) and those alerts has compared with its stories.
     */
    public record Progress(long published, long enrichDone, long alertsDone) {
    }

    /** Articles of this run that enrich dropped because the cluster already had their ids. */
    public long redelivered() {
        return (long) (StageCounts.read(Metrics.globalRegistry).redelivered() - countsAtStart.redelivered());
    }

    /** How many alerts this run has written so far. */
    public int alertCount() {
        return TopicDump.count(settings, topics.alerts(), startOffsets.get(topics.alerts().name()));
    }

    /** What this run wrote, one JSON object per line: enriched, duplicates, alerts and dead-letters .jsonl. */
    public Counts writeOutputs(Path directory) throws IOException {
        Files.createDirectories(directory);
        return new Counts(
                TopicDump.write(settings, topics.enrichedArticles(), startOffsets.get(topics.enrichedArticles().name()),
                        directory.resolve("enriched.jsonl")),
                TopicDump.write(settings, topics.duplicates(), startOffsets.get(topics.duplicates().name()),
                        directory.resolve("duplicates.jsonl")),
                TopicDump.write(settings, topics.alerts(), startOffsets.get(topics.alerts().name()),
                        directory.resolve("alerts.jsonl")),
                TopicDump.write(settings, topics.deadLetters(), startOffsets.get(topics.deadLetters().name()),
                        directory.resolve("dead-letters.jsonl")));
    }

    public record Counts(int enriched, int duplicates, int alerts, int deadLetters) {
    }

    @Override
    public void close() {
        pipeline.close();
        explorer.close();
        observability.close();
    }
}
