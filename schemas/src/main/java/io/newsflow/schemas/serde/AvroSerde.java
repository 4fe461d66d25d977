package io.newsflow.schemas.serde;

import org.apache.avro.specific.SpecificRecord;
import org.apache.kafka.common.serialization.Serdes;

/** Serde for one generated record type; see {@link AvroSerializer} and {@link AvroDeserializer}. */
public final class AvroSerde<T extends SpecificRecord> extends Serdes.WrapperSerde<T> {
    public AvroSerde(Class<T> type) {
        super(new AvroSerializer<>(type), new AvroDeserializer<>(type));
    }
}
