package io.newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.RawArticle;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.SchemaBuilder;
import org.apache.avro.generic.GenericData;
import org.apache.avro.generic.GenericRecord;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class SingleObjectSerdeTest {
    private static final String TOPIC = "news.articles.raw.v1";

    @Test
    void roundTripsWithoutARegistryInSingleObjectEncoding() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);
        serde.configure(Map.of(), false);
        byte[] bytes = serde.serializer().serialize(TOPIC, Samples.article());

        assertEquals((byte) 0xC3, bytes[0]);
        assertEquals((byte) 0x01, bytes[1]);
        assertArrayEquals(ByteBuffer.allocate(8).order(java.nio.ByteOrder.LITTLE_ENDIAN)
                        .putLong(org.apache.avro.SchemaNormalization.parsingFingerprint64(RawArticle.getClassSchema()))
                        .array(),
                java.util.Arrays.copyOfRange(bytes, 2, 10));
        assertEquals(Samples.article(), serde.deserializer().deserialize(TOPIC, bytes));
    }

    /** Under exactly-once a producer refusal fails the transaction; a serialization error is dead-lettered. */
    @Test
    void aValueTooLargeForTheProducersRequestLimitIsASerializationErrorNamingTheSizesAndTheSetting() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);
        serde.configure(Map.of("max.request.size", "40000"), false);
        RawArticle large = RawArticle.newBuilder(Samples.article()).setBody("x".repeat(30_000)).build();

        assertEquals(Samples.article(), serde.deserializer().deserialize(TOPIC,
                serde.serializer().serialize(TOPIC, Samples.article())), "what fits is written as always");
        OversizedRecordException refused = assertThrows(OversizedRecordException.class,
                () -> serde.serializer().serialize(TOPIC, large));
        assertTrue(refused.getMessage().matches("a RawArticle of 30,\\d{3} bytes is too large for topic "
                + "news\\.articles\\.raw\\.v1: the producer's max\\.request\\.size is 40,000 bytes; raise "
                + "max\\.request\\.size .*"), refused.getMessage());
        assertThrows(IllegalArgumentException.class, () -> new AvroSerde<>(RawArticle.class)
                .configure(Map.of("max.request.size", "1MB"), false));
    }

    /** Avro alone would read the bad bytes as U+FFFD and pass on text nobody wrote. */
    @Test
    void aStringThatIsNotValidUtf8IsRefusedNamingTheReason() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);
        RawArticle article = RawArticle.newBuilder(Samples.article()).setTitle("Harbour reopens").build();
        byte[] bytes = serde.serializer().serialize(TOPIC, article);
        byte[] title = "Harbour".getBytes(StandardCharsets.UTF_8);
        int at = indexOf(bytes, title);
        bytes[at + 1] = (byte) 0xFF;

        SerializationException refused = assertThrows(SerializationException.class,
                () -> serde.deserializer().deserialize(TOPIC, bytes));
        assertTrue(refused.getMessage().contains("is not valid UTF-8"), refused.getMessage());
        assertEquals("Hårbour reopens", serde.deserializer().deserialize(TOPIC, serde.serializer().serialize(TOPIC,
                RawArticle.newBuilder(article).setTitle("Hårbour reopens").build())).getTitle(), "valid text reads");
    }

    private static int indexOf(byte[] bytes, byte[] part) {
        for (int start = 0; start + part.length <= bytes.length; start++) {
            if (Arrays.equals(bytes, start, start + part.length, part, 0, part.length)) {
                return start;
            }
        }
        throw new AssertionError("not in the encoding");
    }

    @Test
    void nullStaysNull() {
        AvroSerde<RawArticle> serde = new AvroSerde<>(RawArticle.class);
        assertNull(serde.serializer().serialize(TOPIC, null));
        assertNull(serde.deserializer().deserialize(TOPIC, null));
    }

    @Test
    void readsDataWrittenWithAnOlderSchemaVersion() throws Exception {
        Schema older = olderRawArticleWithoutOriginAndAuthor();
        GenericRecord written = new GenericData.Record(older);
        written.put("articleId", "old-1");
        written.put("url", "https://example.org/old");
        written.put("source", "Old Source");
        written.put("title", "Written by an older release");
        written.put("body", "Body.");
        written.put("publishedAt", 1_700_000_000_000L);
        written.put("firstSeenAt", 1_700_000_000_500L);
        written.put("publishedAtInferred", false);
        written.put("language", null);
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), older).encode(written);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        RawArticle read = new AvroDeserializer<>(RawArticle.class, List.of(older)).deserialize(TOPIC, bytes);

        assertEquals("old-1", read.getArticleId());
        assertEquals("jsonl", read.getOrigin(), "a field the old writer lacked takes its default");
        assertNull(read.getAuthor());
    }

    @Test
    void unknownWriterSchemaIsRefusedWithTheTopicAndWhatToDo() throws Exception {
        Schema unreleased = olderRawArticleWithoutOriginAndAuthor();
        GenericRecord written = new GenericData.Record(unreleased);
        unreleased.getFields().forEach(field -> written.put(field.name(), field.schema().getType() == Schema.Type.LONG
                ? 1L : field.schema().getType() == Schema.Type.BOOLEAN ? false : "x"));
        written.put("language", null);
        ByteBuffer encoded = new BinaryMessageEncoder<GenericRecord>(GenericData.get(), unreleased).encode(written);
        byte[] bytes = new byte[encoded.remaining()];
        encoded.get(bytes);

        SerializationException error = assertThrows(SerializationException.class,
                () -> new AvroDeserializer<>(RawArticle.class).deserialize(TOPIC, bytes));

        assertTrue(error.getMessage().contains(TOPIC), error.getMessage());
        assertTrue(error.getMessage().contains("not a released version"), error.getMessage());
    }

    @Test
    void bytesInNoKnownFramingAreRefusedNamingTopicAndReason() {
        SerializationException error = assertThrows(SerializationException.class,
                () -> new AvroDeserializer<>(RawArticle.class).deserialize(TOPIC, "{\"title\":\"json\"}".getBytes()));

        assertTrue(error.getMessage().contains(TOPIC), error.getMessage());
        assertTrue(error.getMessage().contains("neither C3 01"), error.getMessage());
    }

    @Test
    void truncatedBodyIsRefusedNamingTopic() {
        byte[] bytes = new AvroSerializer<>(RawArticle.class).serialize(TOPIC, Samples.article());
        byte[] truncated = java.util.Arrays.copyOf(bytes, 20);

        SerializationException error = assertThrows(SerializationException.class,
                () -> new AvroDeserializer<>(RawArticle.class).deserialize(TOPIC, truncated));

        assertTrue(error.getMessage().contains(TOPIC), error.getMessage());
    }

    private static Schema olderRawArticleWithoutOriginAndAuthor() {
        return SchemaBuilder.record("RawArticle").namespace("io.newsflow.schemas.avro").fields()
                .requiredString("articleId")
                .requiredString("url")
                .requiredString("source")
                .requiredString("title")
                .requiredString("body")
                .name("publishedAt").type().longType().noDefault()
                .name("firstSeenAt").type().longType().noDefault()
                .name("publishedAtInferred").type().booleanType().booleanDefault(false)
                .name("language").type().unionOf().nullType().and().stringType().endUnion().nullDefault()
                .endRecord();
    }
}
