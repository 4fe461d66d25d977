package io.newsflow.alerts.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AlertBudgetTest {
    private static final String MADURO = "person:nicolas-maduro";
    private static final String MACHADO = "person:maria-corina-machado";
    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

    private final DevelopmentTracker tracker = new DevelopmentTracker(Set.of("PROTEST", "ARREST_CRACKDOWN", "REJECT"),
            AlertBudget.defaults());
    private StoryMemory memory = StoryMemory.empty("story-1");
    private int articles;

    /** The kinds of what one article alerts: its headline reports this event (actor may be null). */
    private List<String> read(String source, Duration sinceDay0, String headline, String type, String actor) {
        articles++;
        Map<String, String> names = new LinkedHashMap<>();
        names.put(MADURO, "Nicolás Maduro");
        if (actor != null) {
            names.put(actor, actor);
        }
        ReportedEvent event = new ReportedEvent(type, actor, null, Modality.FACT, Salience.NEWS, headline, 0);
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source, headline,
                "story-1", DAY0.plus(sinceDay0), DAY0.plus(sinceDay0).plusSeconds(60), List.of(event), names, 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        return outcome.findings().stream().map(finding -> finding.getClass().getSimpleName()).toList();
    }

    @Test
    void aStorysFirstArticleIsItsNewStoryNotADevelopmentAndItsRepeatsAreUpdates() {
        assertEquals(List.of("NewStory"), read("Post", Duration.ZERO, "Thousands march in Caracas", "PROTEST", null));
        assertEquals(List.of("Corroborated"), read("Wire", Duration.ofHours(2), "Caracas marches", "PROTEST", null));
    }

    @Test
    void anUnnamedEventFromOneOutletWaitsForASecondOutletWithinTheWindow() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO);

        assertEquals(List.of(), read("Post", Duration.ofDays(1), "Student leader detained", "ARREST_CRACKDOWN", null));
        assertEquals(List.of("NewDevelopment"),
                read("Wire", Duration.ofDays(1).plusHours(5), "Police detain organisers", "ARREST_CRACKDOWN", null));
        assertEquals(List.of("Corroborated"),
                read("Meridian", Duration.ofDays(1).plusHours(9), "Organisers held", "ARREST_CRACKDOWN", null));
    }

    @Test
    void aSecondOutletAfterTheWindowDoesNotMakeAStaleEventNews() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO);
        read("Post", Duration.ofDays(1), "Student leader detained", "ARREST_CRACKDOWN", null);

        assertEquals(List.of(), read("Wire", Duration.ofDays(3), "Student leader still held", "ARREST_CRACKDOWN", null));
    }

    @Test
    void aHeadlineNamingAnActorTheStoryKeepsNamingAlertsAtOnce() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO);
        read("Wire", Duration.ofHours(3), "Maduro speaks again", "STATEMENT", MADURO);

        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(1), "Maduro rejects recount", "REJECT",
                MADURO));
        assertEquals(List.of(), read("Post", Duration.ofDays(1).plusHours(1), "Machado rejects talks", "REJECT",
                MACHADO), "Machado was never named before in this story: one outlet is not enough");
    }

    @Test
    void aNewWaveOfADevelopmentNobodyReportedForTheSpanIsNewsAgain() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO);
        read("Post", Duration.ofDays(1), "Students detained", "ARREST_CRACKDOWN", null);
        read("Wire", Duration.ofDays(1).plusHours(2), "Students held", "ARREST_CRACKDOWN", null);

        assertEquals(List.of(), read("Post", Duration.ofDays(4), "More detained", "ARREST_CRACKDOWN", null),
                "within the span it is the same development, already told");
        read("Post", Duration.ofDays(12), "Mass arrests", "ARREST_CRACKDOWN", null);
        assertEquals(List.of("NewDevelopment"),
                read("Wire", Duration.ofDays(12).plusHours(3), "Hundreds arrested", "ARREST_CRACKDOWN", null));
    }

    @Test
    void aLineOnTopOfTwoOutletsPagesIsNotACorroboratedDevelopment() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO);
        assertEquals(List.of(), readBodyLine("Meridian", Duration.ofDays(1), "Police arrest suspect in jewellery heist"));

        assertEquals(List.of(), readBodyLine("Andes", Duration.ofDays(1).plusHours(1),
                "Police arrest suspect in jewellery heist"), "a trending line under another headline");
    }

    private List<String> readBodyLine(String source, Duration sinceDay0, String line) {
        articles++;
        ReportedEvent event = new ReportedEvent("ARREST_CRACKDOWN", null, null, Modality.FACT, Salience.NEWS, line, 1);
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source,
                "Caracas waits for the electoral council", "story-1", DAY0.plus(sinceDay0),
                DAY0.plus(sinceDay0).plusSeconds(60), List.of(event), Map.of(MADURO, "Nicolás Maduro"), 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        return outcome.findings().stream().map(finding -> finding.getClass().getSimpleName()).toList();
    }

    @Test
    void settingsThatCannotWorkAreRefusedWithTheirName() {
        IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
                () -> new AlertBudget(2, Duration.ZERO, Duration.ofDays(7), 3, Duration.ofDays(1), true));
        assertEquals("corroborationWindow must be positive, got PT0S", error.getMessage());
    }
}
