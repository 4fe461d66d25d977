package io.newsflow.schemas.serde;

import org.apache.kafka.common.errors.SerializationException;

/** A value that encodes to more than the producer may send in one request; see {@link AvroSerializer}. */
public final class OversizedRecordException extends SerializationException {
    public OversizedRecordException(String message) {
        super(message);
    }
}
