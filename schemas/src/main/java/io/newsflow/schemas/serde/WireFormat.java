package io.newsflow.schemas.serde;

/** The two framings newsflow reads and writes; the first byte of a value tells which one it is. */
enum WireFormat {
    /** Avro single-object encoding: C3 01, 8-byte CRC-64-AVRO fingerprint, binary body. */
    SINGLE_OBJECT,
    /** Confluent wire format: 0, 4-byte big-endian schema id, binary body. */
    CONFLUENT,
    UNKNOWN;

    static final byte CONFLUENT_MAGIC = 0;
    static final int CONFLUENT_HEADER_LENGTH = 5;

    static WireFormat of(byte[] bytes) {
        if (bytes.length >= 10 && bytes[0] == (byte) 0xC3 && bytes[1] == (byte) 0x01) {
            return SINGLE_OBJECT;
        }
        if (bytes.length >= CONFLUENT_HEADER_LENGTH && bytes[0] == CONFLUENT_MAGIC) {
            return CONFLUENT;
        }
        return UNKNOWN;
    }
}
