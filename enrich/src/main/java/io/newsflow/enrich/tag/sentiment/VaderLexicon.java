package io.newsflow.enrich.tag.sentiment;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * Mean human valence (-4..+4) of words, from the VADER lexicon shipped as a resource (MIT, see
 * NOTICE-vader-lexicon.txt next to it).
 */
public final class VaderLexicon {
    private static final String RESOURCE = "/io/newsflow/enrich/tag/vader_lexicon.txt";

    private final Map<String, Double> valences;

    private VaderLexicon(Map<String, Double> valences) {
        this.valences = Map.copyOf(valences);
    }

    public static VaderLexicon bundled() {
        try (InputStream in = VaderLexicon.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            return read(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads lines of "token TAB mean [TAB ...]"; the later columns (spread, raw ratings) are not used. */
    public static VaderLexicon read(BufferedReader reader) throws IOException {
        Map<String, Double> valences = new HashMap<>();
        String line;
        while ((line = reader.readLine()) != null) {
            int firstTab = line.indexOf('\t');
            if (firstTab <= 0) {
                continue;
            }
            int secondTab = line.indexOf('\t', firstTab + 1);
            String mean = secondTab < 0 ? line.substring(firstTab + 1) : line.substring(firstTab + 1, secondTab);
            valences.put(line.substring(0, firstTab), Double.parseDouble(mean.trim()));
        }
        return new VaderLexicon(valences);
    }

    /** The valence of a folded word, or null when the lexicon does not rate it. */
    public Double valence(String folded) {
        return valences.get(folded);
    }

    public Set<String> words() {
        return valences.keySet();
    }

    public int size() {
        return valences.size();
    }
}
