package io.newsflow.deploy.run;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.alerts.AlertsService;
import io.newsflow.alerts.stream.AlertsTopology;
import io.newsflow.alerts.webhook.stream.WebhookTopology;
import io.newsflow.deploy.explorer.ExplorerServer;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.apache.kafka.streams.KafkaStreams;

/**
 * Every newsflow Streams service in this process: enrich, alerts and webhook delivery, watched for /metrics,
 * the alerts stores queried by the story explorer.
 */
public final class Pipeline implements AutoCloseable {
    private final StreamsRunner runner;

    private Pipeline(StreamsRunner runner) {
        this.runner = runner;
    }

    /** Starts the services; the explorer answers story queries from this process's alerts application. */
    public static Pipeline start(Settings settings, Topics topics, Observability observability,
                                 ExplorerServer explorer) {
        KafkaStreams enrich = EnrichService.create(settings, topics, Metrics.globalRegistry);
        KafkaStreams alerts = AlertsService.detection(explorer.advertisedIn(settings), topics, Metrics.globalRegistry);
        explorer.attach(alerts);
        KafkaStreams webhooks = AlertsService.webhooks(settings, topics, Metrics.globalRegistry);
        observability.watch("enrich", enrich, EnrichService.APPLICATION_ID);
        observability.watch("alerts", alerts, AlertsTopology.APPLICATION_ID);
        observability.watch("webhooks", webhooks, WebhookTopology.APPLICATION_ID);
        return new Pipeline(new StreamsRunner().start(List.of(enrich, alerts, webhooks)));
    }

    /** Waits until every service has processed everything there is to read. */
    public boolean awaitCaughtUp(BooleanSupplier alsoRequired, Duration timeout) throws InterruptedException {
        return Quiescence.await(runner.apps(), alsoRequired, timeout);
    }

    @Override
    public void close() {
        runner.close();
    }
}
