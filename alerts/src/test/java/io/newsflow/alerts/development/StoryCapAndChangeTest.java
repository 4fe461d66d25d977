package io.newsflow.alerts.development;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** The per-story cap with its digest, and a change of a known development as a way to be salient. */
class StoryCapAndChangeTest {
    private static final String MADURO = "person:nicolas-maduro";
    private static final String US = "country:united-states";
    private static final String VENEZUELA = "country:venezuela";
    private static final String HUNGARY = "country:hungary";
    private static final Instant DAY0 = Instant.parse("2026-03-02T08:00:00Z");
    private static final Set<String> TYPES = Set.of("STATEMENT", "REJECT", "OFFER", "ARREST_CRACKDOWN", "ACCEPT",
            "SANCTIONS_IMPOSED", "SANCTIONS_EASED");

    private DevelopmentTracker tracker = new DevelopmentTracker(TYPES, AlertBudget.defaults().withStoryCap(1,
            Duration.ofHours(24)));
    private StoryMemory memory = StoryMemory.empty("story-1");
    private final List<Finding> findings = new ArrayList<>();
    private int articles;

    /** What one article's headline event adds, as the kinds of its findings. */
    private List<String> read(String source, Duration sinceDay0, String headline, String type, String actor,
                              String target) {
        articles++;
        Map<String, String> names = new LinkedHashMap<>();
        names.put(MADURO, "Nicolás Maduro");
        for (String id : new String[] {actor, target}) {
            if (id != null) {
                names.put(id, id);
            }
        }
        ReportedEvent event = new ReportedEvent(type, actor, target, Modality.FACT, Salience.NEWS, headline, 0);
        ArticleReport article = new ArticleReport("a" + articles, "https://example.org/" + articles, source, headline,
                "story-1", DAY0.plus(sinceDay0), DAY0.plus(sinceDay0).plusSeconds(60), List.of(event), names, 0);
        DevelopmentTracker.Outcome outcome = tracker.observe(memory, article);
        memory = outcome.memory();
        findings.addAll(outcome.findings());
        return outcome.findings().stream().map(finding -> finding.getClass().getSimpleName()).toList();
    }

    private void storyOfMaduro() {
        read("Post", Duration.ZERO, "Maduro speaks", "STATEMENT", MADURO, null);
        read("Wire", Duration.ofHours(2), "Maduro speaks again", "STATEMENT", MADURO, null);
    }

    @Test
    void salientDevelopmentsBeyondTheCapAreHeldAndGoOutAsOneDigestAfterTheWindow() {
        storyOfMaduro();
        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(1), "Maduro rejects recount", "REJECT",
                MADURO, null));
        assertEquals(List.of("Held"), read("Post", Duration.ofDays(1).plusHours(1), "Maduro offers talks", "OFFER",
                MADURO, null));
        assertEquals(List.of(), read("Wire", Duration.ofDays(1).plusHours(2), "Maduro offers talks to bishops",
                "OFFER", MADURO, null), "a held development's repeat is neither an update nor news");
        assertEquals(List.of("Held"), read("Post", Duration.ofDays(1).plusHours(5), "Maduro orders arrests",
                "ARREST_CRACKDOWN", MADURO, null));
        assertEquals(Duration.ofDays(2), Duration.between(DAY0, tracker.digestDueAt(memory).orElseThrow()));

        assertEquals(List.of("Digest", "NewDevelopment"), read("Post", Duration.ofDays(2).plusHours(1),
                "Maduro accepts mediation", "ACCEPT", MADURO, null));

        Finding.Digest digest = (Finding.Digest) findings.get(findings.size() - 2);
        assertEquals(List.of("OFFER", "ARREST_CRACKDOWN"), digest.developments().stream()
                .map(HeldDevelopment::eventType).toList());
        assertEquals(List.of("Post", "Wire"), digest.developments().get(0).sources());
        assertTrue(tracker.digestDueAt(memory).isEmpty(), "the new window holds nothing yet");
    }

    @Test
    void aDigestIsDueOnlyOnceTheWindowHasEnded() {
        storyOfMaduro();
        read("Post", Duration.ofDays(1), "Maduro rejects recount", "REJECT", MADURO, null);
        read("Post", Duration.ofDays(1).plusHours(1), "Maduro offers talks", "OFFER", MADURO, null);

        assertTrue(tracker.digestDue(memory, DAY0.plus(Duration.ofDays(2)).minusMillis(1)).isEmpty());
        DevelopmentTracker.Outcome due = tracker.digestDue(memory, DAY0.plus(Duration.ofDays(2))).orElseThrow();
        assertEquals(1, ((Finding.Digest) due.findings().get(0)).developments().size());
        assertTrue(tracker.digestDue(due.memory(), DAY0.plus(Duration.ofDays(3))).isEmpty(), "sent once");
    }

    @Test
    void sanctionsEasedAfterTheyWereImposedAreSalientFromOneOutletThatNamesNoStoryActor() {
        tracker = new DevelopmentTracker(TYPES, AlertBudget.defaults());
        read("Post", Duration.ZERO, "Protests in Caracas", "STATEMENT", null, null);
        read("Wire", Duration.ofHours(1), "United States sanctions Venezuela", "SANCTIONS_IMPOSED", US, VENEZUELA);
        read("Post", Duration.ofHours(3), "Washington sanctions Caracas", "SANCTIONS_IMPOSED", US, VENEZUELA);

        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(4), "U.S. eases sanctions on Venezuela",
                "SANCTIONS_EASED", US, VENEZUELA), "US was named in only one earlier article, so the change is what "
                + "makes it salient");
    }

    @Test
    void aRejectionByAnUnrelatedPartyChangesNoKnownOffer() {
        tracker = new DevelopmentTracker(TYPES, AlertBudget.defaults());
        read("Post", Duration.ZERO, "Protests in Caracas", "STATEMENT", null, null);
        read("Wire", Duration.ofHours(1), "U.S. offers Venezuela a deal", "OFFER", US, VENEZUELA);

        assertEquals(List.of(), read("Post", Duration.ofDays(1), "Hungary rejects aid plan", "REJECT", HUNGARY, null));
        assertEquals(List.of("NewDevelopment"), read("Post", Duration.ofDays(1).plusHours(1),
                "Venezuela rejects U.S. deal", "REJECT", VENEZUELA, US));
    }

    @Test
    void aChangeRefersToAPartyOfTheKnownDevelopment() {
        DevelopmentKey imposed = new DevelopmentKey("SANCTIONS_IMPOSED", US, VENEZUELA, "USA", "VEN");
        assertTrue(new DevelopmentKey("SANCTIONS_EASED", null, null, "USAGOV", "VEN").sharesAPartyWith(imposed)
                || new DevelopmentKey("SANCTIONS_EASED", US, null).sharesAPartyWith(imposed));
        assertFalse(new DevelopmentKey("SANCTIONS_EASED", HUNGARY, null, "HUN", null).sharesAPartyWith(imposed));
        assertFalse(new DevelopmentKey("REJECT", null, null, "VEN", null)
                .sharesAPartyWith(new DevelopmentKey("OFFER", null, null, "VEN", null)),
                "a bare country code is too coarse to be the same party");
    }
}
