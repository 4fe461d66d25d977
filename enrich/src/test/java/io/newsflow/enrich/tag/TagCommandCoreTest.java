package io.newsflow.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class TagCommandCoreTest {
    private static final TagCommandCore CORE = new TagCommandCore(RuleBasedTagger.bundled());
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneEnrichedObjectPerArticleAndReportsBadLines() throws IOException {
        String input = String.join("\n",
                "{\"id\":\"a1\",\"url\":\"https://example.org/a1\",\"source\":\"Example\",\"title\":\"The U.S. offered Maduro amnesty\","
                        + "\"body\":\"Maduro rejected the offer.\",\"publishedAt\":\"2024-08-11T10:00:00Z\"}",
                "not json",
                "",
                "{\"url\":\"https://example.org/a2\",\"source\":\"Example\",\"title\":\"Talks in Doha\",\"body\":\"Qatar hosted envoys.\"}",
                "{\"url\":\"https://example.org/a3\",\"title\":\"\",\"body\":\"\"}");
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();

        TagCommandCore.Summary summary = CORE.run(new StringReader(input), output, errors);

        assertEquals(new TagCommandCore.Summary(2, 2), summary);
        String[] lines = output.toString().split("\n");
        assertEquals(2, lines.length);
        JsonNode first = json.readTree(lines[0]);
        assertEquals("a1", first.get("articleId").asText());
        assertEquals("person:nicolas-maduro", first.get("entities").get(0).get("id").asText());
        assertEquals(2, first.get("entities").get(0).get("count").asInt());
        assertTrue(first.get("entities").get(0).get("mentions").get(0).has("start"));
        assertTrue(first.get("sentiment").has("compound") && first.get("sentiment").has("neu"));
        assertEquals("OFFER", first.get("events").get(0).get("type").asText());
        assertEquals("REJECT", first.get("events").get(1).get("type").asText());
        JsonNode second = json.readTree(lines[1]);
        assertEquals(16, second.get("articleId").asText().length(), "id derived from the URL");
        assertTrue(errors.toString().startsWith("line 2: "));
        assertTrue(errors.toString().contains("line 5: article has neither title nor body"));
    }
}
