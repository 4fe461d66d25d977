package io.newsflow.alerts.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DevelopmentTrackerTest {
    private static final String US = "country:united-states";
    private static final String MADURO = "person:nicolas-maduro";
    private static final String VENEZUELA = "country:venezuela";
    private static final Set<String> TYPES = Set.of("OFFER", "REJECT", "ACCEPT", "SANCTIONS_IMPOSED",
            "SANCTIONS_EASED", "LEGAL_ACTION");

    private final DevelopmentTracker tracker = new DevelopmentTracker(TYPES, AlertBudget.unlimited());
    private StoryMemory memory = StoryMemory.empty("story-1");
    private int articles;

    private List<Finding> read(String source, ReportedEvent... events) {
        articles++;
        Map<String, String> names = new LinkedHashMap<>(Map.of(US, "United States", MADURO, "Nicolás Maduro",
                VENEZUELA, "Venezuela"));
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source,
                "Headline " + articles, "story-1", Instant.parse("2024-08-11T00:00:00Z").plusSeconds(3600L * articles),
                Instant.parse("2024-08-11T00:00:00Z").plusSeconds(3600L * articles + 60), List.of(events), names, 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        return new ArrayList<>(outcome.findings());
    }

    private static ReportedEvent news(String type, String actor, String target) {
        return new ReportedEvent(type, actor, target, Modality.FACT, Salience.NEWS, type + " sentence", 0);
    }

    private static List<Finding> developments(List<Finding> findings) {
        return findings.stream().filter(finding -> !(finding instanceof Finding.NewStory)).toList();
    }

    @Test
    void theFirstReportOfAFactIsANewDevelopmentOfANewStory() {
        List<Finding> findings = read("Hemisphere Post", news("OFFER", US, MADURO));

        assertInstanceOf(Finding.NewStory.class, findings.get(0));
        Finding.NewDevelopment offer = assertInstanceOf(Finding.NewDevelopment.class, findings.get(1));
        assertEquals("OFFER: United States → Nicolás Maduro", offer.development().describe());
        assertEquals("New story.", offer.priorState());
    }

    @Test
    void otherOutletsReportingItOnlyCorroborateAndTheSameOutletAddsNothing() {
        read("Hemisphere Post", news("OFFER", US, MADURO));

        Finding corroborated = developments(read("Caribbean Wire", news("OFFER", null, MADURO))).get(0);
        Finding.Corroborated update = assertInstanceOf(Finding.Corroborated.class, corroborated);
        assertEquals(List.of("Hemisphere Post", "Caribbean Wire"), update.development().sources());

        assertEquals(List.of(), read("Hemisphere Post", news("OFFER", US, MADURO)));
    }

    @Test
    void aResponseAndEachChangeOfSanctionsAreNewDevelopments() {
        read("Hemisphere Post", news("OFFER", US, MADURO));

        Finding.NewDevelopment rejection = assertInstanceOf(Finding.NewDevelopment.class,
                read("Caribbean Wire", news("REJECT", MADURO, null)).get(0));
        assertTrue(rejection.priorState().startsWith("Known: OFFER: United States → Nicolás Maduro (Aug 11, 1 source)"),
                rejection.priorState());
        assertInstanceOf(Finding.NewDevelopment.class,
                read("Hemisphere Post", news("SANCTIONS_IMPOSED", US, VENEZUELA)).get(0));
        assertInstanceOf(Finding.NewDevelopment.class,
                read("Caribbean Wire", news("SANCTIONS_EASED", US, VENEZUELA)).get(0));
    }

    @Test
    void differentActorsMakeDifferentDevelopments() {
        read("Hemisphere Post", news("REJECT", MADURO, null));
        assertInstanceOf(Finding.NewDevelopment.class,
                read("Hemisphere Post", news("REJECT", "person:maria-corina-machado", null)).get(0));
    }

    @Test
    void proposalsAndDenialsAreNotTheFact() {
        read("Hemisphere Post", news("REJECT", MADURO, null));
        ReportedEvent proposal = new ReportedEvent("OFFER", US, MADURO, Modality.PROPOSAL, Salience.NEWS, "might", 1);
        ReportedEvent denial = new ReportedEvent("ACCEPT", MADURO, null, Modality.DENIAL, Salience.NEWS, "denied", 1);

        assertEquals(List.of(), read("Caribbean Wire", proposal, denial));
    }

    @Test
    void backgroundNeverAlertsButTodaysNewsOfTheSameKindDoes() {
        read("Hemisphere Post", news("REJECT", MADURO, null));
        ReportedEvent recap = new ReportedEvent("OFFER", US, MADURO, Modality.FACT, Salience.BACKGROUND,
                "Last year the U.S. made a similar offer.", 1);

        assertEquals(List.of(), read("Caribbean Wire", recap), "a recap is not news");
        assertInstanceOf(Finding.NewDevelopment.class, read("Caribbean Wire", news("OFFER", US, MADURO)).get(0));
    }

    @Test
    void aRecapInTheSameArticleDoesNotHideItsNews() {
        ReportedEvent recap = new ReportedEvent("OFFER", US, MADURO, Modality.FACT, Salience.BACKGROUND, "Last year", 1);
        List<Finding> findings = developments(read("Hemisphere Post", recap, news("OFFER", US, MADURO)));

        assertEquals(1, findings.size());
        assertInstanceOf(Finding.NewDevelopment.class, findings.get(0));
    }

    @Test
    void typesThatAreNotDevelopmentsAreIgnored() {
        assertEquals(1, read("Hemisphere Post", news("STATEMENT", MADURO, null)).size(), "only NEW_STORY");
    }

    @Test
    void onlyTheHeadlineOpensNewDevelopmentsFactsFurtherDownOnlyCorroborate() {
        read("Hemisphere Post", news("OFFER", US, MADURO));
        ReportedEvent headline = new ReportedEvent("REJECT", MADURO, null, Modality.FACT, Salience.NEWS, "title", 0);
        ReportedEvent speculation = new ReportedEvent("PROTEST", MADURO, null, Modality.FACT, Salience.NEWS, "lead", 2);
        ReportedEvent repeat = new ReportedEvent("OFFER", US, MADURO, Modality.FACT, Salience.NEWS, "lead", 1);

        List<Finding> findings = read("Caribbean Wire", headline, speculation, repeat);

        assertEquals(2, findings.size());
        assertInstanceOf(Finding.NewDevelopment.class, findings.get(0));
        assertInstanceOf(Finding.Corroborated.class, findings.get(1));
    }

    @Test
    void theSameActorDoingTheSameThingIsOneDevelopmentHoweverTheTargetIsNamed() {
        read("Hemisphere Post", news("REJECT", MADURO, US));
        assertInstanceOf(Finding.Corroborated.class,
                read("Caribbean Wire", news("REJECT", MADURO, "org:us-government")).get(0));
    }

    @Test
    void whatAnOfferOffersIsNotAFact() {
        ReportedEvent offer = new ReportedEvent("OFFER", US, MADURO, Modality.FACT, Salience.NEWS, "offers pardons", 0);
        ReportedEvent pardon = new ReportedEvent("LEGAL_ACTION", US, MADURO, Modality.FACT, Salience.NEWS,
                "offers pardons", 0);

        List<Finding> developments = developments(read("Caribbean Wire", offer, pardon));

        assertEquals(1, developments.size());
        assertEquals("OFFER", ((Finding.NewDevelopment) developments.get(0)).development().key().type());
    }

    @Test
    void theEarliestPublishedReportLeadsTheEvidenceWhateverArrivedFirst() {
        read("Later Wire", news("OFFER", US, MADURO));
        ArticleReport earlier = new ArticleReport("early", "https://example.org/early", "Early Post", "Headline",
                "story-1", Instant.parse("2024-08-01T00:00:00Z"), Instant.parse("2024-08-01T00:01:00Z"),
                List.of(news("OFFER", US, MADURO)), Map.of(), 0);

        Finding.Corroborated update = assertInstanceOf(Finding.Corroborated.class,
                developments(tracker.observe(memory, earlier).findings()).get(0));

        assertEquals(List.of("Early Post", "Later Wire"), update.development().sources());
    }
}
