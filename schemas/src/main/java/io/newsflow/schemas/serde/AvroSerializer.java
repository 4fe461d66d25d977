package io.newsflow.schemas.serde;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.util.Map;
import org.apache.avro.Schema;
import org.apache.avro.io.BinaryEncoder;
import org.apache.avro.io.EncoderFactory;
import org.apache.avro.message.BinaryMessageEncoder;
import org.apache.avro.specific.SpecificData;
import org.apache.avro.specific.SpecificDatumWriter;
import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro single-object encoding by default, or the Confluent wire format (registering the schema
 * under the TopicNameStrategy subject) when {@code schema.registry.url} is configured.
 *
 * <p>A value too large for the producer's {@code max.request.size} is refused here, as a serialization
 * error, rather than by the producer: under exactly-once a producer refusal fails the whole transaction,
 * so Kafka Streams would retry the same input for ever, while a serialization error is dead-lettered and
 * the stream goes on.
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    /** Room left in a request for the record's key, headers and the batch framing around it. */
    static final int REQUEST_OVERHEAD_BYTES = 16 * 1024;
    private static final int DEFAULT_MAX_REQUEST_SIZE = 1_048_576;
    private final Schema schema;
    private final SpecificData model;
    private final BinaryMessageEncoder<T> singleObject;
    private final SpecificDatumWriter<T> writer;
    private SchemaRegistryClient registry;
    private boolean isKey;
    private int maxRequestSize = DEFAULT_MAX_REQUEST_SIZE;

    public AvroSerializer(Class<T> type) {
        AvroTrust.trustGeneratedRecords();
        this.model = SpecificData.getForClass(type);
        this.schema = model.getSchema(type);
        this.singleObject = new BinaryMessageEncoder<>(model, schema);
        this.writer = new SpecificDatumWriter<>(schema, model);
    }

    @Override
    public void configure(Map<String, ?> configs, boolean isKey) {
        this.isKey = isKey;
        this.registry = RegistrySettings.from(configs).map(SchemaRegistryClient::new).orElse(null);
        Object configured = configs.get(ProducerConfig.MAX_REQUEST_SIZE_CONFIG);
        if (configured != null) {
            try {
                this.maxRequestSize = Integer.parseInt(configured.toString().trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("setting '" + ProducerConfig.MAX_REQUEST_SIZE_CONFIG
                        + "' must be a whole number of bytes, got '" + configured + "'", e);
            }
        }
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = registry == null ? singleObjectBytes(data) : confluentBytes(topic, data);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException serializationException) {
                throw serializationException;
            }
            throw new SerializationException("cannot write " + schema.getName() + " to topic " + topic + ": " + e, e);
        }
        if (bytes.length > maxRequestSize - REQUEST_OVERHEAD_BYTES) {
            throw new OversizedRecordException(String.format("a %s of %,d bytes is too large for topic %s: the "
                            + "producer's max.request.size is %,d bytes; raise max.request.size (and the topic's "
                            + "max.message.bytes) to let such records through", schema.getName(), bytes.length,
                    topic, maxRequestSize));
        }
        return bytes;
    }

    private byte[] singleObjectBytes(T data) throws IOException {
        ByteBuffer buffer = singleObject.encode(data);
        byte[] bytes = new byte[buffer.remaining()];
        buffer.get(bytes);
        return bytes;
    }

    private byte[] confluentBytes(String topic, T data) throws IOException {
        int id = registry.register(topic + (isKey ? "-key" : "-value"), schema);
        ByteArrayOutputStream out = new ByteArrayOutputStream(256);
        out.write(WireFormat.CONFLUENT_MAGIC);
        out.write(ByteBuffer.allocate(4).putInt(id).array());
        BinaryEncoder encoder = EncoderFactory.get().directBinaryEncoder(out, null);
        writer.write(data, encoder);
        encoder.flush();
        return out.toByteArray();
    }
}
