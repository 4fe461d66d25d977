package io.newsflow.enrich.tag;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.json.RecordJson;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.Writer;

/**
 * The Kafka-free core of {@code newsflow tag}: reads articles as JSON lines (through the pipeline's own
 * line reader, so ids and validation are ingest's) and writes one enriched JSON object per line
 * (articleId, entities, sentiment, events). A line that is not a usable article is reported on the error
 * writer and skipped, so one bad record never stops a run over a large file.
 */
public final class TagCommandCore {
    private final ArticleTagger tagger;
    private final ArticleLineReader reader;
    private final ObjectMapper json = new ObjectMapper();

    public TagCommandCore(ArticleTagger tagger, ArticleLineReader reader) {
        this.tagger = tagger;
        this.reader = reader;
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
                output.write(json.writeValueAsString(enrich(reader.read(line))));
                output.write('\n');
                tagged++;
            } catch (IllegalArgumentException e) {
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

    private ObjectNode enrich(RawArticle article) {
        ArticleTags tags = tagger.tag(article.getTitle(), article.getBody());
        ObjectNode out = json.createObjectNode();
        out.put("articleId", article.getArticleId());
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
}
