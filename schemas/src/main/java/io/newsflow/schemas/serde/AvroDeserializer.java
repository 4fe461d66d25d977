package io.newsflow.schemas.serde;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Collection;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryDecoder;
import org.apache.avro.io.DecoderFactory;
import org.apache.avro.message.BinaryMessageDecoder;
import org.apache.avro.message.MissingSchemaException;
import org.apache.avro.message.SchemaStore;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumReader;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Reads both framings, whatever the configuration: single-object encoding (writer schema found among
 * the released versions by fingerprint) and the Confluent wire format (writer schema fetched from the
 * registry by id). Bytes it cannot read, strings that are not valid UTF-8 among them, raise a
 * {@link SerializationException} naming topic and reason.
 */
public final class AvroDeserializer<T extends SpecificRecord> implements Deserializer<T> {
    private final Schema schema;
    private final SpecificData model;
    private final BinaryMessageDecoder<T> singleObject;
    private final Map<Integer, SpecificDatumReader<T>> readersByRegistryId = new ConcurrentHashMap<>();
    private SchemaRegistryClient registry;

    public AvroDeserializer(Class<T> type) {
        this(type, null);
    }

    /** Also resolves these writer schemas, beside the released ones (for versions not yet released). */
    AvroDeserializer(Class<T> type, Collection<Schema> extraWriterSchemas) {
        AvroTrust.trustGeneratedRecords();
        SpecificData generated = SpecificData.getForClass(type);
        this.schema = generated.getSchema(type);
        this.model = new StrictUtf8Data(generated);
        SchemaStore.Cache writers = new SchemaStore.Cache();
        ReleasedSchemas.of(schema.getFullName()).forEach(writers::addSchema);
        if (extraWriterSchemas != null) {
            extraWriterSchemas.forEach(writers::addSchema);
        }
        this.singleObject = new BinaryMessageDecoder<>(model, schema, writers);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.registry = RegistrySettings.from(configs).map(SchemaRegistryClient::new).orElse(null);
    }

    @Override
    public T deserialize(String topic, byte[] bytes) {
        if (bytes == null) {
            return null;
        }
        WireFormat format = WireFormat.of(bytes);
        try {
            return switch (format) {
                case SINGLE_OBJECT -> singleObject.decode(bytes);
                case CONFLUENT -> fromConfluent(topic, bytes);
                case UNKNOWN -> throw failure(topic, "the bytes start with neither C3 01 (Avro single-object "
                        + "encoding) nor 00 (Confluent wire format): " + preview(bytes), null);
            };
        } catch (MissingSchemaException e) {
            throw failure(topic, "the writer schema (fingerprint " + HexFormat.of().formatHex(bytes, 2, 10)
                    + ") is not a released version of " + schema.getFullName()
                    + "; upgrade newsflow to a release that has it", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException serializationException) {
                throw serializationException;
            }
            throw failure(topic, format + " payload is not a valid " + schema.getName() + ": " + describe(e), e);
        }
    }

    private T fromConfluent(String topic, byte[] bytes) throws IOException {
        int id = ByteBuffer.wrap(bytes, 1, 4).getInt();
        if (registry == null) {
            throw failure(topic, "the value is in Confluent wire format (schema id " + id
                    + ") but schema.registry.url is not set; set it to read this topic", null);
        }
        SpecificDatumReader<T> reader = readersByRegistryId.computeIfAbsent(id,
                missing -> readerOf(registry.schemaById(missing)));
        BinaryDecoder decoder = DecoderFactory.get().binaryDecoder(bytes, WireFormat.CONFLUENT_HEADER_LENGTH,
                bytes.length - WireFormat.CONFLUENT_HEADER_LENGTH, null);
        return reader.read(null, decoder);
    }

    @SuppressWarnings("unchecked")
    private SpecificDatumReader<T> readerOf(Schema writer) {
        return (SpecificDatumReader<T>) model.createDatumReader(writer, schema);
    }

    private SerializationException failure(String topic, String reason, Exception cause) {
        return new SerializationException("cannot read " + schema.getName() + " from topic " + topic + ": " + reason,
                cause);
    }

    /** The error with its root cause: Avro wraps what went wrong in a bare "Decoding datum failed". */
    private static String describe(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root == e ? e.toString() : e + " (" + root.getMessage() + ")";
    }

    private static String preview(byte[] bytes) {
        return HexFormat.ofDelimiter(" ").formatHex(bytes, 0, Math.min(bytes.length, 8))
                + (bytes.length > 8 ? " ..." : "") + " (" + bytes.length + " bytes)";
    }
}
