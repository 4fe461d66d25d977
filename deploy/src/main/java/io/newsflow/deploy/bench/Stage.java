package io.newsflow.deploy.bench;

import io.micrometer.core.instrument.Metrics;
import io.newsflow.alerts.AlertsService;
import io.newsflow.alerts.stream.AlertsTopology;
import io.newsflow.enrich.EnrichService;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import io.newsflow.schemas.topics.Topics;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;

/** A Kafka Streams application the bench measures, each in a JVM of its own (see {@link StageProcess}). */
enum Stage {
    PASSTHROUGH("(a) passthrough", PassthroughTopology.APPLICATION_ID),
    ENRICH("(b) enrich", EnrichService.APPLICATION_ID),
    ALERTS("(c) alerts", AlertsTopology.APPLICATION_ID);

    private final String label;
    private final String applicationId;

    Stage(String label, String applicationId) {
        this.label = label;
        this.applicationId = applicationId;
    }

    String label() {
        return label;
    }

    /** Kafka Streams names the app's internal topics {@code <application.id>-...}. */
    String internalTopicPrefix() {
        return applicationId + "-";
    }

    String applicationId() {
        return applicationId;
    }

    /** The real services for enrich and alerts; for the passthrough the services' own Streams defaults. */
    KafkaStreams create(Settings settings, Topics topics) {
        return switch (this) {
            case ENRICH -> EnrichService.create(settings, topics, Metrics.globalRegistry);
            case ALERTS -> AlertsService.detection(settings, topics, Metrics.globalRegistry);
            case PASSTHROUGH -> {
                StreamsBuilder builder = new StreamsBuilder();
                PassthroughTopology.build(builder, topics.rawArticles().name());
                Properties properties = StreamsDefaults.properties(settings, applicationId, "bench");
                yield StreamsDefaults.create(builder.build(properties), properties);
            }
        };
    }
}
