package io.newsflow.ingest.parse;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article description that news pages embed as JSON-LD: the most reliable place for the
 * publication time, author and publisher, because search engines read it. Broken JSON-LD is ignored; the
 * page's meta tags are the fallback.
 */
final class JsonLdArticle {
    private static final ObjectMapper JSON = new ObjectMapper();
    private final JsonNode node;

    private JsonLdArticle(JsonNode node) {
        this.node = node;
    }

    /** The first JSON-LD object on the page that describes an article, if any. */
    static Optional<JsonLdArticle> find(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                for (JsonNode candidate : candidates(JSON.readTree(script.data()))) {
                    if (candidate.hasNonNull("datePublished") || candidate.hasNonNull("headline")) {
                        return Optional.of(new JsonLdArticle(candidate));
                    }
                }
            } catch (JsonProcessingException unreadable) {
                // a page's broken structured data is not a reason to lose its article
            }
        }
        return Optional.empty();
    }

    Optional<String> datePublished() {
        return text(node.path("datePublished"));
    }

    Optional<String> headline() {
        return text(node.path("headline"));
    }

    Optional<String> author() {
        JsonNode author = node.path("author");
        return text(author.isArray() ? author.path(0) : author);
    }

    Optional<String> publisher() {
        return text(node.path("publisher"));
    }

    /** A plain string, or the {@code name} of a Person/Organization object. */
    private static Optional<String> text(JsonNode value) {
        JsonNode named = value.isObject() ? value.path("name") : value;
        return named.isTextual() && !named.asText().isBlank() ? Optional.of(named.asText().strip()) : Optional.empty();
    }

    private static List<JsonNode> candidates(JsonNode root) {
        List<JsonNode> nodes = new ArrayList<>();
        if (root.isArray()) {
            root.forEach(nodes::add);
        } else if (root.has("@graph")) {
            root.path("@graph").forEach(nodes::add);
        } else {
            nodes.add(root);
        }
        return nodes;
    }
}
