package io.newsflow.ingest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Containment checks that print the text they looked in when they fail. */
public final class TextAssertions {
    private TextAssertions() {
    }

    public static void assertContains(String text, String... expected) {
        for (String part : expected) {
            assertTrue(text.contains(part), () -> "expected to contain <" + part + "> in:\n" + text);
        }
    }

    public static void assertContainsNone(String text, String... unwanted) {
        for (String part : unwanted) {
            assertFalse(text.contains(part), () -> "expected no <" + part + "> in:\n" + text);
        }
    }

    public static void assertStartsWith(String text, String prefix) {
        assertTrue(text.startsWith(prefix), () -> "expected to start with <" + prefix + ">:\n" + text);
    }

    public static void assertEndsWith(String text, String suffix) {
        assertTrue(text.endsWith(suffix), () -> "expected to end with <" + suffix + ">:\n" + text);
    }
}
