package io.newsflow.enrich.stream;

import io.newsflow.enrich.story.HashedVector;
import io.newsflow.enrich.story.StoryProfile;
import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serializer;

/**
 * A story profile in the story-profiles store: fixed-width fields in a byte buffer, because every
 * candidate story of every article is read through here and Data streams cost a call per byte. The
 * leading format version lets a later release read what an earlier one wrote: format 2 added the story
 * that absorbed this one (a length of -1 when none); format 1 reads as a story of its own.
 */
public final class StoryProfileSerde implements Serde<StoryProfile> {
    private static final byte FORMAT_VERSION = 2;
    private static final int NOT_MERGED = -1;

    @Override
    public Serializer<StoryProfile> serializer() {
        return (topic, profile) -> profile == null ? null : write(profile);
    }

    @Override
    public Deserializer<StoryProfile> deserializer() {
        return (topic, data) -> {
            if (data == null) {
                return null;
            }
            try {
                return read(ByteBuffer.wrap(data));
            } catch (BufferUnderflowException | IllegalArgumentException | NegativeArraySizeException e) {
                throw new SerializationException("cannot read story profile", e);
            }
        };
    }

    private static byte[] write(StoryProfile profile) {
        byte[] storyId = profile.storyId().getBytes(StandardCharsets.UTF_8);
        byte[] mergedInto = profile.isMerged() ? profile.mergedInto().getBytes(StandardCharsets.UTF_8) : new byte[0];
        HashedVector centroid = profile.centroid();
        ByteBuffer out = ByteBuffer.allocate(1 + 4 + storyId.length + 4 + mergedInto.length + 8 + 8 + 4
                + centroid.size() * 16);
        out.put(FORMAT_VERSION).putInt(storyId.length).put(storyId)
                .putInt(profile.isMerged() ? mergedInto.length : NOT_MERGED).put(mergedInto)
                .putLong(profile.firstPublishedAt().toEpochMilli())
                .putLong(profile.lastPublishedAt().toEpochMilli())
                .putInt(centroid.size());
        for (int i = 0; i < centroid.size(); i++) {
            out.putLong(centroid.hash(i));
        }
        for (int i = 0; i < centroid.size(); i++) {
            out.putDouble(centroid.weight(i));
        }
        return out.array();
    }

    private static StoryProfile read(ByteBuffer in) {
        byte version = in.get();
        if (version != FORMAT_VERSION && version != 1) {
            throw new SerializationException("cannot read story profile format version " + version
                    + " (reads 1 to " + FORMAT_VERSION + ")");
        }
        byte[] storyId = new byte[in.getInt()];
        in.get(storyId);
        String mergedInto = null;
        if (version >= 2) {
            int length = in.getInt();
            if (length != NOT_MERGED) {
                byte[] survivor = new byte[length];
                in.get(survivor);
                mergedInto = new String(survivor, StandardCharsets.UTF_8);
            }
        }
        Instant first = Instant.ofEpochMilli(in.getLong());
        Instant last = Instant.ofEpochMilli(in.getLong());
        long[] hashes = new long[in.getInt()];
        double[] weights = new double[hashes.length];
        in.asLongBuffer().get(hashes);
        in.position(in.position() + hashes.length * Long.BYTES);
        in.asDoubleBuffer().get(weights);
        return new StoryProfile(new String(storyId, StandardCharsets.UTF_8), first, last,
                HashedVector.fromSorted(hashes, weights), mergedInto);
    }
}
