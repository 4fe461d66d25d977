package io.newsflow.alerts.webhook.stream;

import io.newsflow.alerts.webhook.Attempt;
import io.newsflow.alerts.webhook.DeliveryBacklog;
import io.newsflow.alerts.webhook.DeliveryRules;
import io.newsflow.alerts.webhook.PendingDelivery;
import io.newsflow.alerts.webhook.WebhookClient;
import io.newsflow.alerts.webhook.WebhookFailure;
import io.newsflow.alerts.webhook.WebhookMeters;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.streams.DeadLetters;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Delivers each subscription's alerts to its webhook without the stream thread ever waiting on one. An
 * alert is first put in the outbox store (changelogged, so committed together with the input's offset),
 * then posted asynchronously; the answers are collected on the stream thread, which alone touches the
 * store, on the next record or wall-clock check. Per subscription one delivery is in flight at a time, in
 * arrival order; a transient failure waits its backoff while other subscriptions go on, and the last
 * failed attempt (or a refusal) becomes a dead letter with the reason.
 *
 * <p>A crash or a task moving to another instance repeats what the outbox still holds: deliveries in
 * flight, and accepted ones whose removal was not committed yet. Receivers drop those repeats by their
 * {@code Idempotency-Key}.
 */
final class WebhookOutbox implements Processor<String, Alert, byte[], DeadLetter> {
    static final String STORE = "webhook-outbox";
    static final String SUBSCRIPTIONS_STORE = "webhook-subscriptions";
    /** How often answers are collected and due retries started: no I/O, and small next to any backoff. */
    static final Duration CHECK_EVERY = Duration.ofMillis(100);
    private static final String STAGE = "webhook";
    private static final Logger LOG = LoggerFactory.getLogger(WebhookOutbox.class);

    /** An attempt's answer, handed from the HTTP client's thread to the stream thread. */
    private record Finished(String key, PendingDelivery delivery, String url, Attempt attempt) {
    }

    private final WebhookClient client;
    private final DeliveryRules rules;
    private final Serializer<Alert> alertBytes;
    private final String deliveriesTopic;
    private final WebhookMeters meters;
    private ProcessorContext<byte[], DeadLetter> context;
    private KeyValueStore<String, PendingDelivery> outbox;
    private TimestampedKeyValueStore<String, Subscription> subscriptions;
    private DeliveryBacklog backlog;
    private Set<String> inFlight;
    private Queue<Finished> finished;

    WebhookOutbox(WebhookClient client, DeliveryRules rules, Serializer<Alert> alertBytes, String deliveriesTopic,
                  WebhookMeters meters) {
        this.client = client;
        this.rules = rules;
        this.alertBytes = alertBytes;
        this.deliveriesTopic = deliveriesTopic;
        this.meters = meters;
    }

    /** Runs after the store is restored, and again if the task is revived: everything in memory starts afresh. */
    @Override
    public void init(ProcessorContext<byte[], DeadLetter> context) {
        this.context = context;
        this.outbox = context.getStateStore(STORE);
        this.subscriptions = context.getStateStore(SUBSCRIPTIONS_STORE);
        this.backlog = new DeliveryBacklog();
        this.inFlight = new HashSet<>();
        this.finished = new ConcurrentLinkedQueue<>();
        try (KeyValueIterator<String, PendingDelivery> all = outbox.all()) {
            all.forEachRemaining(entry -> backlog.restored(entry.value));
        }
        meters.watch(backlog);
        context.schedule(CHECK_EVERY, PunctuationType.WALL_CLOCK_TIME, time -> pump(Instant.ofEpochMilli(time)));
    }

    @Override
    public void process(Record<String, Alert> record) {
        String subscriptionId = record.key();
        Optional<String> url = webhookOf(subscriptionId);
        if (url.isEmpty()) {
            return;
        }
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        PendingDelivery delivery = PendingDelivery.of(subscriptionId, record.value(),
                alertBytes.serialize(deliveriesTopic, record.value()), now);
        if (backlog.pending(subscriptionId) >= rules.maxPending()) {
            meters.failed(subscriptionId);
            deadLetter(delivery, url.get(), "webhook-backlog-full", "subscription "
                    + subscriptionId + " already has " + rules.maxPending() + " deliveries waiting "
                    + "(alerts.webhook.max.pending)", now);
            return;
        }
        long offset = context.recordMetadata().map(RecordMetadata::offset).orElseThrow();
        outbox.put(key(subscriptionId, offset), delivery);
        backlog.added(subscriptionId, now);
        pump(now);
    }

    private void pump(Instant now) {
        for (Finished done = finished.poll(); done != null; done = finished.poll()) {
            finish(done, now);
        }
        for (String subscriptionId : backlog.ready(now, inFlight)) {
            Optional<String> url = webhookOf(subscriptionId);
            if (url.isPresent()) {
                sendFirst(subscriptionId, url.get());
            } else {
                dropAll(subscriptionId, now);
            }
        }
    }

    private void sendFirst(String subscriptionId, String url) {
        KeyValue<String, PendingDelivery> first;
        try (KeyValueIterator<String, PendingDelivery> waiting = outbox.prefixScan(prefix(subscriptionId),
                new StringSerializer())) {
            first = waiting.next();
        }
        inFlight.add(subscriptionId);
        client.post(url, first.value.body(), first.value.idempotencyKey())
                .thenAccept(attempt -> finished.add(new Finished(first.key, first.value, url, attempt)));
    }

    private void finish(Finished done, Instant now) {
        String subscriptionId = done.delivery().subscriptionId();
        inFlight.remove(subscriptionId);
        if (done.attempt().outcome() == Attempt.Outcome.ACCEPTED) {
            outbox.delete(done.key());
            backlog.headDone(subscriptionId, now);
            meters.delivered(subscriptionId);
            return;
        }
        PendingDelivery tried = done.delivery().failedWith(done.attempt().problem());
        Optional<Instant> retryAt = done.attempt().outcome() == Attempt.Outcome.TRANSIENT
                ? rules.retryAt(tried.attemptsMade(), now) : Optional.empty();
        if (retryAt.isPresent()) {
            LOG.debug("webhook {} of subscription {} failed (attempt {}), retrying at {}: {}", done.url(),
                    subscriptionId, tried.attemptsMade(), retryAt.get(), tried.lastProblem());
            outbox.put(done.key(), tried.retryAt(retryAt.get()));
            backlog.retryAt(subscriptionId, retryAt.get());
            meters.retried(subscriptionId);
            return;
        }
        outbox.delete(done.key());
        backlog.headDone(subscriptionId, now);
        meters.failed(subscriptionId);
        deadLetter(tried, done.url(), "webhook-failed", done.url() + " did not accept the delivery after "
                + tried.attemptsMade() + (tried.attemptsMade() == 1 ? " attempt: " : " attempts: ")
                + tried.lastProblem(), now);
    }

    /** The subscription was removed or lost its webhook: its subscriber no longer wants these. */
    private void dropAll(String subscriptionId, Instant now) {
        List<String> keys = new ArrayList<>();
        try (KeyValueIterator<String, PendingDelivery> waiting = outbox.prefixScan(prefix(subscriptionId),
                new StringSerializer())) {
            waiting.forEachRemaining(entry -> keys.add(entry.key));
        }
        for (String key : keys) {
            outbox.delete(key);
            backlog.headDone(subscriptionId, now);
        }
        LOG.info("dropped {} webhook deliveries of subscription {}: it has no webhook any more", keys.size(),
                subscriptionId);
    }

    private void deadLetter(PendingDelivery delivery, String url, String reason, String message, Instant now) {
        DeadLetter letter = DeadLetters.forInput(STAGE, reason,
                url + " (subscription " + delivery.subscriptionId() + ")", delivery.alert(),
                new WebhookFailure(message), now);
        DeadLetters.count(STAGE, reason);
        context.forward(new Record<>(delivery.subscriptionId().getBytes(StandardCharsets.UTF_8), letter,
                now.toEpochMilli()));
    }

    private Optional<String> webhookOf(String subscriptionId) {
        return Optional.ofNullable(subscriptions.get(subscriptionId)).map(ValueAndTimestamp::value)
                .map(Subscription::getWebhookUrl);
    }

    @Override
    public void close() {
        meters.forget(backlog);
    }

    /**
     * Outbox keys: the subscription id, a NUL, then the alert's offset on the deliveries topic, zero-padded so
     * that a subscription's deliveries sort in arrival order (a subscription's alerts share one partition).
     * The same input gives the same key, so reprocessing it after a crash stores it once.
     */
    private static String key(String subscriptionId, long offset) {
        return prefix(subscriptionId) + String.format("%019d", offset);
    }

    private static String prefix(String subscriptionId) {
        return subscriptionId + '\u0000';
    }
}
