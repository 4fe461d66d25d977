package io.newsflow.enrich.tag.kb;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads knowledge-base rows from tab-separated text: id, type, name, wikidata QID, aliases separated
 * by '|' (a leading '~' marks a short form), and the id the entity stands for. Lines starting with
 * '#' are comments. The bundled base is the generated countries file followed by the curated file.
 */
public final class KnowledgeBaseFiles {
    private static final String[] BUNDLED = {
        "/io/newsflow/enrich/tag/kb-countries.tsv",
        "/io/newsflow/enrich/tag/kb-curated.tsv"
    };
    private static final String SHORT_FORM_MARK = "~";

    private KnowledgeBaseFiles() {
    }

    public static KnowledgeBase bundled() {
        List<Entity> rows = new ArrayList<>();
        for (String resource : BUNDLED) {
            try (InputStream in = KnowledgeBaseFiles.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + resource);
                }
                rows.addAll(read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return KnowledgeBase.of(rows);
    }

    public static List<Entity> read(BufferedReader reader) throws IOException {
        List<Entity> rows = new ArrayList<>();
        String line;
        int lineNumber = 0;
        while ((line = reader.readLine()) != null) {
            lineNumber++;
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            try {
                rows.add(parse(line));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("knowledge base line " + lineNumber + ": " + e.getMessage(), e);
            }
        }
        return rows;
    }

    static Entity parse(String line) {
        String[] columns = line.split("\t", -1);
        if (columns.length < 3) {
            throw new IllegalArgumentException("needs at least id, type and name");
        }
        List<String> aliases = new ArrayList<>();
        List<String> shortForms = new ArrayList<>();
        if (columns.length > 4) {
            for (String alias : columns[4].split("\\|")) {
                String trimmed = alias.trim();
                if (trimmed.startsWith(SHORT_FORM_MARK)) {
                    shortForms.add(trimmed.substring(SHORT_FORM_MARK.length()));
                } else if (!trimmed.isEmpty()) {
                    aliases.add(trimmed);
                }
            }
        }
        return new Entity(columns[0].trim(), EntityType.valueOf(columns[1].trim()), columns[2].trim(),
                column(columns, 3), aliases, shortForms, column(columns, 5));
    }

    private static String column(String[] columns, int index) {
        return columns.length > index ? columns[index].trim() : null;
    }
}
