package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.enrich.story.FeatureVector;
import io.newsflow.enrich.story.HashedVector;
import io.newsflow.enrich.story.StoryProfile;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;

class StoryProfileSerdeTest {
    private final StoryProfileSerde serde = new StoryProfileSerde();

    @Test
    void profileReadsBackAsWritten() {
        HashedVector centroid = HashedVector.of(new FeatureVector(Map.of("t:strike", 3.0, "e:union", 4.0)));
        StoryProfile profile = new StoryProfile("story-wire-001", Instant.parse("2026-01-05T08:00:00Z"),
                Instant.parse("2026-01-07T10:30:00Z"), centroid, null);
        StoryProfile read = serde.deserializer().deserialize("", serde.serializer().serialize("", profile));
        assertEquals(profile.storyId(), read.storyId());
        assertEquals(profile.firstPublishedAt(), read.firstPublishedAt());
        assertEquals(profile.lastPublishedAt(), read.lastPublishedAt());
        assertEquals(1.0, read.centroid().cosine(centroid), 1e-12);
        assertFalse(read.isMerged());
    }

    @Test
    void anAbsorbedStoryKeepsTheStoryThatAbsorbedIt() {
        StoryProfile profile = new StoryProfile("story-b", Instant.parse("2026-01-05T08:00:00Z"),
                Instant.parse("2026-01-05T09:00:00Z"), HashedVector.of(new FeatureVector(Map.of("t:strike", 1.0))),
                null).mergedInto("story-\u00e1");
        StoryProfile read = serde.deserializer().deserialize("", serde.serializer().serialize("", profile));
        assertEquals("story-\u00e1", read.mergedInto());
        assertEquals(profile.lastPublishedAt(), read.lastPublishedAt());
    }

    @Test
    void formatOneFromTheReleaseBeforeMergesReadsAsAStoryOfItsOwn() {
        byte[] id = "story-old".getBytes(StandardCharsets.UTF_8);
        ByteBuffer formatOne = ByteBuffer.allocate(1 + 4 + id.length + 8 + 8 + 4 + 16);
        formatOne.put((byte) 1).putInt(id.length).put(id).putLong(1_000L).putLong(2_000L).putInt(1)
                .putLong(42L).putDouble(1.0);
        StoryProfile read = serde.deserializer().deserialize("", formatOne.array());
        assertEquals("story-old", read.storyId());
        assertEquals(Instant.ofEpochMilli(2_000L), read.lastPublishedAt());
        assertEquals(1, read.centroid().size());
        assertFalse(read.isMerged());
    }

    @Test
    void truncatedOrForeignBytesAreRejected() {
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("", new byte[] {1, 0}));
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("", new byte[] {9}));
    }
}
