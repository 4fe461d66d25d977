package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.Alert;
import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.streams.processor.RecordContext;
import org.apache.kafka.streams.processor.TopicNameExtractor;

/** The subscription's own output topic, as the delivery step named it in a header. */
final class SubscriptionTopicName implements TopicNameExtractor<String, Alert> {
    @Override
    public String extract(String subscriptionId, Alert alert, RecordContext context) {
        Header header = context.headers().lastHeader(DeliveryProcessor.OUTPUT_TOPIC_HEADER);
        if (header == null) {
            throw new IllegalStateException("delivery for subscription " + subscriptionId + " has no output topic");
        }
        return new String(header.value(), StandardCharsets.UTF_8);
    }
}
