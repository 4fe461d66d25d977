package io.newsflow.alerts.development;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One development reported again: by its own outlet days later, under another name for a side in the same
 * article's lede, or with the sides of talks the other way round. None of these is a new development.
 */
class RestatedDevelopmentTest {
    private static final String KYIV = "place:kyiv";
    private static final String RUSSIA = "country:russia";
    private static final String UKRAINE = "country:ukraine";
    private static final String ZELENSKY = "person:volodymyr-zelensky";
    private static final String LULA = "person:lula";
    private static final String MADURO = "person:nicolas-maduro";
    private static final String PUTIN = "person:vladimir-putin";
    private static final String GONZALEZ = "person:edmundo-gonzalez";
    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");

    private final DevelopmentTracker tracker = new DevelopmentTracker(
            Set.of("STATEMENT", "OFFER", "REJECT", "ACCEPT", "NEGOTIATION", "PROTEST", "RESIGNATION_TRANSITION"), AlertBudget.defaults());
    private StoryMemory memory = StoryMemory.empty("story-1");
    private int articles;

    private static ReportedEvent news(String type, String actor, String actorCode, String target, String targetCode,
                                      String sentence, int index) {
        return new ReportedEvent(type, actor, target, Modality.FACT, Salience.NEWS, sentence, index, actorCode,
                targetCode);
    }

    /** The kinds of what the article (its headline is the first event's sentence) adds to the story. */
    private List<String> read(String source, Duration sinceDay0, ReportedEvent... events) {
        articles++;
        Map<String, String> names = new LinkedHashMap<>();
        for (String id : new String[] {ZELENSKY, KYIV, RUSSIA, UKRAINE, LULA, MADURO, PUTIN, GONZALEZ}) {
            names.put(id, id);
        }
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source,
                events[0].sentence(), "story-1", DAY0.plus(sinceDay0), DAY0.plus(sinceDay0).plusSeconds(60),
                List.of(events), names, 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        List<String> kinds = new ArrayList<>();
        outcome.findings().forEach(finding -> kinds.add(finding.getClass().getSimpleName()));
        return kinds;
    }

    /** Zelensky and Kyiv named in two articles: both are the story's actors. */
    private void storyOfKyiv() {
        read("Post", Duration.ZERO, news("STATEMENT", ZELENSKY, null, KYIV, "UKR", "Zelensky speaks in Kyiv", 0));
        read("Wire", Duration.ofHours(1), news("STATEMENT", ZELENSKY, null, KYIV, "UKR", "Zelensky in Kyiv", 0));
    }

    @Test
    void aLedeRestatingTheHeadlineUnderAnotherNameTeachesTheStoryThatName() {
        storyOfKyiv();
        assertEquals(List.of("NewDevelopment"), read("Meridian", Duration.ofDays(1),
                news("REJECT", KYIV, "UKR", RUSSIA, "RUS", "Kyiv rebuffs Moscow's plan", 0),
                news("REJECT", ZELENSKY, null, null, "RUS", "Zelensky rejected a Russian proposal.", 1)));

        assertEquals(List.of("Corroborated"), read("Andes", Duration.ofDays(1).plusHours(8),
                news("REJECT", ZELENSKY, null, null, "RUS", "Zelensky rejects Russian proposal", 0)));
    }

    @Test
    void aHeadlineUnderANewNameIsTheDevelopmentItsLedeReports() {
        storyOfKyiv();
        read("Meridian", Duration.ofDays(1), news("ACCEPT", ZELENSKY, null, null, null, "Zelensky accepts truce", 0));

        assertEquals(List.of("Corroborated"), read("Andes", Duration.ofDays(1).plusHours(1),
                news("ACCEPT", UKRAINE, "UKR", null, null, "Ukraine agrees to truce", 0),
                news("ACCEPT", ZELENSKY, null, null, null, "Zelensky accepted the truce.", 1)));
        assertEquals(List.of("Corroborated"), read("Post", Duration.ofDays(1).plusHours(2),
                news("ACCEPT", UKRAINE, "UKR", null, null, "Ukraine agrees to truce", 0)),
                "the story now knows the headline's name for it too: a third outlet corroborates");
    }

