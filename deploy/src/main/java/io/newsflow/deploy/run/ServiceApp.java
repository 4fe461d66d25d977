package io.newsflow.deploy.run;

import org.apache.kafka.streams.KafkaStreams;

/**
 * One Streams application of a service.
 *
 * @param name          what /health reports it under
 * @param applicationId its application.id, which is also its consumer group
 */
public record ServiceApp(String name, String applicationId, KafkaStreams streams) {
}
