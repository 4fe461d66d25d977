package io.newsflow.enrich.furniture;

import io.newsflow.enrich.dedup.Hash64;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Drops the lines a source puts on many of its pages (trending headlines, cookie notices, "Most read" lists,
 * sign-offs) from a page's text, learning them from the source's own pages as they arrive: the first pages
 * carrying a line keep it, and once it has recurred often enough (see {@link FurnitureSettings}) it is
 * dropped from every further page of that source.
 */
public final class LearnedFurniture {
    private final FurnitureSettings settings;

    public LearnedFurniture(FurnitureSettings settings) {
        this.settings = settings;
    }

    /** The page's text without its furniture lines, and how much was dropped. */
    public record Cleaned(String text, int linesDropped, int charactersDropped) {
    }

    /**
     * Learns from the page and cleans it; {@code lines} is the source's table, updated in place.
     *
     * @param pageId the page's identity (its article id), so a page delivered twice counts once
     */
    public Cleaned clean(SourceLines lines, String pageId, String text, Instant publishedAt) {
        String[] pageLines = PageLines.split(text);
        // Normalising a line is the costly part: each is fingerprinted once, for learning and for dropping.
        long[] fingerprints = PageLines.fingerprints(pageLines);
        Set<Long> furniture = lines.observe(Hash64.of(pageId), PageLines.distinct(fingerprints),
                publishedAt.toEpochMilli(), settings);
        if (furniture.isEmpty()) {
            return new Cleaned(text, 0, 0);
        }
        List<String> kept = new ArrayList<>();
        int dropped = 0;
        int characters = 0;
        for (int i = 0; i < pageLines.length; i++) {
            if (furniture.contains(fingerprints[i])) {
                dropped++;
                characters += pageLines[i].length();
            } else {
                kept.add(pageLines[i]);
            }
        }
        String cleaned = String.join("\n", kept).replaceAll("\n\\s*\n(\\s*\n)+", "\n\n").strip();
        return new Cleaned(cleaned, dropped, characters);
    }
}
