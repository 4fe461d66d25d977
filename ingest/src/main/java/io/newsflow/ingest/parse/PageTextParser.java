package io.newsflow.ingest.parse;

import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.Origin;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the text a scraper saved from a news page: an optional section line, the headline, the body
 * paragraphs (one per line), and page furniture that {@link PageFurniture} recognises. Date and byline
 * lines become metadata rather than body; the outlet is taken from where pages name themselves.
 */
public final class PageTextParser {
    private static final int SECTION_LINE_MAX_WORDS = 6;
    private static final int HEADLINE_MAX_WORDS = 25;
    private static final Pattern DATE_LINE = Pattern.compile(
            "(?i)^(?:date|published|posted|posted on|updated|last updated|published on)(\\s*:)?\\s*(.{0,60})$");
    private static final Pattern BYLINE = Pattern.compile(
            "^(?:By|BY|by)\\s+(\\p{Lu}[\\p{L}.'’-]*(?:\\s+\\p{Lu}[\\p{L}.'’-]*){0,3})$");
    private static final Pattern BULLET = Pattern.compile("^(?:•|\\*|-|–|·)\\s+");

    /** The article in this page text; the title is empty when the page held no text at all. */
    public ArticleDraft parse(String pageText) {
        List<String> lines = nonBlankLines(pageText);
        String outlet = lines.stream().map(PageFurniture::outletNamedIn).flatMap(Optional::stream)
                .findFirst().orElse(null);
        int next = skipFurniture(lines, 0);
        if (next < lines.size() && looksLikeSectionLine(lines, next)) {
            next = skipFurniture(lines, next + 1);
        }
        String title = next < lines.size() ? lines.get(next++) : "";

        Instant publishedAt = null;
        String author = null;
        List<String> body = new ArrayList<>();
        for (int i = next; i < lines.size(); i++) {
            String line = lines.get(i);
            String following = i + 1 < lines.size() ? lines.get(i + 1) : null;
            if (PageFurniture.startsTrailer(line)) {
                break;
            }
            Matcher date = DATE_LINE.matcher(line);
            Matcher byline = BYLINE.matcher(line);
            if (isDateLine(date)) {
                publishedAt = publishedAt != null ? publishedAt : Timestamps.parse(date.group(2)).orElse(null);
            } else if (byline.matches()) {
                author = author != null ? author : byline.group(1);
            } else if (!PageFurniture.isFurniture(line) && !PageFurniture.isDanglingLabel(line, following)) {
                body.add(BULLET.matcher(line).replaceFirst("• "));
            }
        }
        return new ArticleDraft(null, null, outlet, title, String.join("\n\n", body), publishedAt, null, author,
                Origin.PAGE_TEXT);
    }

    /** "Date:" with or without a value, or "Posted on 3 May 2025"; not a sentence that starts "Updated ...". */
    private static boolean isDateLine(Matcher date) {
        return date.matches() && (date.group(1) != null || Timestamps.parse(date.group(2)).isPresent());
    }

    private static List<String> nonBlankLines(String text) {
        return text.replace('\u00A0', ' ').lines().map(String::strip).filter(line -> !line.isEmpty()).toList();
    }

    private static int skipFurniture(List<String> lines, int from) {
        int index = from;
        while (index < lines.size() && PageFurniture.isFurniture(lines.get(index))) {
            index++;
        }
        return index;
    }

    /**
     * A section or breadcrumb line ("World Europe") sits above the headline: a few words without
     * sentence punctuation, followed by a line that reads like a headline rather than a sentence.
     */
    private static boolean looksLikeSectionLine(List<String> lines, int index) {
        if (index + 1 >= lines.size()) {
            return false;
        }
        String candidate = lines.get(index);
        String headline = lines.get(index + 1);
        return PageFurniture.wordCount(candidate) <= SECTION_LINE_MAX_WORDS && !endsLikeSentence(candidate)
                && !candidate.endsWith(":")
                && PageFurniture.wordCount(headline) <= HEADLINE_MAX_WORDS && !endsLikeSentence(headline)
                && PageFurniture.wordCount(headline) > PageFurniture.wordCount(candidate);
    }

    private static boolean endsLikeSentence(String line) {
        return line.endsWith(".") || line.endsWith("?") || line.endsWith("!");
    }
}
