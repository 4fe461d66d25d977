package io.newsflow.ingest.parse;

import static io.newsflow.ingest.TextAssertions.assertContains;
import static io.newsflow.ingest.TextAssertions.assertContainsNone;
import static io.newsflow.ingest.TextAssertions.assertEndsWith;
import static io.newsflow.ingest.TextAssertions.assertStartsWith;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.newsflow.ingest.Fixtures;
import io.newsflow.ingest.model.ArticleDraft;
import io.newsflow.ingest.model.Origin;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PageTextParserTest {
    private final PageTextParser parser = new PageTextParser();

    @Test
    void readsSectionLineTitleBylineDateAndOutletAndKeepsOnlyTheArticle() {
        ArticleDraft article = parser.parse(Fixtures.text("page-harbor-bridge.txt"));

        assertEquals("Eastport closes Harbor Bridge for six weeks after inspectors find corroded cables",
                article.title());
        assertEquals("Harbor Ledger", article.source());
        assertEquals("Dana Whitfield", article.author());
        assertEquals(Instant.parse("2025-03-03T08:30:00Z"), article.publishedAt());
        assertEquals(Origin.PAGE_TEXT, article.origin());
        assertStartsWith(article.body(), "Eastport will close the Harbor Bridge to all traffic from Monday");
        assertEndsWith(article.body(), "asked the council for a temporary relief fund.");
        assertContains(article.body(), "Key facts:\n\n• Closure starts Monday at 5 a.m.",
                "• Freight traffic is diverted through the northern ring road.");
        assertContainsNone(article.body(), "Local News", "By Dana", "Published:", "A photo showing", "Photo:",
                "Share", "Related:", "Subscribe", "Sign up", "newsletter", "comment", "Your email", "Name\n",
                "More like this", "Council delays vote");
    }

    @Test
    void dropsEmptyLabelsPlaceholdersCaptionsSocialLinksAndCopyrightButNamesTheOutlet() {
        ArticleDraft article = parser.parse(Fixtures.text("page-ridge-fire.txt"));

        assertEquals("Crews contain most of the Ridge County wildfire as winds drop overnight", article.title());
        assertEquals("Valley Courier Media", article.source());
        assertNull(article.publishedAt());
        assertArrayEquals(new String[] {
                "Firefighters had contained about 70 percent of the wildfire in Ridge County by Tuesday morning, "
                        + "helped by calmer winds and cooler temperatures overnight, the county fire service said.",
                "The fire has burned roughly 4,200 hectares of forest and grassland since it started near the village "
                        + "of Alder Flats on Saturday. No deaths have been reported; two firefighters were treated for "
                        + "smoke inhalation.",
                "Evacuation orders for Alder Flats and Millbrook were lifted at noon, although residents were told to "
                        + "expect power cuts while the grid operator repairs damaged lines.",
                "Officials said the cause of the fire is still under investigation. A regional emergency fund will "
                        + "cover temporary housing for families whose homes were damaged."},
                article.body().split("\n\n"));
    }

    @Test
    void aFirstLineThatReadsLikeASentenceIsTheTitleNotASection() {
        ArticleDraft article = parser.parse("Storm closes port\n\nThe port closed on Friday as the storm arrived.\n");

        assertEquals("Storm closes port", article.title());
        assertEquals("The port closed on Friday as the storm arrived.", article.body());
    }

    @Test
    void aSentenceStartingWithUpdatedIsBodyNotADateLine() {
        ArticleDraft article = parser.parse("Figures revised\n\nUpdated figures show the harbour grew.\n");

        assertEquals("Updated figures show the harbour grew.", article.body());
        assertNull(article.publishedAt());
    }

    @Test
    void emptyTextGivesNoTitleAndNoBody() {
        ArticleDraft article = parser.parse("\n   \n");

        assertEquals("", article.title());
        assertEquals("", article.body());
    }
}
