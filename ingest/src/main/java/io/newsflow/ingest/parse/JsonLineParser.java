package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.ingest.identity.CanonicalUrl;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.model.RejectionReason;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads one line of the JSON-lines exchange format: an object with {@code url}, {@code source},
 * {@code title}, {@code body}, {@code publishedAt} (ISO-8601) and optionally {@code id} and
 * {@code language}. This is a contract between newsflow tools, so a value of the wrong shape is rejected
 * with the field named rather than guessed at; only a missing {@code publishedAt} is allowed (it falls
 * back to first-seen time downstream).
 */
public final class JsonLineParser {
    private static final ObjectMapper JSON = new ObjectMapper();

    public ArticleDraft parse(String line) throws InputRejectedException {
        JsonNode node;
        try {
            node = JSON.readTree(line);
        } catch (JsonProcessingException e) {
            throw new InputRejectedException(RejectionReason.INVALID_JSON,
                    "not valid JSON: " + e.getOriginalMessage(), e);
        }
        if (node == null || !node.isObject()) {
            throw new InputRejectedException(RejectionReason.INVALID_JSON, "a line must hold one JSON object");
        }
        String url = text(node, "url");
        if (url != null && CanonicalUrl.of(url).isEmpty()) {
            throw new InputRejectedException(RejectionReason.INVALID_FIELD,
                    "field 'url' is not an absolute http(s) URL: " + url);
        }
        return new ArticleDraft(text(node, "id"), url, text(node, "source"), text(node, "title"),
                text(node, "body"), publishedAt(node), text(node, "language"), text(node, "author"), Origin.JSONL);
    }

    private static Instant publishedAt(JsonNode node) throws InputRejectedException {
        String value = text(node, "publishedAt");
        if (value == null) {
            return null;
        }
        return Timestamps.parse(value).orElseThrow(() -> new InputRejectedException(RejectionReason.INVALID_FIELD,
                "field 'publishedAt' is not an ISO-8601 time: " + value));
    }

    private static String text(JsonNode node, String field) throws InputRejectedException {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isTextual()) {
            throw new InputRejectedException(RejectionReason.INVALID_FIELD,
                    "field '" + field + "' must be a string, got "
                            + value.getNodeType().name().toLowerCase(Locale.ROOT));
        }
        return value.asText().isBlank() ? null : value.asText();
    }
}
