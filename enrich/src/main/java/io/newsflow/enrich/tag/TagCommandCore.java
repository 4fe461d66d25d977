package io.newsflow.enrich.tag;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.json.RecordJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Kafka-free core of {@code newsflow tag}: reads articles as JSON lines (url, source, title, body,
 * publishedAt, optional id) and writes one enriched JSON object per line (articleId, entities,
 * sentiment, events). A line that is not a usable article is reported on the error writer and
 * skipped, so one bad record never stops a run over a large file.
 */
public final class TagCommandCore {
    /** Hex digits of the URL's SHA-256 used as article id when the input carries none. */
    private static final int ID_HEX_DIGITS = 16;

    private final ArticleTagger tagger;
    private final ObjectMapper json = new ObjectMapper();

    public TagCommandCore(ArticleTagger tagger) {
        this.tagger = tagger;
    }

    /** What a run did: lines tagged and lines skipped as unusable. */
    public record Summary(int tagged, int skipped) {
    }

    public Summary run(Reader input, Writer output, Writer errors) throws IOException {
        BufferedReader lines = input instanceof BufferedReader buffered ? buffered : new BufferedReader(input);
        int tagged = 0;
        int skipped = 0;
        int lineNumber = 0;
        String line;
        while ((line = lines.readLine()) != null) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            try {
                output.write(json.writeValueAsString(enrich(json.readTree(line))));
                output.write('\n');
                tagged++;
            } catch (JsonProcessingException | IllegalArgumentException e) {
                errors.write("line " + lineNumber + ": " + firstLine(e) + '\n');
                skipped++;
            }
        }
        output.flush();
        errors.flush();
        return new Summary(tagged, skipped);
    }

    private static String firstLine(Exception e) {
        String message = e.getMessage();
        return message == null ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    private ObjectNode enrich(JsonNode article) {
        if (!article.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String title = article.path("title").asText("");
        String body = article.path("body").asText("");
        if (title.isBlank() && body.isBlank()) {
            throw new IllegalArgumentException("article has neither title nor body");
        }
        ArticleTags tags = tagger.tag(title, body);
        ObjectNode out = json.createObjectNode();
        out.put("articleId", articleId(article));
        ArrayNode entities = out.putArray("entities");
        tags.entities().forEach(entity -> entities.add(RecordJson.toNode(entity)));
        ObjectNode sentiment = out.putObject("sentiment");
        sentiment.put("compound", tags.sentiment().getCompound());
        sentiment.put("pos", tags.sentiment().getPositive());
        sentiment.put("neg", tags.sentiment().getNegative());
        sentiment.put("neu", tags.sentiment().getNeutral());
        ArrayNode events = out.putArray("events");
        tags.events().forEach(event -> events.add(RecordJson.toNode(event)));
        return out;
    }

    /** The id the input gives, else a stable one derived from the URL. */
    private static String articleId(JsonNode article) {
        String id = article.path("id").asText("");
        if (!id.isBlank()) {
            return id;
        }
        String url = article.path("url").asText("");
        if (url.isBlank()) {
            throw new IllegalArgumentException("article has neither id nor url");
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(url.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest).substring(0, ID_HEX_DIGITS);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }
}
