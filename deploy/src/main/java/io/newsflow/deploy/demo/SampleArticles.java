package io.newsflow.deploy.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.newsflow.schemas.avro.RawArticle;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The bundled demo timeline, written for the project: one story (an amnesty offer reported by two outlets,
 * a syndicated copy, the target's response, a sanctions change, then an easing) among unrelated news.
 */
public final class SampleArticles {
    public static final String RESOURCE = "/io/newsflow/demo/timeline.jsonl";
    private static final ObjectMapper JSON = new ObjectMapper();

    private SampleArticles() {
    }

    public static List<RawArticle> load() {
        try (InputStream in = SampleArticles.class.getResourceAsStream(RESOURCE);
             BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            List<RawArticle> articles = new ArrayList<>();
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (!line.isBlank()) {
                    articles.add(toArticle(JSON.readTree(line)));
                }
            }
            return articles;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled samples " + RESOURCE, e);
        }
    }

    private static RawArticle toArticle(JsonNode line) {
        Instant published = Instant.parse(line.get("publishedAt").asText());
        return RawArticle.newBuilder()
                .setArticleId(line.get("id").asText())
                .setUrl(line.get("url").asText())
                .setSource(line.get("source").asText())
                .setTitle(line.get("title").asText())
                .setBody(line.get("body").asText())
                .setPublishedAt(published)
                .setFirstSeenAt(published)
                .setLanguage(line.path("language").asText(null))
                .build();
    }
}
