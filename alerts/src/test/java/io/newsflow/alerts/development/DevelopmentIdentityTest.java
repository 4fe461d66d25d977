package io.newsflow.alerts.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * One development restated by other outlets with role names, capitals and paraphrases alerts once; a
 * different actor of the same country (the opposition, another official) is a development of its own.
 * The events are what the tagger codes for the quoted headlines (entity id, CAMEO actor code).
 */
class DevelopmentIdentityTest {
    private static final String MADURO = "person:nicolas-maduro";
    private static final String DELCY = "person:delcy-rodriguez";
    private static final String US = "country:united-states";
    private static final String VENEZUELA = "country:venezuela";
    private static final String CARACAS = "place:caracas";
    private static final String WASHINGTON = "place:washington-d-c";

    private final DevelopmentTracker tracker = new DevelopmentTracker(Set.of("REJECT", "OFFER"),
            AlertBudget.unlimited());
    private StoryMemory memory = StoryMemory.empty("story-1");
    private int articles;

    private static ReportedEvent reject(String sentence, String actorId, String actorCode, String targetId,
                                        String targetCode) {
        return new ReportedEvent("REJECT", actorId, targetId, Modality.FACT, Salience.NEWS, sentence, 0, actorCode,
                targetCode);
    }

    private List<Finding> read(String source, ReportedEvent event) {
        articles++;
        Instant at = Instant.parse("2026-12-01T14:00:00Z").plusSeconds(600L * articles);
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source,
                event.sentence(), "story-1", at, at.plusSeconds(30), List.of(event),
                Map.of(MADURO, "Nicolás Maduro", US, "United States", VENEZUELA, "Venezuela", CARACAS, "Caracas",
                        DELCY, "Delcy Rodríguez", WASHINGTON, "Washington D.C."), 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        return new ArrayList<>(outcome.findings());
    }

    private static long newDevelopments(List<Finding> findings) {
        return findings.stream().filter(Finding.NewDevelopment.class::isInstance).count();
    }

    @Test
    void restatementsByRoleCapitalAndOtherOutletsAlertOnce() {
        long alerts = newDevelopments(read("Wire", reject("Maduro rejects the offer", MADURO, "VENGOV", null, null)));
        List<ReportedEvent> restatements = List.of(
                reject("Venezuela's president turned down the U.S. offer", null, "VENGOV", US, "USA"),
                reject("The Venezuelan leader rebuffed Washington's proposal", null, "VENGOV", WASHINGTON, "USA"),
                reject("Caracas rejected the American offer", CARACAS, "VEN", null, "USA"),
                reject("Venezuela spurned the United States", VENEZUELA, "VEN", US, "USA"),
                reject("President Nicolás Maduro said no to Washington", MADURO, "VENGOV", WASHINGTON, "USA"));
        int outlet = 0;
        for (ReportedEvent restatement : restatements) {
            List<Finding> findings = read("Outlet " + ++outlet, restatement);
            assertEquals(0, newDevelopments(findings), restatement.sentence());
            assertTrue(findings.stream().anyMatch(Finding.Corroborated.class::isInstance), restatement.sentence());
        }
        assertEquals(1, alerts);
        assertEquals(1, memory.developments().size());
        assertEquals(6, memory.developments().get(0).sources().size());
    }

    @Test
    void theOppositionAndAnotherOfficialAreOtherActors() {
        read("Wire", reject("Maduro rejects the offer", MADURO, "VENGOV", null, null));

        assertEquals(1, newDevelopments(read("Daily", reject("Venezuela's opposition rejected the offer", null,
                "VENOPP", null, null))));
        assertEquals(1, newDevelopments(read("Post", reject("Delcy Rodríguez rejected the offer", DELCY, "VENGOV",
                null, null))));
    }

    @Test
    void codesFollowTheirHierarchy() {
        assertTrue(ActorCodes.compatible("VEN", "VENGOV"));
        assertTrue(ActorCodes.compatible("VENGOV", "VENGOVPRS"));
        assertTrue(ActorCodes.compatible("---OPP", "VENOPP"));
        assertFalse(ActorCodes.compatible("VENOPP", "VENGOV"));
        assertFalse(ActorCodes.compatible("VENGOV", "USAGOV"));
    }
}
