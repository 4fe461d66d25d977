package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.enrich.story.FeatureVector;
import io.newsflow.enrich.story.HashedVector;
import io.newsflow.enrich.story.StoryProfile;
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
                Instant.parse("2026-01-07T10:30:00Z"), centroid);
        StoryProfile read = serde.deserializer().deserialize("", serde.serializer().serialize("", profile));
        assertEquals(profile.storyId(), read.storyId());
        assertEquals(profile.firstPublishedAt(), read.firstPublishedAt());
        assertEquals(profile.lastPublishedAt(), read.lastPublishedAt());
        assertEquals(1.0, read.centroid().cosine(centroid), 1e-12);
    }

    @Test
    void truncatedOrForeignBytesAreRejected() {
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("", new byte[] {1, 0}));
        assertThrows(SerializationException.class, () -> serde.deserializer().deserialize("", new byte[] {9}));
    }
}
