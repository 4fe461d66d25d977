package io.newsflow.ingest.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.Origin;
import io.newsflow.ingest.model.RejectionReason;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeedParserTest {
    private final FeedParser parser = new FeedParser();

    @Test
    void readsRssItemsWithEscapedAndCdataContent() throws InputRejectedException {
        Feed feed = parser.parse(Fixtures.text("feed-rss.xml"));

        assertEquals(Origin.RSS, feed.kind());
        assertEquals("Eastport Ledger", feed.title());
        assertEquals("en-gb", feed.language());
        assertEquals(3, feed.items().size());
        FeedItem first = feed.items().get(0);
        assertEquals("ledger-20250310-bridge", first.stableKey());
        assertEquals(Instant.parse("2025-03-10T07:15:00Z"), first.publishedAt());
        assertEquals("Dana Whitfield", first.author());
        assertEquals("Traffic on the ring road has doubled since the bridge closed.\n\n"
                + "Ferry crossings are running at capacity during the morning peak.",
                HtmlText.ofFragment(first.contentHtml()));
        FeedItem second = feed.items().get(1);
        assertEquals(Instant.parse("2025-03-11T11:00:00Z"), second.publishedAt());
        assertEquals("The harbour ferry company has hired twenty new crew members to run the extra crossings.\n\n"
                + "Training takes three weeks.", HtmlText.ofFragment(second.contentHtml()));
        FeedItem third = feed.items().get(2);
        assertEquals("https://www.eastport-ledger.example/news/market-hall", third.stableKey());
        assertNull(third.publishedAt());
    }

    @Test
    void readsAtomEntriesWithTheirAlternateLinks() throws InputRejectedException {
        Feed feed = parser.parse(Fixtures.text("feed-atom.xml"));

        assertEquals(Origin.ATOM, feed.kind());
        assertEquals("Valley Courier", feed.title());
        assertEquals("en", feed.language());
        FeedItem first = feed.items().get(0);
        assertEquals("https://valley-courier.example/ridge-evacuation-lifted", first.link());
        assertEquals("urn:uuid:valley-2025-0312-ridge", first.itemId());
        assertEquals(Instant.parse("2025-03-12T09:30:00Z"), first.publishedAt());
        assertEquals("Sam Okoro", first.author());
        FeedItem second = feed.items().get(1);
        assertEquals("https://valley-courier.example/alder-flats-power", second.link());
        assertEquals(Instant.parse("2025-03-12T08:00:00Z"), second.publishedAt());
        assertEquals("Power was restored to all homes in Alder Flats on Wednesday morning.", second.contentHtml());
    }

    @Test
    void feedItemsBecomeDraftsNamedByTheFeedAndLinkedToTheirPage() throws InputRejectedException {
        Feed feed = parser.parse(Fixtures.text("feed-atom.xml"));

        ArticleDraft draft = FeedItemDrafts.toDraft(feed, feed.items().get(0));

        assertNull(draft.id());
        assertEquals("https://valley-courier.example/ridge-evacuation-lifted", draft.url());
        assertEquals("Valley Courier", draft.source());
        assertEquals("Ridge County lifts last evacuation order", draft.title());
        assertEquals("Residents of Millbrook were allowed home on Wednesday.\n\nThe fire is now fully contained.",
                draft.body());
        assertEquals(Origin.ATOM, draft.origin());
    }

    @Test
    void refusesADocumentThatDeclaresEntitiesInsteadOfPublishingItsUnexpandedText() {
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>x</title>"
                + "<description>&secret;</description></item></channel></rss>";
        String billionLaughs = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n <!ENTITY lol \"lol\">\n"
                + " <!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">\n]>\n"
                + "<rss version=\"2.0\"><channel><title>t</title><item><title>&lol2;</title>"
                + "<description>&lol2;</description></item></channel></rss>";

        for (String hostile : List.of(xxe, billionLaughs)) {
            InputRejectedException rejection = assertThrows(InputRejectedException.class, () -> parser.parse(hostile));
            assertEquals(RejectionReason.INVALID_FEED, rejection.reason());
            assertTrue(rejection.getMessage().contains("declares XML entities"), rejection.getMessage());
        }
    }

    @Test
    void aPlainDoctypeWithoutEntitiesIsStillRead() throws InputRejectedException {
        Feed feed = parser.parse("<?xml version=\"1.0\"?><!DOCTYPE rss><rss version=\"2.0\"><channel>"
                + "<title>t</title><item><title>x</title><description>d</description></item></channel></rss>");
        assertEquals(1, feed.items().size());
    }

    @Test
    void rejectsADocumentThatIsNoFeed() {
        InputRejectedException rejection = assertThrows(InputRejectedException.class,
                () -> parser.parse("<html><body>not a feed</body></html>"));

        assertEquals(RejectionReason.INVALID_FEED, rejection.reason());
    }
}
