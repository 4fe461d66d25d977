package io.newsflow.deploy.run;

import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * A compacted topic used as a table by key, as the services read it (global tables of subscriptions and
 * knowledge-base entities): write entries, remove one with a tombstone, or read what is live now.
 * Writes wait until the broker has every record, so a command that returns has changed the table.
 */
public final class TableTopic<V> {
    private final Settings settings;
    private final Topic<String, V> topic;

    public TableTopic(Settings settings, Topic<String, V> topic) {
        this.settings = settings;
        this.topic = topic;
    }

    public String name() {
        return topic.name();
    }

    /** Adds the entries or replaces those of the same keys. */
    public void put(Map<String, V> entries) {
        List<ProducerRecord<String, V>> records = new ArrayList<>();
        entries.forEach((key, value) -> records.add(new ProducerRecord<>(topic.name(), key, value)));
        send(records, "cannot write " + entries.size() + " record(s) to " + topic.name());
    }

    /** Removes the entry of this key (a tombstone). */
    public void remove(String key) {
        send(List.of(new ProducerRecord<>(topic.name(), key, null)), "cannot remove " + key + " from " + topic.name());
    }

    /** The live entries by key: the latest value of every key whose latest record is not a tombstone. */
    public SortedMap<String, V> read() {
        SortedMap<String, V> live = new TreeMap<>();
        TopicReader.readToEnd(settings, topic.name(), Map.of(), record -> {
            String key = topic.keySerde().deserializer().deserialize(topic.name(), record.key());
            V value = topic.valueSerde().deserializer().deserialize(topic.name(), record.value());
            if (value == null) {
                live.remove(key);
            } else {
                live.put(key, value);
            }
        });
        return live;
    }

    private void send(List<ProducerRecord<String, V>> records, String failure) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ProducerConfig.ACKS_CONFIG, "all");
        config.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, V> producer = new KafkaProducer<>(config, topic.keySerde().serializer(),
                topic.valueSerde().serializer())) {
            List<Future<RecordMetadata>> sent = new ArrayList<>();
            records.forEach(record -> sent.add(producer.send(record)));
            for (Future<RecordMetadata> ack : sent) {
                ack.get();
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException(failure + ": " + e.getCause(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted: " + failure, e);
        }
    }
}
