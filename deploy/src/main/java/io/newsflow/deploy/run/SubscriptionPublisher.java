package io.newsflow.deploy.run;

import io.newsflow.schemas.avro.Subscription;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/**
 * Writes subscriptions to the compacted subscriptions topic, where every alerts instance picks them up
 * at runtime; creates the subscriptions' own output topics first.
 */
public final class SubscriptionPublisher {
    private SubscriptionPublisher() {
    }

    public static void publish(Settings settings, Topics topics, List<Subscription> subscriptions) {
        TopicSetup.ensure(settings, topics, subscriptions.stream().map(Subscription::getOutputTopic)
                .filter(Objects::nonNull).toList());
        Topic<String, Subscription> topic = topics.subscriptions();
        try (KafkaProducer<String, Subscription> producer = producer(settings, topic)) {
            for (Subscription subscription : subscriptions) {
                producer.send(new ProducerRecord<>(topic.name(), subscription.getId(), subscription)).get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot write subscriptions to " + topic.name() + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while writing subscriptions", e);
        }
    }

    public static void remove(Settings settings, Topics topics, String id) {
        Topic<String, Subscription> topic = topics.subscriptions();
        try (KafkaProducer<String, Subscription> producer = producer(settings, topic)) {
            producer.send(new ProducerRecord<>(topic.name(), id, null)).get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("cannot remove subscription " + id + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while removing subscription " + id, e);
        }
    }

    private static KafkaProducer<String, Subscription> producer(Settings settings, Topic<String, Subscription> topic) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        return new KafkaProducer<>(config, topic.keySerde().serializer(), topic.valueSerde().serializer());
    }
}
