package io.newsflow.enrich.tag.event;

import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.Tokenizer;
import io.newsflow.schemas.events.EventType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The event trigger words and phrases, indexed over folded tokens so one pass over a sentence finds
 * them all. Read from tab-separated lines: phrase, event type (or SANCTIONS), VERB or NOUN.
 */
final class TriggerLexicon {
    private static final String RESOURCE = "/io/newsflow/enrich/tag/event-triggers.tsv";
    private static final String SANCTIONS = "SANCTIONS";

    private TriggerLexicon() {
    }

    static PhraseIndex<Trigger> bundled() {
        try (InputStream in = TriggerLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PhraseIndex<Trigger> read(BufferedReader reader) throws IOException {
        Tokenizer tokenizer = new Tokenizer();
        PhraseIndex.Builder<Trigger> builder = PhraseIndex.builder();
        String line;
        while ((line = reader.readLine()) != null) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            String[] columns = line.split("\t");
            if (columns.length != 3) {
                throw new IllegalArgumentException("trigger line needs phrase, type and role: " + line);
            }
            EventType type = columns[1].equals(SANCTIONS) ? null : EventType.valueOf(columns[1]);
            Trigger trigger = new Trigger(type, Trigger.Role.valueOf(columns[2]));
            builder.add(tokenizer.tokenize(columns[0]).tokens().stream().map(Token::folded).toList(), trigger);
        }
        return builder.build();
    }
}
