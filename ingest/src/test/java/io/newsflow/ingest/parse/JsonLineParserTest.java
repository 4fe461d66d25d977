package io.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.model.RejectionReason;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class JsonLineParserTest {
    private final JsonLineParser parser = new JsonLineParser();

    @Test
    void readsEveryFieldOfTheExchangeFormat() throws InputRejectedException {
        ArticleDraft draft = parser.parse("{\"id\":\"a-1\",\"url\":\"https://news.example/a\",\"source\":\"Example News\","
                + "\"title\":\"Port reopens\",\"body\":\"The port reopened.\",\"publishedAt\":\"2025-03-01T10:00:00+02:00\","
                + "\"language\":\"en\",\"extra\":42}");

        assertEquals(new ArticleDraft("a-1", "https://news.example/a", "Example News", "Port reopens",
                "The port reopened.", Instant.parse("2025-03-01T08:00:00Z"), "en", null, Origin.JSONL), draft);
    }

    @Test
    void aMissingPublicationTimeIsLeftForTheAssemblerToFillIn() throws InputRejectedException {
        ArticleDraft draft = parser.parse("{\"title\":\"t\",\"body\":\"b\",\"publishedAt\":null}");

        assertNull(draft.publishedAt());
        assertNull(draft.url());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "{\"title\": \"unterminated | INVALID_JSON",
            "[1, 2, 3] | INVALID_JSON",
            "{\"title\": 7, \"body\": \"b\"} | INVALID_FIELD",
            "{\"title\": \"t\", \"body\": \"b\", \"publishedAt\": \"last Tuesday\"} | INVALID_FIELD",
            "{\"title\": \"t\", \"body\": \"b\", \"url\": \"not a url\"} | INVALID_FIELD"})
    void rejectsLinesThatBreakTheContractWithTheReason(String line, RejectionReason reason) {
        InputRejectedException rejection = assertThrows(InputRejectedException.class, () -> parser.parse(line));

        assertEquals(reason, rejection.reason(), rejection.getMessage());
    }
}
