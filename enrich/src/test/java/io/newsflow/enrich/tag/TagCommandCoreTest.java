package io.newsflow.enrich.tag;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.RawArticle;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TagCommandCoreTest {
    /** Stands in for ingest's reader: "title|body|id" makes an article, anything else is refused. */
    private static final ArticleLineReader READER = line -> {
        String[] parts = line.split("\\|");
        if (parts.length != 3) {
            throw new IllegalArgumentException("invalid-json: not an article");
        }
        Instant now = Instant.parse("2024-08-11T10:00:00Z");
        return RawArticle.newBuilder().setArticleId(parts[2]).setUrl("").setSource("Example").setTitle(parts[0])
                .setBody(parts[1]).setPublishedAt(now).setFirstSeenAt(now).build();
    };
    private static final TagCommandCore CORE = new TagCommandCore(RuleBasedTagger.bundled(), READER);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void writesOneEnrichedObjectPerArticleWithTheReadersIdAndReportsRefusedLines() throws IOException {
        String input = String.join("\n",
                "The U.S. offered Maduro amnesty|Maduro rejected the offer.|a1",
                "not an article",
                "",
                "Talks in Doha|Qatar hosted envoys.|a2");
        StringWriter output = new StringWriter();
        StringWriter errors = new StringWriter();

        TagCommandCore.Summary summary = CORE.run(new StringReader(input), output, errors);

        assertEquals(new TagCommandCore.Summary(2, 1), summary);
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
        assertEquals("a2", json.readTree(lines[1]).get("articleId").asText());
        assertEquals("line 2: invalid-json: not an article\n", errors.toString());
    }
}