    @Test
    void aSentenceBelowTheLedeThatMatchesAnotherDevelopmentDoesNotMakeTheHeadlineThatOne() {
        storyOfKyiv();
        read("Post", Duration.ofHours(3), news("STATEMENT", PUTIN, "RUSGOV", null, null, "Putin speaks", 0));
        read("Wire", Duration.ofHours(4), news("STATEMENT", PUTIN, "RUSGOV", null, null, "Putin speaks again", 0));
        String erdogan = "person:recep-tayyip-erdogan";
        ReportedEvent aside = news("OFFER", ZELENSKY, null, UKRAINE, "UKR", "Zelensky says any deal must hold.", 3);
        read("Post", Duration.ofDays(1), news("OFFER", erdogan, "TURGOV", null, null, "Erdogan offers to host", 0),
                news("OFFER", erdogan, "TURGOV", null, null, "Erdogan offered to host talks.", 1), aside);

        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(2),
                news("OFFER", PUTIN, "RUSGOV", null, null, "Putin offers a truce", 0),
                news("OFFER", PUTIN, "RUSGOV", null, null, "Putin offered a truce.", 1), aside));
    }

    @Test
    void aDevelopmentItsOwnOutletKeepsReportingIsNotOverAfterTheSpan() {
        storyOfKyiv();
        read("Meridian", Duration.ofDays(1), news("PROTEST", null, "---OPP", KYIV, "UKR", "Crowds march in Kyiv", 0));
        for (int day = 4; day <= 10; day += 3) {
            assertEquals(List.of(), read("Meridian", Duration.ofDays(day),
                    news("PROTEST", null, "---OPP", KYIV, "UKR", "Crowds march in Kyiv again", 0)));
        }
        assertEquals(List.of("Corroborated"), read("Post", Duration.ofDays(12),
                news("PROTEST", null, "---OPP", KYIV, "UKR", "Marches go on in Kyiv", 0)),
                "day 12 is eleven days after the first report but two after the latest");
    }

    @Test
    void aNamedActorTheDictionariesDoNotCodeIsNotSomeRoleOfItsCountry() {
        read("Post", Duration.ZERO, news("STATEMENT", GONZALEZ, null, null, null, "Gonzalez speaks", 0));
        read("Wire", Duration.ofHours(1), news("STATEMENT", GONZALEZ, null, null, null, "Gonzalez speaks again", 0));
        read("Post", Duration.ofDays(1), news("RESIGNATION_TRANSITION", null, "VENMIL", null, null,
                "Army general resigns", 0));

        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(2), news("RESIGNATION_TRANSITION",
                GONZALEZ, null, null, "VENGOV", "Gonzalez sworn in as president", 0)));
    }

    @Test
    void aLedeRestatingAHeadlineTheTaggerFoundNoEventInCorroboratesForIt() {
        storyOfKyiv();
        read("Post", Duration.ofDays(1), news("REJECT", null, "---JUD", null, "---OPP", "Court rejects appeal", 0));
        List<String> kinds = new ArrayList<>();
        articles++;
        ArticleReport restated = new ArticleReport("a" + articles, "https://example.org/" + articles, "Wire",
                "Judges turn down the opposition appeal", "story-1", DAY0.plus(Duration.ofDays(1).plusHours(3)),
                DAY0.plus(Duration.ofDays(1).plusHours(3)), List.of(news("REJECT", null, "---JUD", null, "---OPP",
                "The judges rejected the opposition appeal on Monday.", 1)), Map.of(), 0);
        tracker.observe(memory, restated).findings().forEach(f -> kinds.add(f.getClass().getSimpleName()));

        assertEquals(List.of("NewDevelopment"), kinds, "a second outlet, in its lede restating its headline");
    }

    @Test
    void thePlaceAnOutletIsNamedAfterIsNoActorOfTheStoriesItCovers() {
        String caribbean = "place:caribbean";
        List<String> kinds = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            articles++;
            Instant at = DAY0.plus(Duration.ofHours(6L * i));
            String title = i < 3 ? "Strike goes on in Lima" : "Miners block a highway";
            ReportedEvent event = new ReportedEvent(i < 3 ? "STATEMENT" : "PROTEST", caribbean, null, Modality.FACT,
                    Salience.NEWS, title, 0, null, null);
            ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles,
                    "Caribbean Wire", title, "story-1", at, at, List.of(event), Map.of(caribbean, "Caribbean"), 0);
            DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
            memory = outcome.memory();
            outcome.findings().forEach(finding -> kinds.add(finding.getClass().getSimpleName()));
        }
        assertEquals(List.of("NewStory"), kinds, "named in every article of the wire's dateline, yet no actor");
    }

    @Test
    void talksAreOneRoundWhicheverSideTheHeadlineMakesItsSubject() {
        read("Post", Duration.ZERO, news("STATEMENT", MADURO, "VENGOV", null, null, "Maduro speaks", 0));
        read("Wire", Duration.ofHours(1), news("STATEMENT", MADURO, "VENGOV", null, null, "Maduro speaks again", 0));
        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(1),
                news("NEGOTIATION", LULA, "BRAGOV", MADURO, "VENGOV", "Lula mediates talks with Maduro", 0)));

        assertEquals(List.of("Corroborated"), read("Wire", Duration.ofDays(1).plusHours(9),
                news("NEGOTIATION", MADURO, "VENGOV", null, "---OPP", "Maduro and opposition hold talks", 0)));
    }
}
