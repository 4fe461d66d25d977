package io.newsflow.ingest.feed;

import static io.newsflow.ingest.TextAssertions.assertContains;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.publish.TestPipelines;
import io.newsflow.schemas.avro.RawArticle;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FeedPollerTest {
    private final LoopbackFeedServer server = new LoopbackFeedServer();
    private final TestPipelines test = new TestPipelines();
    private final MemorySeenItems seen = new MemorySeenItems();
    private final ByteArrayOutputStream errors = new ByteArrayOutputStream();

    FeedPollerTest() throws IOException {
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void theFirstPollPublishesEveryItemAndTheSecondGetsA304AndPublishesNothing() {
        server.serve("/ledger.rss", Fixtures.bytes("feed-rss.xml"));
        FeedPoller poller = poller(false);

        assertEquals(3, poller.poll(server.uri("/ledger.rss")));
        assertEquals(0, poller.poll(server.uri("/ledger.rss")));

        assertEquals(List.of(200, 304), server.answers.stream().map(LoopbackFeedServer.Answer::status).toList());
        assertTrue(server.answers.get(1).ifNoneMatch() != null, "the second poll must be conditional");
        assertEquals(3, test.sink.articles.size());
        RawArticle first = test.sink.articles.get(0);
        assertEquals("https://www.eastport-ledger.example/news/bridge-week-two", first.getUrl());
        assertEquals("Eastport Ledger", first.getSource());
        assertEquals("rss", first.getOrigin());
        assertEquals(Instant.parse("2025-03-10T07:15:00Z"), first.getPublishedAt());
        assertTrue(test.sink.articles.get(2).getPublishedAtInferred(), "the third item has no pubDate");
    }

    @Test
    void afterARestartOnlyItemsNotSeenBeforeArePublished() {
        server.serve("/courier.atom", Fixtures.bytes("feed-atom.xml"));
        assertEquals(2, poller(false).poll(server.uri("/courier.atom")));
        String grown = Fixtures.text("feed-atom.xml").replaceFirst("<entry>", """
                <entry>
                  <title>Millbrook school reopens</title>
                  <link href="https://valley-courier.example/millbrook-school"/>
                  <id>urn:uuid:valley-2025-0313-school</id>
                  <summary>Pupils returned on Thursday.</summary>
                </entry>
                <entry>""");
        server.serve("/courier.atom", grown.getBytes(StandardCharsets.UTF_8));

        FeedPoller restarted = poller(false);

        assertEquals(1, restarted.poll(server.uri("/courier.atom")));
        assertEquals(List.of("Ridge County lifts last evacuation order", "Grid operator restores power to Alder Flats",
                        "Millbrook school reopens"),
                test.sink.articles.stream().map(RawArticle::getTitle).toList());
        assertEquals(3, seen.size());
    }

    @Test
    void followingLinksPublishesTheFullPageTextWithTheFeedsMetadata() {
        String page = "<html lang=\"en\"><head><title>Ferry crew</title></head><body><article>"
                + "<p>The full story of the new ferry crew, as printed on the page.</p>"
                + "<div class=\"share\"><p>Share on Facebook</p></div></article></body></html>";
        server.serve("/ferry-crew", page.getBytes(StandardCharsets.UTF_8));
        String feed = "<rss version=\"2.0\"><channel><title>Eastport Ledger</title><item><title>Ferry operator hires crew"
                + "</title><link>" + server.uri("/ferry-crew") + "</link><description>Summary.</description></item>"
                + "<item><title>Gone</title><link>" + server.uri("/gone") + "</link>"
                + "<description>Only the summary survives.</description></item></channel></rss>";
        server.serve("/ledger.rss", feed.getBytes(StandardCharsets.UTF_8));

        assertEquals(2, poller(true).poll(server.uri("/ledger.rss")));

        RawArticle followed = test.sink.articles.get(0);
        assertEquals("The full story of the new ferry crew, as printed on the page.", followed.getBody());
        assertEquals("Ferry operator hires crew", followed.getTitle());
        assertEquals("Eastport Ledger", followed.getSource());
        assertEquals("en", followed.getLanguage());
        assertEquals("Only the summary survives.", test.sink.articles.get(1).getBody());
        assertContains(errors.toString(StandardCharsets.UTF_8), "could not follow " + server.uri("/gone"), "HTTP 404");
    }

    @Test
    void aFollowedPageIsReadInTheCharsetItsServerDeclares() {
        String page = "<html><body><article><p>Le café du port rouvre ses portes.</p></article></body></html>";
        server.serve("/cafe", page.getBytes(StandardCharsets.ISO_8859_1), "text/html; charset=ISO-8859-1");
        String feed = "<rss version=\"2.0\"><channel><title>Le Port</title><item><title>Café</title><link>"
                + server.uri("/cafe") + "</link><description>Résumé.</description></item></channel></rss>";
        server.serve("/port.rss", feed.getBytes(StandardCharsets.UTF_8), "application/rss+xml; charset=utf-8");

        assertEquals(1, poller(true).poll(server.uri("/port.rss")));

        assertEquals("Le café du port rouvre ses portes.", test.sink.articles.get(0).getBody());
    }

    @Test
    void aFeedThatCannotBeFetchedOrParsedIsADeadLetterNamingItsUrl() {
        server.serve("/broken.rss", "<html><body>maintenance</body></html>".getBytes(StandardCharsets.UTF_8));
        FeedPoller poller = poller(false);

        assertEquals(0, poller.poll(server.uri("/missing.rss")));
        assertEquals(0, poller.poll(server.uri("/broken.rss")));

        assertEquals(List.of(server.uri("/missing.rss") + " fetch-failed", server.uri("/broken.rss") + " invalid-feed"),
                test.sink.deadLetters.stream().map(letter -> letter.getInput() + " " + letter.getReason()).toList());
    }

    private FeedPoller poller(boolean followLinks) {
        return new FeedPoller(new HttpFetcher(HttpFetcher.defaultClient(), 1_000_000), seen, test.pipeline,
                followLinks, new PrintStream(errors, true, StandardCharsets.UTF_8));
    }
}
