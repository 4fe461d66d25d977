package io.newsflow.ingest.parse;

import static io.newsflow.ingest.TextAssertions.assertContainsNone;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.Origin;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlArticleParserTest {
    private final HtmlArticleParser parser = new HtmlArticleParser();

    @Test
    void readsMetadataFromOpenGraphCanonicalLinkAndJsonLd() {
        ArticleDraft article = parser.parse(Fixtures.text("article-council-vote.html"),
                "https://www.eastport-ledger.example/news/2025/council-tram-vote?utm_source=x");

        assertEquals("Eastport council backs northern tram line in narrow vote", article.title());
        assertEquals("https://www.eastport-ledger.example/news/2025/council-tram-vote", article.url());
        assertEquals(Instant.parse("2025-04-10T16:45:00Z"), article.publishedAt());
        assertEquals("Priya Castellanos", article.author());
        assertEquals("Eastport Ledger", article.source());
        assertEquals("en-GB", article.language());
        assertEquals(Origin.HTML, article.origin());
    }

    @Test
    void keepsTheArticleParagraphsAndDropsNavigationSharingCaptionsAsidesFormsAndComments() {
        ArticleDraft article = parser.parse(Fixtures.text("article-council-vote.html"), null);

        assertArrayEquals(new String[] {
                "Eastport's city council voted 11 to 10 on Thursday to build a tram line linking the northern suburbs "
                        + "to the harbour, ending two years of debate over the project.",
                "The line will cost an estimated 420 million euros and is due to open in 2029. Supporters said it "
                        + "would take thousands of cars off the ring road every day.",
                "Opposition to the route",
                "Opponents argued that the route passes too close to the protected wetlands at Gull Marsh and asked "
                        + "for an independent environmental review before any construction begins.",
                "\"This is the most important transport decision the city has made in a generation,\" said "
                        + "councillor Mateo Lind.",
                "Construction tenders will be published in the autumn."},
                article.body().split("\n\n"));
        assertContainsNone(article.body(), "Home", "cookies", "Share", "Photo:", "Related", "Sign up",
                "Be the first", "©");
    }

    @Test
    void findsTheMainTextOfAPageWithoutSemanticMarkupAndReadsMetaTags() {
        ArticleDraft article = parser.parse(Fixtures.text("article-plain-divs.html"), "https://puerto-claro.example/a/1");

        assertEquals("Nueva planta desalinizadora abre en Puerto Claro", article.title());
        assertEquals("https://puerto-claro.example/a/1", article.url());
        assertEquals(Instant.parse("2025-05-02T09:00:00Z"), article.publishedAt());
        assertEquals("Lucía Herrera", article.author());
        assertEquals("es", article.language());
        assertEquals(3, article.body().split("\n\n").length, article.body());
        assertContainsNone(article.body(), "Lo más leído", "Aviso legal", "Inicio");
    }

    @Test
    void theArticleWinsOverTheMainElementThatAlsoHoldsTeasers() {
        String html = "<html><body><main><article><h1>Quay reopens</h1><p>The quay reopened on Monday.</p>"
                + "<p>Fishing boats returned at dawn.</p></article><article><p>Teaser: the market hall gets a new "
                + "roof</p></article><div><p>More stories from the harbour district, every day, in one place for "
                + "readers who want everything the port has to say.</p></div></main></body></html>";

        ArticleDraft article = parser.parse(html, null);

        assertEquals("The quay reopened on Monday.\n\nFishing boats returned at dawn.", article.body());
    }

    @Test
    void aPageWithoutParagraphsGivesItsTextAsOneParagraph() {
        ArticleDraft article = parser.parse("<html><body><div>Harbour reopens after the storm.</div></body></html>",
                null);

        assertEquals("Harbour reopens after the storm.", article.body());
    }
}
