package io.newsflow.ingest.publish;

import io.newsflow.ingest.identity.ArticleIds;
import io.newsflow.ingest.identity.CanonicalUrl;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.RejectionReason;
import io.newsflow.schemas.avro.RawArticle;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Settles what a parser left open: the article id, the canonical URL, the outlet, and the publication
 * time (a missing, future or implausibly old one is replaced by the first-seen time and flagged, so
 * downstream windows and "new development" logic never see an article from the future or from 1900).
 */
public final class ArticleAssembler {
    /** Publishers' clocks and ours disagree by seconds to minutes; that is not a future article. */
    private static final Duration CLOCK_SKEW_ALLOWANCE = Duration.ofMinutes(5);
    private static final String UNKNOWN_SOURCE = "unknown";
    /**
     * Before this, a publication time is a parser's or a feed's mistake (a zero or 1900 date), not news: it
     * is treated like a missing one rather than aging the article out of every window on arrival.
     */
    static final Instant EARLIEST_PUBLICATION = Instant.parse("1980-01-01T00:00:00Z");
    /** Headlines run to a few hundred characters; far longer means a page's text landed in the title. */
    static final int MAX_TITLE_CHARACTERS = 2_000;

    private final Clock clock;
    /** The last first-seen time given, so that the next one is later: see {@link #nextFirstSeen()}. */
    private final AtomicLong lastFirstSeenMillis = new AtomicLong(Long.MIN_VALUE);

    public ArticleAssembler(Clock clock) {
        this.clock = clock;
    }

    public RawArticle assemble(ArticleDraft draft) throws InputRejectedException {
        String title = blankToNull(draft.title());
        String body = blankToNull(draft.body());
        if (body == null) {
            throw new InputRejectedException(RejectionReason.MISSING_BODY, "the article has no body text");
        }
        if (title == null) {
            throw new InputRejectedException(RejectionReason.MISSING_TITLE, "the article has no title");
        }
        if (title.length() > MAX_TITLE_CHARACTERS) {
            throw new InputRejectedException(RejectionReason.INVALID_FIELD, String.format(
                    "the title has %,d characters; a headline has at most %,d (is the body in the title?)",
                    title.length(), MAX_TITLE_CHARACTERS));
        }
        Instant firstSeen = nextFirstSeen();
        Optional<String> canonicalUrl = CanonicalUrl.of(draft.url());
        String articleId = Optional.ofNullable(blankToNull(draft.id()))
                .or(() -> canonicalUrl.map(ArticleIds::forCanonicalUrl))
                .orElseGet(() -> ArticleIds.forContent(title, body));
        boolean inferred = draft.publishedAt() == null
                || draft.publishedAt().isAfter(firstSeen.plus(CLOCK_SKEW_ALLOWANCE))
                || draft.publishedAt().isBefore(EARLIEST_PUBLICATION);
        return RawArticle.newBuilder()
                .setArticleId(articleId)
                .setUrl(canonicalUrl.orElse(""))
                .setSource(Optional.ofNullable(blankToNull(draft.source()))
                        .or(() -> canonicalUrl.map(ArticleAssembler::host)).orElse(UNKNOWN_SOURCE))
                .setTitle(title)
                .setBody(body)
                .setPublishedAt(inferred ? firstSeen : draft.publishedAt().truncatedTo(ChronoUnit.MILLIS))
                .setFirstSeenAt(firstSeen)
                .setPublishedAtInferred(inferred)
                .setLanguage(blankToNull(draft.language()))
                .setAuthor(blankToNull(draft.author()))
                .setOrigin(draft.origin().wireName())
                .build();
    }

    /**
     * Now, to the millisecond, but always after the previous article's first-seen time: a burst read in one
     * millisecond gets consecutive milliseconds, so first-seen order is the order ingest read the articles
     * in, which enrich keeps (the first article of an event names its story).
     */
    private Instant nextFirstSeen() {
        long now = clock.millis();
        return Instant.ofEpochMilli(lastFirstSeenMillis.updateAndGet(last -> Math.max(now, last + 1)));
    }

    /** The site's host without "www.": the best outlet name a URL offers when the page names none. */
    private static String host(String canonicalUrl) {
        String host = URI.create(canonicalUrl).getHost().toLowerCase(Locale.ROOT);
        return host.startsWith("www.") ? host.substring(4) : host;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
