package io.newsflow.alerts.explorer;

import java.text.Normalizer;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Which stories a list asks for, newest activity first.
 *
 * @param entity  an entity id, Wikidata QID or name (any case) the story must be about, or null
 * @param keyword words (the last may be a prefix) the headline, an article's headline or an entity name must contain (accents and case
 *                ignored), or null
 * @param since   only stories active at or after this time, or null
 * @param limit   at most this many stories
 */
public record StoryFilter(String entity, String keyword, Instant since, int limit) {
    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 500;
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Comparator<StorySummary> NEWEST_FIRST = Comparator
            .comparing(StorySummary::lastSeen, Comparator.nullsLast(Comparator.reverseOrder()))
            .thenComparing(StorySummary::id);

    public StoryFilter {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new IllegalArgumentException("limit must be between 1 and " + MAX_LIMIT + ", not " + limit);
        }
        entity = blankToNull(entity);
        keyword = blankToNull(keyword);
    }

    public boolean matches(StoryDigest digest) {
        if (!digest.hasArticles()) {
            return false;
        }
        if (since != null && digest.lastPublishedAt().isBefore(since)) {
            return false;
        }
        if (entity != null && digest.entities().stream().noneMatch(this::isTheEntity)) {
            return false;
        }
        return keyword == null || Stream.concat(Stream.of(digest.title()),
                        Stream.concat(digest.articles().stream().map(DigestArticle::title),
                                digest.entities().stream().map(DigestEntity::name)))
                .map(StoryFilter::fold)
                .anyMatch(text -> text.contains(fold(keyword).stripTrailing()));
    }

    /** The stories to answer, from any number of partial lists (one per instance). */
    public List<StorySummary> newestFirst(Stream<StorySummary> stories) {
        return stories.sorted(NEWEST_FIRST).limit(limit).toList();
    }

    private boolean isTheEntity(DigestEntity candidate) {
        return entity.equals(candidate.id()) || entity.equalsIgnoreCase(candidate.wikidataId())
                || entity.equalsIgnoreCase(candidate.name());
    }

    /** Lower case, accents removed, runs of non-letters as one space, padded so " word " finds whole words. */
    private static String fold(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        return " " + NON_WORD.matcher(plain).replaceAll(" ").strip() + " ";
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
