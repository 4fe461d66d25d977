package io.newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ConfluentRegistrySerdeTest {
    private static final String TOPIC = "news.articles.raw.v1";
    private LoopbackSchemaRegistry registry;

    @BeforeEach
    void startRegistry() throws Exception {
        registry = new LoopbackSchemaRegistry("newsflow", "s3cret");
    }

    @AfterEach
    void stopRegistry() {
        registry.close();
    }

    private Map<String, Object> config(String userInfo) {
        return Map.of(RegistrySettings.URL, registry.url(), RegistrySettings.USER_INFO, userInfo,
                RegistrySettings.RETRY_BACKOFF_MS, "10");
    }

    @Test
    void writesConfluentWireFormatRegisteredUnderTheTopicValueSubject() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);
        serde.configure(config("newsflow:s3cret"), false);

        byte[] bytes = serde.serializer().serialize(TOPIC, Samples.article());

        assertEquals(0, bytes[0], "magic byte");
        assertEquals(100, ByteBuffer.wrap(bytes, 1, 4).getInt(), "schema id the registry gave");
        assertEquals(List.of(TOPIC + "-value"), registry.subjects());
        assertEquals(Samples.article(), serde.deserializer().deserialize(TOPIC, bytes));
    }

    @Test
    void cachesIdsSoTheRegistryIsAskedOncePerSchema() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(RawArticle.class);
        serializer.configure(config("newsflow:s3cret"), false);
        for (int i = 0; i < 5; i++) {
            serializer.serialize(TOPIC, Samples.article());
        }
        assertEquals(1, registry.requests());
    }

    @Test
    void readerFetchesAnUnknownIdFromTheRegistry() {
        AvroSerializer<RawArticle> writer = new AvroSerializer<>(RawArticle.class);
        writer.configure(config("newsflow:s3cret"), false);
        byte[] bytes = writer.serialize(TOPIC, Samples.article());

        AvroDeserializer<RawArticle> freshReader = new AvroDeserializer<>(RawArticle.class);
        freshReader.configure(config("newsflow:s3cret"), false);

        assertEquals(Samples.article(), freshReader.deserialize(TOPIC, bytes));
        assertEquals(2, registry.requests(), "one registration, one fetch by id");
    }

    @Test
    void retriesTransientRegistryFailures() {
        registry.failNext(2);
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(RawArticle.class);
        serializer.configure(config("newsflow:s3cret"), false);

        byte[] bytes = serializer.serialize(TOPIC, Samples.article());

        assertEquals(0, bytes[0]);
        assertEquals(3, registry.requests());
    }

    @Test
    void wrongCredentialsFailAtOnceWithTheRegistryAnswer() {
        AvroSerializer<RawArticle> serializer = new AvroSerializer<>(RawArticle.class);
        serializer.configure(config("newsflow:wrong"), false);

        SerializationException error = assertThrows(SerializationException.class,
                () -> serializer.serialize(TOPIC, Samples.article()));

        assertTrue(error.getMessage().contains("HTTP 401"), error.getMessage());
        assertEquals(1, registry.requests(), "a 401 is not retried");
    }

    @Test
    void registryReaderStillReadsSingleObjectEncoding() {
        byte[] singleObject = new AvroSerializer<>(RawArticle.class).serialize(TOPIC, Samples.article());
        AvroDeserializer<RawArticle> reader = new AvroDeserializer<>(RawArticle.class);
        reader.configure(config("newsflow:s3cret"), false);

        assertEquals(Samples.article(), reader.deserialize(TOPIC, singleObject));
    }

    @Test
    void confluentBytesWithoutARegistryConfiguredSayWhatToSet() {
        AvroSerializer<RawArticle> writer = new AvroSerializer<>(RawArticle.class);
        writer.configure(config("newsflow:s3cret"), false);
        byte[] bytes = writer.serialize(TOPIC, Samples.article());

        SerializationException error = assertThrows(SerializationException.class,
                () -> new AvroDeserializer<>(RawArticle.class).deserialize(TOPIC, bytes));

        assertTrue(error.getMessage().contains(TOPIC) && error.getMessage().contains("schema.registry.url"),
                error.getMessage());
    }
}
