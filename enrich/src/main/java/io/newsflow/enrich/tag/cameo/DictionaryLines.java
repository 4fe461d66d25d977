package io.newsflow.enrich.tag.cameo;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of one dictionary file shipped as a class-path resource, with their numbers, read once at
 * start. The PETRARCH2 files are ASCII with a few Latin-1 bytes in comments, so they are decoded as
 * Latin-1, which cannot fail.
 */
record DictionaryLines(String file, List<String> lines) {
    static final String FOLDER = "/io/newsflow/enrich/tag/petrarch2/";

    static DictionaryLines resource(String name) {
        String path = FOLDER + name;
        try (InputStream in = DictionaryLines.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalStateException("missing dictionary resource " + path);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.ISO_8859_1));
            List<String> lines = new ArrayList<>();
            String line;
            while ((line = reader.readLine()) != null) {
                lines.add(line);
            }
            return new DictionaryLines(name, List.copyOf(lines));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read dictionary resource " + path, e);
        }
    }

    static DictionaryLines of(String file, String text) {
        return new DictionaryLines(file, List.of(text.split("\n", -1)));
    }

    DictionaryFormatException error(int index, String reason) {
        return new DictionaryFormatException(file, index + 1, reason + " (\"" + lines.get(index).strip() + "\")");
    }

    /** The line without its comment: PETRARCH comments start at '#' (actor files also use ';'). */
    static String withoutComment(String line, boolean semicolonComments) {
        int hash = line.indexOf('#');
        String kept = hash < 0 ? line : line.substring(0, hash);
        if (semicolonComments) {
            int semicolon = kept.indexOf(';');
            kept = semicolon < 0 ? kept : kept.substring(0, semicolon);
        }
        return kept;
    }
}
