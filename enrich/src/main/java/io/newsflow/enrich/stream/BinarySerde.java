package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.MinHashSignature;
import io.newsflow.schemas.serde.UnlockedBytesIn;
import io.newsflow.schemas.serde.UnlockedBytesOut;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Serde for enrich's internal state and repartition values, written with Data streams. These bytes
 * never leave the enrich application (its stores, changelogs and repartition topics), so they need no
 * schema; the leading format version lets a later release read what an earlier one wrote. The Data streams
 * run over unlocked byte arrays: they move one byte per call, and the bucket lookups decode a member's
 * signature (hundreds of shorts) for every candidate they compare.
 */
abstract class BinarySerde<T> implements Serde<T> {
    private final int formatVersion;

    BinarySerde(int formatVersion) {
        this.formatVersion = formatVersion;
    }

    abstract void write(T value, DataOutputStream out) throws IOException;

    abstract T read(DataInputStream in) throws IOException;

    @Override
    public Serializer<T> serializer() {
        return (topic, value) -> {
            if (value == null) {
                return null;
            }
            UnlockedBytesOut bytes = new UnlockedBytesOut(256);
            try (DataOutputStream out = new DataOutputStream(bytes)) {
                out.writeByte(formatVersion);
                write(value, out);
            } catch (IOException e) {
                throw new SerializationException("cannot write " + getClass().getSimpleName() + " value", e);
            }
            return bytes.toByteArray();
        };
    }

    @Override
    public Deserializer<T> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try (DataInputStream in = new DataInputStream(new UnlockedBytesIn(data))) {
                int version = in.readByte();
                return version == formatVersion ? read(in) : readEarlierFormat(version, in);
            } catch (IOException e) {
                throw new SerializationException("cannot read " + getClass().getSimpleName() + " value", e);
            }
        };
    }

    /**
     * Reads a value an earlier release wrote in another format version. Serdes whose values outlive a
     * restart (store entries) override it for the versions they still read.
     */
    T readEarlierFormat(int version, DataInputStream in) throws IOException {
        throw new SerializationException(getClass().getSimpleName() + " cannot read format version " + version
                + " (expects " + formatVersion + ")");
    }

    /**
     * A count or distance that is never negative, seven bits a byte, low bits first: small values take one
     * byte where a fixed-width field takes four or eight.
     */
    static void writeUnsigned(long value, DataOutputStream out) throws IOException {
        if (value < 0) {
            throw new IllegalArgumentException("cannot write " + value + " as an unsigned number");
        }
        long rest = value;
        while (rest >= 0x80) {
            out.writeByte((int) (rest & 0x7F) | 0x80);
            rest >>>= 7;
        }
        out.writeByte((int) rest);
    }

    static long readUnsigned(DataInputStream in) throws IOException {
        long value = 0;
        for (int shift = 0; shift < Long.SIZE; shift += 7) {
            int next = in.readUnsignedByte();
            value |= (long) (next & 0x7F) << shift;
            if ((next & 0x80) == 0) {
                return value;
            }
        }
        throw new IOException("an unsigned number runs past 64 bits");
    }

    /** Signature values are 16-bit (see {@code MinHasher}), so each is written as two bytes. */
    static void writeSignature(MinHashSignature signature, DataOutputStream out) throws IOException {
        out.writeInt(signature.shingleCount());
        int[] values = signature.values();
        out.writeShort(values.length);
        for (int value : values) {
            out.writeShort(value);
        }
    }

    static MinHashSignature readSignature(DataInputStream in) throws IOException {
        int shingleCount = in.readInt();
        int[] values = new int[in.readShort()];
        for (int i = 0; i < values.length; i++) {
            values[i] = in.readUnsignedShort();
        }
        return new MinHashSignature(values, shingleCount);
    }

    static void writeOrder(ArrivalOrder order, DataOutputStream out) throws IOException {
        out.writeLong(order.firstSeenMillis());
        out.writeInt(order.partition());
        out.writeLong(order.offset());
    }

    static ArrivalOrder readOrder(DataInputStream in) throws IOException {
        return new ArrivalOrder(in.readLong(), in.readInt(), in.readLong());
    }
}
