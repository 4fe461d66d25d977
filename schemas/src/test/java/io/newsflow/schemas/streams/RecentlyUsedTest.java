package io.newsflow.schemas.streams;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class RecentlyUsedTest {
    @Test
    void beyondItsCapacityTheValueUsedLeastRecentlyGoesFirst() {
        RecentlyUsed<Integer> recent = new RecentlyUsed<>(2);
        recent.put("a", 1);
        recent.put("b", 2);
        assertEquals(1, recent.get("a"));
        recent.put("c", 3);
        assertNull(recent.get("b"), "b was used least recently");
        assertEquals(1, recent.get("a"));
        assertEquals(3, recent.get("c"));
    }
}
