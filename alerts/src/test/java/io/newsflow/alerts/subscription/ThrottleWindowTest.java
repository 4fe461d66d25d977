package io.newsflow.alerts.subscription;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class ThrottleWindowTest {
    private static final Instant T0 = Instant.parse("2024-08-11T00:00:00Z");
    private static final Duration HOUR = Duration.ofHours(1);

    @Test
    void deliversUpToTheLimitThenHoldsBackAndANewWindowHandsOverTheHeldOnes() {
        ThrottleWindow.Decision first = ThrottleWindow.offer(null, T0, 2, HOUR, "one");
        ThrottleWindow.Decision second = ThrottleWindow.offer(first.window(), T0.plusSeconds(60), 2, HOUR, "two");
        ThrottleWindow.Decision third = ThrottleWindow.offer(second.window(), T0.plusSeconds(120), 2, HOUR, "three");
        ThrottleWindow.Decision next = ThrottleWindow.offer(third.window(), T0.plus(HOUR), 2, HOUR, "four");

        assertTrue(first.deliver());
        assertTrue(second.deliver());
        assertFalse(third.deliver());
        assertEquals(List.of("three"), third.window().heldBack());
        assertNull(third.closed());
        assertTrue(next.deliver(), "a new window starts");
        assertEquals(List.of("three"), next.closed().heldBack());
        assertEquals(T0.plus(HOUR), next.window().start());
    }
}
