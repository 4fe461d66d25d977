package io.newsflow.deploy.broker;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicProvisioner;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddedBrokerRestartIT {
    @TempDir
    Path dataDir;

    @Test
    void restartOnTheSameDataDirectoryKeepsTopicsAndRecords() throws Exception {
        Topics topics = Topics.configure(Map.of());
        Topic<String, RawArticle> raw = topics.rawArticles();
        Instant time = Instant.parse("2024-08-14T12:00:00Z");
        RawArticle article = RawArticle.newBuilder().setArticleId("kept").setUrl("https://example.org/kept")
                .setSource("Test Wire").setTitle("Kept across restarts").setBody("Body").setPublishedAt(time)
                .setFirstSeenAt(time).build();

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).start()) {
            Map<String, Object> client = Map.of("bootstrap.servers", broker.bootstrapServers());
            try (Admin admin = Admin.create(client)) {
                new TopicProvisioner(admin, 2, (short) 1).ensure(topics.all());
            }
            try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(client,
                    raw.keySerde().serializer(), raw.valueSerde().serializer())) {
                producer.send(new ProducerRecord<>(raw.name(), "kept", article)).get();
            }
        }
        assertEquals(true, Files.exists(dataDir.resolve("logs/meta.properties")), "the directory outlives the broker");

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.builder().dataDir(dataDir).start()) {
            try (Admin admin = Admin.create(Map.of("bootstrap.servers", broker.bootstrapServers()))) {
                assertEquals(2, admin.describeTopics(List.of(raw.name())).allTopicNames().get().get(raw.name())
                        .partitions().size());
            }
            List<RawArticle> read = KafkaTestClients.readUntil(broker.bootstrapServers(), raw.name(),
                    raw.keySerde().deserializer(), raw.valueSerde().deserializer(), record -> true, 1,
                    Duration.ofSeconds(60)).stream().map(record -> record.value()).toList();
            assertEquals(List.of(article), read);
        }
    }
}
