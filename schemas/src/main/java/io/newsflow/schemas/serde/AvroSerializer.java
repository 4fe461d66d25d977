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
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Writes Avro single-object encoding by default, or the Confluent wire format (registering the schema
 * under the TopicNameStrategy subject) when {@code schema.registry.url} is configured.
 */
public final class AvroSerializer<T extends SpecificRecord> implements Serializer<T> {
    private final Schema schema;
    private final SpecificData model;
    private final BinaryMessageEncoder<T> singleObject;
    private final SpecificDatumWriter<T> writer;
    private SchemaRegistryClient registry;
    private boolean isKey;

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
    }

    @Override
    public byte[] serialize(String topic, T data) {
        if (data == null) {
            return null;
        }
        try {
            return registry == null ? singleObjectBytes(data) : confluentBytes(topic, data);
        } catch (IOException | RuntimeException e) {
            if (e instanceof SerializationException serializationException) {
                throw serializationException;
            }
            throw new SerializationException("cannot write " + schema.getName() + " to topic " + topic + ": " + e, e);
        }
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
