package io.newsflow.deploy.run;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;

/** Hands each committed alert to a callback as it arrives, from a given point of the alerts topic on. */
public final class AlertWatcher implements AutoCloseable {
    private final KafkaConsumer<String, Alert> consumer;
    private final Thread thread;

    public AlertWatcher(Settings settings, Topic<String, Alert> alerts, Map<TopicPartition, Long> from,
                        Consumer<Alert> onAlert) {
        Map<String, Object> config = settings.asClientConfig();
        config.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-watch-" + UUID.randomUUID());
        config.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        consumer = new KafkaConsumer<>(config, alerts.keySerde().deserializer(), alerts.valueSerde().deserializer());
        List<TopicPartition> partitions = List.copyOf(from.keySet());
        consumer.assign(partitions);
        from.forEach(consumer::seek);
        thread = new Thread(() -> {
            try {
                while (!Thread.currentThread().isInterrupted()) {
                    for (ConsumerRecord<String, Alert> record : consumer.poll(Duration.ofMillis(200))) {
                        onAlert.accept(record.value());
                    }
                }
            } catch (WakeupException stopping) {
                // close() woke the consumer up to end the loop.
            } finally {
                consumer.close();
            }
        }, "newsflow-alert-watcher");
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() throws InterruptedException {
        consumer.wakeup();
        thread.join(5_000);
    }
}
