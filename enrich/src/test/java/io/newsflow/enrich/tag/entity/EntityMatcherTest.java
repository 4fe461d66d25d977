package io.newsflow.enrich.tag.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.kb.KnowledgeBase;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.util.List;
import org.junit.jupiter.api.Test;

class EntityMatcherTest {
    private static final KnowledgeBase KB = KnowledgeBaseFiles.bundled();
    private final EntityMatcher matcher = new EntityMatcher();
    private final Tokenizer tokenizer = new Tokenizer();

    private List<EntityMention> match(String text) {
        return matcher.match(tokenizer.tokenize(text), KB);
    }

    private List<String> ids(String text) {
        return match(text).stream().map(EntityMention::entityId).toList();
    }

    @Test
    void ignoresDiacriticsAndPossessives() {
        assertEquals(List.of("person:nicolas-maduro", "person:nicolas-maduro", "person:nicolas-maduro"),
                ids("Nicolas Maduro met aides. Nicolás Maduro spoke. Maduro's allies cheered."));
    }

    @Test
    void longestMatchWins() {
        assertEquals(List.of("org:biden-administration", "person:joe-biden"),
                ids("The Biden administration issued a statement before Biden spoke."));
    }

    @Test
    void shortAcronymsMatchOnlyInCapitals() {
        assertEquals(List.of("country:united-states", "org:european-union", "org:icc"),
                ids("The US and the EU asked the ICC to act, and he told us who would."));
    }

    @Test
    void washingtonActingIsTheGovernmentWashingtonAsLocationIsTheCity() {
        assertEquals(List.of("org:us-government", "place:caracas", "place:washington-d-c"),
                ids("Washington warned Caracas on Monday. Envoys arrived in Washington."));
    }

    @Test
    void capitalActingStandsForItsCountry() {
        assertEquals(List.of("country:venezuela"), ids("Caracas rejected the demand."));
    }

    @Test
    void surnameAloneCountsOnlyAfterTheFullName() {
        assertTrue(ids("González spoke first.").isEmpty());
        assertEquals(List.of("person:edmundo-gonzalez", "person:edmundo-gonzalez"),
                ids("Edmundo González won. Observers said González led."));
    }

    @Test
    void mentionsCarryOffsetsIntoTheText() {
        TokenizedText text = tokenizer.tokenize("Maduro offer", "The ICC and Maduro's aides");
        List<EntityMention> mentions = matcher.match(text, KB);
        EntityMention icc = mentions.stream().filter(m -> m.entityId().equals("org:icc")).findFirst().orElseThrow();
        assertEquals("ICC", text.text().substring(icc.start(), icc.end()));
        EntityMention lastMaduro = mentions.get(mentions.size() - 1);
        assertEquals("Maduro", text.text().substring(lastMaduro.start(), lastMaduro.end()));
        assertEquals(1, lastMaduro.sentenceIndex());
    }

    @Test
    void unknownCapitalisedNamesBecomeCandidates() {
        List<EntityMention> mentions = match("On Monday, Rosa Elena Paredes of the Banco Andino met Maduro.");
        List<String> candidates = mentions.stream().filter(EntityMention::isCandidate).map(EntityMention::entityId)
                .toList();
        assertEquals(List.of("candidate:rosa-elena-paredes", "candidate:banco-andino"), candidates);
    }

    @Test
    void candidatesKeepInitialsAndSkipBulletHeadings() {
        List<String> candidates = match("• Quiet Diplomacy: Officials including Daniel P. Erikson met envoys.").stream()
                .filter(EntityMention::isCandidate).map(EntityMention::name).toList();
        assertEquals(List.of("Daniel P. Erikson"), candidates);
        assertTrue(match("• U.S. Policy and Regional Outlook: Envoys met in Geneva.").stream()
                .noneMatch(EntityMention::isCandidate));
    }

    @Test
    void sentenceOpenersAndHeadlinesYieldNoCandidates() {
        assertTrue(match("The Opposition Leaders Gather").stream().noneMatch(EntityMention::isCandidate));
        assertTrue(match("Yesterday the talks ended.").stream().noneMatch(EntityMention::isCandidate));
    }
}
