package io.newsflow.ingest;

import static io.newsflow.ingest.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class IngestRequestTest {
    private static final List<URI> FEED = List.of(URI.create("https://news.example/rss"));

    @Test
    void aRequestNeedsSomethingToRead() {
        assertMessage("nothing to ingest", () -> IngestRequest.of(List.of(), List.of(), List.of(), null, false));
    }

    @Test
    void feedOptionsNeedAFeed() {
        List<Path> file = List.of(Path.of("a.jsonl"));

        assertMessage("--interval polls feeds", () -> IngestRequest.of(file, List.of(), List.of(),
                Duration.ofSeconds(60), false));
        assertMessage("--follow-links", () -> IngestRequest.of(file, List.of(), List.of(), null, true));
        assertMessage("--interval must be positive", () -> IngestRequest.of(List.of(), List.of(), FEED,
                Duration.ZERO, false));
    }

    @Test
    void feedsMustBeWebUrls() {
        assertMessage("http or https", () -> IngestRequest.of(List.of(), List.of(),
                List.of(URI.create("file:///etc/feed.xml")), null, false));
    }

    @Test
    void aValidRequestKeepsWhatItWasGiven() {
        IngestRequest request = IngestRequest.of(List.of(), List.of(Path.of("pages")), FEED, Duration.ofMinutes(5),
                true);

        assertEquals(List.of(Path.of("pages")), request.directories());
        assertEquals(Duration.ofMinutes(5), request.interval());
        assertEquals(10_000_000, request.maxInputBytes());
    }

    private static void assertMessage(String expected, Runnable build) {
        assertContains(assertThrows(IllegalArgumentException.class, build::run).getMessage(), expected);
    }
}
