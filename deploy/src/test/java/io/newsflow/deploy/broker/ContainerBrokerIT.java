package io.newsflow.deploy.broker;

import org.testcontainers.junit.jupiter.Container;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;

/** The same contract on Apache Kafka's own image, where a Docker engine exists; skipped cleanly elsewhere. */
@Testcontainers(disabledWithoutDocker = true)
class ContainerBrokerIT extends BrokerContract {
    @Container
    static final KafkaContainer KAFKA = new KafkaContainer("apache/kafka:4.1.0");

    @Override
    String bootstrapServers() {
        return KAFKA.getBootstrapServers();
    }
}
