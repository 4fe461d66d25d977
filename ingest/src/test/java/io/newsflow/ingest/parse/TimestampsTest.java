package io.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TimestampsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "2025-03-01T10:00:00Z | 2025-03-01T10:00:00Z",
            "2025-03-01T10:00:00+02:00 | 2025-03-01T08:00:00Z",
            "2025-03-01T10:00:00.250-05:00 | 2025-03-01T15:00:00.250Z",
            "2025-03-01T10:00:00 | 2025-03-01T10:00:00Z",
            "2025-03-01 | 2025-03-01T00:00:00Z",
            "Sat, 1 Mar 2025 10:00:00 GMT | 2025-03-01T10:00:00Z",
            "Sat, 01 Mar 2025 10:00:00 +0100 | 2025-03-01T09:00:00Z",
            "March 1, 2025 | 2025-03-01T00:00:00Z",
            "1 March 2025 | 2025-03-01T00:00:00Z"})
    void readsTheFormatsNewsSourcesUse(String text, String expected) {
        assertEquals(Optional.of(Instant.parse(expected)), Timestamps.parse(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  ", "yesterday", "2025-13-45"})
    void givesNothingForTextThatIsNoTime(String text) {
        assertEquals(Optional.empty(), Timestamps.parse(text));
    }
}
