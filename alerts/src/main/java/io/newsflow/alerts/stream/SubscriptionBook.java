package io.newsflow.alerts.stream;

import io.newsflow.alerts.subscription.AlertContext;
import io.newsflow.alerts.subscription.SubscriptionMatcher;
import io.newsflow.schemas.avro.Subscription;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.TimestampedKeyValueStore;
import org.apache.kafka.streams.state.ValueAndTimestamp;

/** The current subscriptions, from the global table that mirrors {@code news.subscriptions.v1} on every instance. */
final class SubscriptionBook {
    static final String STORE = "alerts-subscriptions";

    private final TimestampedKeyValueStore<String, Subscription> store;

    SubscriptionBook(ProcessorContext<?, ?> context) {
        this.store = context.getStateStore(STORE);
    }

    /** Ids of the subscriptions that want this alert, in id order. */
    List<String> matching(AlertContext alert) {
        List<String> ids = new ArrayList<>();
        try (KeyValueIterator<String, ValueAndTimestamp<Subscription>> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, ValueAndTimestamp<Subscription>> entry = all.next();
                if (entry.value != null && SubscriptionMatcher.matches(entry.value.value(), alert)) {
                    ids.add(entry.key);
                }
            }
        }
        return ids;
    }

    Optional<Subscription> find(String id) {
        return Optional.ofNullable(store.get(id)).map(ValueAndTimestamp::value);
    }
}
