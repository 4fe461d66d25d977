package io.newsflow.enrich.tag.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.entity.EntityMatcher;
import io.newsflow.enrich.tag.kb.KnowledgeBase;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import io.newsflow.schemas.events.EventType;
import java.util.List;
import org.junit.jupiter.api.Test;

class EventExtractorTest {
    private static final KnowledgeBase KB = KnowledgeBaseFiles.bundled();
    private static final EventExtractor EXTRACTOR = new EventExtractor();
    private final Tokenizer tokenizer = new Tokenizer();
    private final EntityMatcher matcher = new EntityMatcher();

    private List<DetectedEvent> events(String title, String body) {
        TokenizedText text = tokenizer.tokenize(title, body);
        return EXTRACTOR.extract(text, matcher.match(text, KB));
    }

    /** Events of a headline alone: the headline is always news. */
    private List<DetectedEvent> headline(String title) {
        return events(title, "");
    }

    private DetectedEvent only(List<DetectedEvent> events) {
        assertEquals(1, events.size(), () -> "events: " + events);
        return events.get(0);
    }

    @Test
    void offerWithActorAndTarget() {
        DetectedEvent offer = only(headline("The U.S. offered Maduro amnesty"));
        assertEquals(EventType.OFFER, offer.type());
        assertEquals("03", offer.type().cameoCode());
        assertEquals("country:united-states", offer.actorId());
        assertEquals("person:nicolas-maduro", offer.targetId());
        assertEquals(Modality.FACT, offer.modality());
        assertEquals(Salience.NEWS, offer.salience());
        assertEquals(0, offer.sentenceIndex());
    }

    @Test
    void rejectionByMaduro() {
        DetectedEvent reject = only(headline("Maduro rejected the offer"));
        assertEquals(EventType.REJECT, reject.type());
        assertEquals("person:nicolas-maduro", reject.actorId());
        assertEquals(Modality.FACT, reject.modality());
    }

    @Test
    void sanctionsImposedOnVenezuela() {
        DetectedEvent sanctions = only(headline("Treasury reimposed oil sanctions on Venezuela"));
        assertEquals(EventType.SANCTIONS_IMPOSED, sanctions.type());
        assertEquals("163", sanctions.type().cameoCode());
        assertEquals("org:us-treasury", sanctions.actorId());
        assertEquals("country:venezuela", sanctions.targetId());
    }

    @Test
    void passiveOfferWithModalIsAProposal() {
        DetectedEvent offer = only(headline("Maduro might be offered amnesty"));
        assertEquals(EventType.OFFER, offer.type());
        assertEquals(Modality.PROPOSAL, offer.modality());
        assertEquals("person:nicolas-maduro", offer.targetId());
        assertNull(offer.actorId());
    }

    @Test
    void sanctionsEasedOrLifted() {
        assertEquals(EventType.SANCTIONS_EASED, only(headline("Washington eased sanctions on Venezuela's oil sector")).type());
        assertEquals(EventType.SANCTIONS_EASED, only(headline("The EU lifted sanctions on Caracas officials")).type());
    }

    @Test
    void legalActionsFromIndictmentsChargesBountiesExtraditionAndPardons() {
        for (String title : List.of("Prosecutors unsealed an indictment against Maduro",
                "The Justice Department charged two aides of Maduro", "A $15 million bounty on Maduro stands",
                "Colombia approved the extradition of a Venezuelan general", "The president pardoned four officers")) {
            assertEquals(EventType.LEGAL_ACTION, only(headline(title)).type(), title);
        }
    }

    @Test
    void denialAndReportedlyWeighing() {
        assertEquals(Modality.DENIAL, only(headline("Maduro denied that he rejected talks")).modality());
        assertEquals(Modality.PROPOSAL,
                only(headline("The White House is reportedly weighing new sanctions on Nicaragua")).modality());
    }

    @Test
    void recapCuesMakeBackgroundAndLeadIsNews() {
        List<DetectedEvent> events = events("Envoys resume talks in Doha",
                "Mediators said Qatar would host the talks again. The opposition welcomed the move. "
                        + "Last year, the U.S. made a similar offer to Maduro. Maduro had rejected that offer. "
                        + "Protesters gathered in Caracas in 2019.");
        assertEquals(Salience.NEWS, events.get(0).salience());
        assertEquals(Salience.NEWS, events.get(1).salience());
        assertTrue(events.stream().filter(e -> e.sentenceIndex() >= 3)
                .allMatch(e -> e.salience() == Salience.BACKGROUND), () -> "events: " + events);
    }

    @Test
    void eachRecapCueMarksBackgroundEvenInTheHeadline() {
        for (String title : List.of("Maduro has since rejected the offer", "Earlier this month Maduro rejected the offer",
                "Maduro previously rejected the offer", "Maduro had rejected the offer",
                "Maduro rejected the offer in 2019", "Maduro rejected the offer years ago",
                "Protesters rallied after the disputed July election")) {
            assertEquals(Salience.BACKGROUND, headline(title).get(0).salience(), title);
        }
    }

    @Test
    void denialCues() {
        for (String title : List.of("Maduro never rejected the offer", "Caracas refuted that Maduro rejected the offer",
                "Maduro did not reject the offer")) {
            assertEquals(Modality.DENIAL, only(headline(title)).modality(), title);
        }
    }

    @Test
    void nounObjectOfAVerbTriggerAddsNoEventAndStatementsGiveWayToSpecificEvents() {
        assertEquals(List.of(EventType.REJECT),
                headline("Maduro said he rejected the proposal").stream().map(DetectedEvent::type).toList());
        assertEquals(List.of(EventType.STATEMENT),
                headline("Machado said the vote count was complete").stream().map(DetectedEvent::type).toList());
    }

    @Test
    void agentsInByPhrasesAndPressureTowardsAnOutcome() {
        DetectedEvent eased = only(headline("Some easing of sanctions by the Biden administration angered Republicans"));
        assertEquals(EventType.SANCTIONS_EASED, eased.type());
        assertEquals("org:biden-administration", eased.actorId());
        DetectedEvent charged = only(headline("Maduro was charged by the Justice Department"));
        assertEquals("org:us-justice-department", charged.actorId());
        assertEquals("person:nicolas-maduro", charged.targetId());
        assertEquals(Modality.PROPOSAL, only(headline("Washington pressed Maduro to step down")).modality());
    }

    @Test
    void eventTypesOfTheSampleStory() {
        assertEquals(EventType.RESIGNATION_TRANSITION, only(headline("Maduro could step down before January")).type());
        assertEquals(EventType.ARREST_CRACKDOWN, only(headline("Security forces arrested hundreds of dissidents")).type());
        assertEquals(EventType.ELECTION_DISPUTE, only(headline("The opposition alleges fraud in the count")).type());
        assertEquals(EventType.NEGOTIATION, only(headline("Secret talks continued in Doha")).type());
        assertEquals(EventType.PROTEST, only(headline("Thousands of protesters filled the avenues")).type());
        assertEquals(EventType.VIOLENCE, only(headline("Clashes left two people wounded")).type());
        assertEquals(EventType.ACCEPT, only(headline("Ortega accepted the mediation plan")).type());
    }
}
