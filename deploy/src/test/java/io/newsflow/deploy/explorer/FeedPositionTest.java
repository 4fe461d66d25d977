package io.newsflow.deploy.explorer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class FeedPositionTest {
    @Test
    void anEventIdIsTheNextOffsetOfEveryPartitionAndReadsBackTheSame() {
        FeedPosition position = new FeedPosition(Map.of(0, 12L, 1, 3L, 2, 0L)).after(1, 3);

        assertEquals("0-12.1-4.2-0", position.eventId());
        assertEquals(position, FeedPosition.parse(position.eventId()));
    }

    @Test
    void somethingElseIsRefusedWithWhatAPositionLooksLike() {
        assertEquals("Last-Event-ID '0-12.x' is not a feed position (partition-offset pairs joined by '.', "
                + "e.g. 0-13.1-4)", assertThrows(IllegalArgumentException.class,
                () -> FeedPosition.parse("0-12.x")).getMessage());
        assertEquals("Last-Event-ID '0-x' has '0-x', which is not a partition-offset pair of non-negative numbers",
                assertThrows(IllegalArgumentException.class, () -> FeedPosition.parse("0-x")).getMessage());
    }
}
