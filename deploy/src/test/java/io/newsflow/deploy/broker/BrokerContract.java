package io.newsflow.deploy.broker;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import io.newsflow.schemas.topics.Topic;
import io.newsflow.schemas.topics.TopicProvisioner;
import io.newsflow.schemas.topics.Topics;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What newsflow needs from any Kafka broker: records cross it intact through the serde, and a Streams
 * service with newsflow's defaults sends what it cannot read or process to the dead-letter topic, with
 * the reason, and goes on. Runs on the embedded broker here, and on a container where Docker exists.
 */
abstract class BrokerContract {
    private static final Duration WAIT = Duration.ofSeconds(60);

    @TempDir
    Path stateDir;

    abstract String bootstrapServers();

    private Settings settings() {
        return Settings.defaults().with(Map.of("bootstrap.servers", bootstrapServers(), "topics.partitions", "1",
                "state.dir", stateDir.toString()));
    }

    private Topics provisionedTopics(Settings settings) {
        Topics topics = Topics.configure(settings.asClientConfig());
        try (Admin admin = Admin.create(settings.asClientConfig())) {
            new TopicProvisioner(admin, 1, (short) 1).ensure(topics.all());
        }
        return topics;
    }

    @Test
    void articlesCrossTheBrokerIntactThroughTheSerde() throws Exception {
        Settings settings = settings();
        Topics topics = provisionedTopics(settings);
        Topic<String, RawArticle> raw = topics.rawArticles();
        RawArticle article = article("roundtrip-" + UUID.randomUUID(), "Ortega’s government expels observers");

        try (KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings.asClientConfig(),
                raw.keySerde().serializer(), raw.valueSerde().serializer())) {
            producer.send(new ProducerRecord<>(raw.name(), article.getArticleId(), article)).get();
        }

        List<ConsumerRecord<String, RawArticle>> read = KafkaTestClients.readUntil(bootstrapServers(), raw.name(),
                raw.keySerde().deserializer(), raw.valueSerde().deserializer(),
                record -> article.getArticleId().equals(record.key()), 1, WAIT);
        assertEquals(1, read.size());
        assertEquals(article, read.get(0).value());
    }

    @Test
    void unreadableAndFailingRecordsGoToTheDeadLetterTopicAndTheRestFlows() throws Exception {
        Settings settings = settings();
        Topics topics = provisionedTopics(settings);
        Topic<String, RawArticle> raw = topics.rawArticles();
        String run = UUID.randomUUID().toString();
        String stage = "contract-" + run;
        String output = "test.passthrough." + run;
        try (Admin admin = Admin.create(settings.asClientConfig())) {
            admin.createTopics(List.of(new org.apache.kafka.clients.admin.NewTopic(output, 1, (short) 1))).all().get();
        }

        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(raw.name(), Consumed.with(raw.keySerde(), raw.valueSerde()).withName("read-raw"))
                .filter((key, value) -> key.startsWith(run), Named.as("only-this-run"))
                .mapValues(value -> {
                    if (value.getTitle().contains("POISON")) {
                        throw new IllegalArgumentException("article " + value.getArticleId() + " is poisoned");
                    }
                    return value;
                }, Named.as("refuse-poison"))
                .to(output, Produced.with(raw.keySerde(), raw.valueSerde()).withName("write-passthrough"));
        Properties properties = StreamsDefaults.properties(settings, "newsflow-contract-" + run, stage);

        try (KafkaStreams streams = StreamsDefaults.create(builder.build(properties), properties);
             KafkaProducer<String, RawArticle> producer = new KafkaProducer<>(settings.asClientConfig(),
                     raw.keySerde().serializer(), raw.valueSerde().serializer());
             KafkaProducer<byte[], byte[]> bytesProducer = new KafkaProducer<>(settings.asClientConfig(),
                     new ByteArraySerializer(), new ByteArraySerializer())) {
            streams.start();
            producer.send(new ProducerRecord<>(raw.name(), run + "-poison", article(run + "-poison", "POISON"))).get();
            bytesProducer.send(new ProducerRecord<>(raw.name(), (run + "-garbage").getBytes(StandardCharsets.UTF_8),
                    "not avro at all".getBytes(StandardCharsets.UTF_8))).get();
            producer.send(new ProducerRecord<>(raw.name(), run + "-good", article(run + "-good", "Fine"))).get();

            List<ConsumerRecord<String, RawArticle>> passed = KafkaTestClients.readUntil(bootstrapServers(), output,
                    raw.keySerde().deserializer(), raw.valueSerde().deserializer(), record -> true, 1, WAIT);
            Topic<byte[], DeadLetter> dead = topics.deadLetters();
            List<ConsumerRecord<byte[], DeadLetter>> letters = KafkaTestClients.readUntil(bootstrapServers(),
                    dead.name(), dead.keySerde().deserializer(), dead.valueSerde().deserializer(),
                    record -> stage.equals(record.value().getStage()), 2, WAIT);

            assertEquals(List.of(run + "-good"), passed.stream().map(ConsumerRecord::key).toList());
            assertEquals(2, letters.size(), "one dead letter per bad record");
            DeadLetter poison = letter(letters, "processing in refuse-poison");
            assertTrue(poison.getErrorMessage().contains("is poisoned"), poison.getErrorMessage());
            assertEquals(raw.name(), poison.getTopic());
            assertEquals(article(run + "-poison", "POISON"),
                    raw.valueSerde().deserializer().deserialize(raw.name(), poison.getValue().array()));
            DeadLetter garbage = letter(letters, "deserialization");
            assertArrayEquals("not avro at all".getBytes(StandardCharsets.UTF_8), garbage.getValue().array());
            assertTrue(garbage.getErrorMessage().contains("neither C3 01"), garbage.getErrorMessage());
        }
    }

    private static DeadLetter letter(List<ConsumerRecord<byte[], DeadLetter>> letters, String reason) {
        return letters.stream().map(ConsumerRecord::value).filter(letter -> reason.equals(letter.getReason()))
                .findFirst().orElseThrow(() -> new AssertionError("no dead letter with reason '" + reason + "' in "
                        + letters.stream().map(record -> record.value().getReason()).toList()));
    }

    private static RawArticle article(String id, String title) {
        Instant time = Instant.parse("2024-08-11T14:00:00Z");
        return RawArticle.newBuilder().setArticleId(id).setUrl("https://example.org/" + id).setSource("Test Wire")
                .setTitle(title).setBody("Body of " + id).setPublishedAt(time).setFirstSeenAt(time).build();
    }
}
