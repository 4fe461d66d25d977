package io.newsflow.enrich.furniture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class LearnedFurnitureTest {
    private static final Instant MONDAY = Instant.parse("2026-03-02T08:00:00Z");
    private static final FurnitureSettings THREE_PAGES = FurnitureSettings.defaults().withMinPages(3).withMinShare(0.5);
    private final LearnedFurniture furniture = new LearnedFurniture(THREE_PAGES);

    private static String page(int n) {
        return "Trending: Mayor resigns after expenses scandal\n"
                + "Protesters marched through the capital for the " + n + "th day, organisers said.\n"
                + "We use cookies to improve your experience.";
    }

    @Test
    void aLineOnEveryPageOfASourceIsDroppedOnceItHasRecurredAndTheArticleTextStays() {
        SourceLines meridian = new SourceLines();
        List<LearnedFurniture.Cleaned> cleaned = List.of(
                furniture.clean(meridian, "a1", page(1), MONDAY),
                furniture.clean(meridian, "a2", page(2), MONDAY.plusSeconds(3600)),
                furniture.clean(meridian, "a3", page(3), MONDAY.plusSeconds(7200)),
                furniture.clean(meridian, "a4", page(4), MONDAY.plusSeconds(9000)));

        assertEquals(page(1), cleaned.get(0).text());
        assertEquals(page(2), cleaned.get(1).text());
        assertEquals("Protesters marched through the capital for the 3th day, organisers said.", cleaned.get(2).text());
        assertEquals("Protesters marched through the capital for the 4th day, organisers said.", cleaned.get(3).text());
        assertEquals(2, cleaned.get(3).linesDropped());
        assertEquals(page(4).length() - cleaned.get(3).text().length() - 2, cleaned.get(3).charactersDropped());
    }

    @Test
    void aParagraphAnOutletRepeatsInAFewOfItsArticlesIsNotFurniture() {
        SourceLines post = new SourceLines();
        String background = "The electoral council declared the president the winner without publishing results.";
        LearnedFurniture.Cleaned last = null;
        for (int i = 0; i <= 16; i++) {
            String text = "Story line number " + i + " about something else entirely.";
            if (i % 4 == 0) {
                text = text + "\n\n" + background;
            }
            last = furniture.clean(post, "p" + i, text, MONDAY.plusSeconds(1800L * i));
        }
        assertTrue(last.text().contains(background), last.text());
        assertEquals(0, last.linesDropped());
    }

    @Test
    void sourcesAreLearnedApartAndOnePageDeliveredAgainCountsOnce() {
        SourceLines meridian = new SourceLines();
        SourceLines andes = new SourceLines();
        for (int i = 0; i < 3; i++) {
            furniture.clean(meridian, "m" + i, page(i), MONDAY.plusSeconds(i));
        }
        assertEquals(page(7), furniture.clean(andes, "x", page(7), MONDAY.plusSeconds(10)).text());
        assertEquals(page(7), furniture.clean(andes, "x", page(7), MONDAY.plusSeconds(10)).text());
        assertEquals(page(7), furniture.clean(andes, "x", page(7), MONDAY.plusSeconds(10)).text());
        assertEquals(1, andes.pages());
    }

    @Test
    void aLineUnseenForTheWindowIsForgottenAndMustRecurAgain() {
        SourceLines meridian = new SourceLines();
        for (int i = 0; i < 4; i++) {
            furniture.clean(meridian, "m" + i, page(i), MONDAY.plusSeconds(i));
        }
        Instant later = MONDAY.plus(THREE_PAGES.window()).plus(Duration.ofHours(1));
        furniture.clean(meridian, "other", "An unrelated page with other lines.", later);

        assertEquals(page(9), furniture.clean(meridian, "m9", page(9), later.plusSeconds(1)).text());
    }

    @Test
    void aFullTableKeepsTheRecurringLinesAndLetsOneOffLinesTakeTurns() {
        LearnedFurniture small = new LearnedFurniture(THREE_PAGES.withLinesPerSource(4));
        SourceLines meridian = new SourceLines();
        LearnedFurniture.Cleaned last = null;
        for (int i = 0; i < 12; i++) {
            String text = "Read more: Star striker signs a record contract\nFirst unique sentence " + i
                    + ".\nSecond unique sentence " + i + ".\nThird unique sentence " + i + ".";
            last = small.clean(meridian, "m" + i, text, MONDAY.plusSeconds(60L * i));
        }
        assertEquals(4, meridian.lines().size());
        assertEquals("First unique sentence 11.\nSecond unique sentence 11.\nThird unique sentence 11.", last.text());
    }

    @Test
    void listNumbersCaseAndPunctuationDoNotMakeALineNew() {
        assertEquals(PageLines.fingerprint("1. Mayor resigns after expenses scandal"),
                PageLines.fingerprint("3) MAYOR resigns, after expenses scandal!"));
        assertFalse(PageLines.fingerprint("Mayor resigns") == PageLines.fingerprint("Mayor stays"));
        assertEquals(0, PageLines.fingerprint(" -- "));
    }
}
