package io.newsflow.ingest.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.identity.ArticleIds;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.model.RejectionReason;
import io.newsflow.schemas.avro.RawArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleAssemblerTest {
    private static final Instant NOW = Instant.parse("2025-06-01T12:00:00.123456Z");
    private final ArticleAssembler assembler = new ArticleAssembler(Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void theSourcesOwnIdWins() throws InputRejectedException {
        RawArticle article = assembler.assemble(draft("given-7", "https://news.example.com/a?utm_source=x", null));

        assertEquals("given-7", article.getArticleId());
        assertEquals("https://news.example.com/a", article.getUrl());
    }

    @Test
    void withoutAnIdTheCanonicalUrlGivesItSoTrackingParametersDoNotMakeANewArticle() throws InputRejectedException {
        RawArticle tracked = assembler.assemble(draft(null, "https://News.Example.com/a?utm_source=x#top", null));
        RawArticle plain = assembler.assemble(draft(null, "https://news.example.com/a", null));

        assertEquals(ArticleIds.forCanonicalUrl("https://news.example.com/a"), tracked.getArticleId());
        assertEquals(plain.getArticleId(), tracked.getArticleId());
        assertEquals("news.example.com", tracked.getSource());
    }

    @Test
    void withoutIdOrUrlTheContentGivesIt() throws InputRejectedException {
        RawArticle article = assembler.assemble(draft(null, null, null));

        assertEquals(ArticleIds.forContent("Port reopens", "The port reopened on Monday."), article.getArticleId());
        assertEquals("", article.getUrl());
        assertEquals("unknown", article.getSource());
    }

    @Test
    void aStatedPublicationTimeIsKeptAndFirstSeenIsNow() throws InputRejectedException {
        Instant published = Instant.parse("2025-05-31T08:00:00Z");

        RawArticle article = assembler.assemble(draft(null, null, published));

        assertEquals(published, article.getPublishedAt());
        assertEquals(Instant.parse("2025-06-01T12:00:00.123Z"), article.getFirstSeenAt());
        assertFalse(article.getPublishedAtInferred());
        assertEquals("jsonl", article.getOrigin());
    }

    /** The clock here stands still, as it does for a burst read within one millisecond. */
    @Test
    void firstSeenTimesFollowTheOrderArticlesWereReadIn() throws InputRejectedException {
        Instant first = assembler.assemble(draft(null, null, null)).getFirstSeenAt();
        Instant second = assembler.assemble(draft(null, null, null)).getFirstSeenAt();
        Instant third = assembler.assemble(draft(null, null, null)).getFirstSeenAt();

        assertEquals(List.of(first, first.plusMillis(1), first.plusMillis(2)), List.of(first, second, third));
    }

    @Test
    void aMissingFutureOrImplausiblyOldPublicationTimeFallsBackToFirstSeenAndSaysSo() throws InputRejectedException {
        RawArticle missing = assembler.assemble(draft(null, null, null));
        RawArticle future = assembler.assemble(draft(null, null, NOW.plus(Duration.ofHours(3))));
        RawArticle year1900 = assembler.assemble(draft(null, null, Instant.parse("1900-01-01T00:00:00Z")));

        assertEquals(Instant.parse("1999-12-31T23:00:00Z"),
                assembler.assemble(draft(null, null, Instant.parse("1999-12-31T23:00:00Z"))).getPublishedAt(),
                "last century's news is still news");
        for (RawArticle article : new RawArticle[] {missing, future, year1900}) {
            assertEquals(article.getFirstSeenAt(), article.getPublishedAt());
            assertTrue(article.getPublishedAtInferred());
        }
    }

    @Test
    void aFewMinutesOfClockSkewIsNotTheFuture() throws InputRejectedException {
        Instant skewed = NOW.plus(Duration.ofMinutes(2)).truncatedTo(ChronoUnit.SECONDS);

        RawArticle article = assembler.assemble(draft(null, null, skewed));

        assertEquals(skewed, article.getPublishedAt());
        assertFalse(article.getPublishedAtInferred());
    }

    @Test
    void anArticleNeedsABodyAndATitle() {
        ArticleDraft noBody = new ArticleDraft(null, null, null, "Title", "  ", null, null, null, Origin.HTML);
        ArticleDraft noTitle = new ArticleDraft(null, null, null, null, "Body", null, null, null, Origin.HTML);

        assertEquals(RejectionReason.MISSING_BODY,
                assertThrows(InputRejectedException.class, () -> assembler.assemble(noBody)).reason());
        assertEquals(RejectionReason.MISSING_TITLE,
                assertThrows(InputRejectedException.class, () -> assembler.assemble(noTitle)).reason());
    }

    @Test
    void aTitleOfPageLengthIsRefusedNamingItsLength() {
        ArticleDraft longTitle = new ArticleDraft(null, null, null, "word ".repeat(20_000), "Body", null, null, null,
                Origin.JSONL);

        InputRejectedException refused = assertThrows(InputRejectedException.class,
                () -> assembler.assemble(longTitle));
        assertEquals(RejectionReason.INVALID_FIELD, refused.reason());
        assertTrue(refused.getMessage().contains("the title has 99,999 characters; a headline has at most 2,000"),
                refused.getMessage());
    }

    @Test
    void optionalFieldsStayEmptyWhenUnknown() throws InputRejectedException {
        RawArticle article = assembler.assemble(draft(null, null, null));

        assertNull(article.getLanguage());
        assertNull(article.getAuthor());
    }

    private static ArticleDraft draft(String id, String url, Instant publishedAt) {
        return new ArticleDraft(id, url, null, "Port reopens", "The port reopened on Monday.", publishedAt, null,
                null, Origin.JSONL);
    }
}
