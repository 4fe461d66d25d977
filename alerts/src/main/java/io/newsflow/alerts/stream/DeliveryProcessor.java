package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.AlertFactory;
import io.newsflow.alerts.subscription.ThrottleWindow;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.Subscription;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per subscription (records arrive keyed by subscription id): applies the subscription's throttle. Within
 * a window it delivers at most the allowed number of alerts; the rest are held back and summarised in one
 * DIGEST when the window ends (seen on the subscription's next alert or by the stream-time check).
 */
final class DeliveryProcessor implements Processor<String, Alert, String, Alert> {
    static final String STORE = "alerts-throttle-windows";
    static final String TO_DELIVERIES = "write-deliveries";
    static final String TO_SUBSCRIPTION_TOPICS = "write-subscription-topics";
    static final String OUTPUT_TOPIC_HEADER = "newsflow-output-topic";
    private static final Duration DEFAULT_WINDOW = Duration.ofHours(1);

    private final Duration checkEvery;
    private final Clock clock;
    private ProcessorContext<String, Alert> context;
    private KeyValueStore<String, ThrottleWindow> windows;
    private SubscriptionBook subscriptions;

    DeliveryProcessor(AlertsOptions options) {
        this.checkEvery = options.digestCheckEvery();
        this.clock = options.clock();
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.windows = context.getStateStore(STORE);
        this.subscriptions = new SubscriptionBook(context);
        context.schedule(checkEvery, PunctuationType.STREAM_TIME, this::flushEndedWindows);
    }

    @Override
    public void process(Record<String, Alert> record) {
        String subscriptionId = record.key();
        Subscription subscription = subscriptions.find(subscriptionId).orElse(null);
        Alert alert = Alert.newBuilder(record.value()).setSubscriptions(List.of(subscriptionId)).build();
        if (subscription == null || subscription.getThrottleMaxAlerts() == null) {
            deliver(subscription, record.withValue(alert));
            return;
        }
        Duration length = windowLength(subscription);
        ThrottleWindow.Decision decision = ThrottleWindow.offer(windows.get(subscriptionId),
                Instant.ofEpochMilli(record.timestamp()), subscription.getThrottleMaxAlerts(), length,
                alert.getSummary());
        if (decision.closed() != null && !decision.closed().heldBack().isEmpty()) {
            forwardDigest(subscriptionId, decision.closed(), length, record.timestamp());
        }
        windows.put(subscriptionId, decision.window());
        if (decision.deliver()) {
            deliver(subscription, record.withValue(alert));
        }
    }

    /** To the deliveries topic always, and to the subscription's own topic when it has one. */
    private void deliver(Subscription subscription, Record<String, Alert> record) {
        context.forward(record, TO_DELIVERIES);
        if (subscription != null && subscription.getOutputTopic() != null) {
            Record<String, Alert> routed = record.withHeaders(new RecordHeaders(record.headers().toArray()));
            routed.headers().remove(OUTPUT_TOPIC_HEADER)
                    .add(OUTPUT_TOPIC_HEADER, subscription.getOutputTopic().getBytes(StandardCharsets.UTF_8));
            context.forward(routed, TO_SUBSCRIPTION_TOPICS);
        }
    }

    private void flushEndedWindows(long streamTime) {
        List<KeyValue<String, ThrottleWindow>> ended = new ArrayList<>();
        try (KeyValueIterator<String, ThrottleWindow> all = windows.all()) {
            while (all.hasNext()) {
                KeyValue<String, ThrottleWindow> entry = all.next();
                Duration length = subscriptions.find(entry.key).map(DeliveryProcessor::windowLength)
                        .orElse(DEFAULT_WINDOW);
                if (entry.value.hasEndedBy(Instant.ofEpochMilli(streamTime), length)) {
                    ended.add(entry);
                }
            }
        }
        for (KeyValue<String, ThrottleWindow> entry : ended) {
            Duration length = subscriptions.find(entry.key).map(DeliveryProcessor::windowLength)
                    .orElse(DEFAULT_WINDOW);
            if (!entry.value.heldBack().isEmpty()) {
                forwardDigest(entry.key, entry.value, length, streamTime);
            }
            windows.delete(entry.key);
        }
    }

    private void forwardDigest(String subscriptionId, ThrottleWindow window, Duration length, long timestamp) {
        Alert digest = AlertFactory.digest(subscriptionId, window.start(), window.end(length), window.heldBack(),
                clock.instant());
        deliver(subscriptions.find(subscriptionId).orElse(null), new Record<>(subscriptionId, digest, timestamp));
    }

    private static Duration windowLength(Subscription subscription) {
        return subscription.getThrottleWindowMillis() == null ? DEFAULT_WINDOW
                : Duration.ofMillis(subscription.getThrottleWindowMillis());
    }
}
