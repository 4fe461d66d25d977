package io.newsflow.deploy.demo;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.Topics;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;

/** Produces articles to the raw topic through the serde and reads them back: proof the contract holds end to end. */
public final class RawRoundTrip {
    private final Settings settings;
    private final Topic<String, RawArticle> raw;

    public RawRoundTrip(Settings settings, Topics topics) {
        this.settings = settings;
        this.raw = topics.rawArticles();
    }

    public List<RawArticle> produceAndReadBack(List<RawArticle> articles, Duration timeout) throws Exception {
        Map<String, Object> producerConfig = settings.asClientConfig();
        producerConfig.put(ProducerConfig.ACKS_CONFIG, "all");
        producerConfig.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true);
        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(producerConfig,
                raw.keySerde().serializer(), raw.valueSerde().serializer())) {
            for (RawArticle article : articles) {
                producer.send(new ProducerRecord<>(raw.name(), article.getArticleId(), article)).get();
            }
        }
        Set<String> wanted = articles.stream().map(RawArticle::getArticleId).collect(Collectors.toSet());
        Map<String, Object> consumerConfig = settings.asClientConfig();
        consumerConfig.put(ConsumerConfig.GROUP_ID_CONFIG, "newsflow-roundtrip-" + UUID.randomUUID());
        consumerConfig.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        consumerConfig.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        List<RawArticle> found = new ArrayList<>();
        try (KafkaConsumer<String, RawArticle> consumer = new KafkaConsumer<>(consumerConfig,
                raw.keySerde().deserializer(), raw.valueSerde().deserializer())) {
            consumer.subscribe(List.of(raw.name()));
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!wanted.isEmpty() && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, RawArticle> record : consumer.poll(Duration.ofMillis(500))) {
                    if (wanted.remove(record.key())) {
                        found.add(record.value());
                    }
                }
            }
        }
        return found;
    }
}
