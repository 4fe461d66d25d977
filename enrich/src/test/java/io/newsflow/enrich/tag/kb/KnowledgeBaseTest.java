package io.newsflow.enrich.tag.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class KnowledgeBaseTest {
    private static final KnowledgeBase BUNDLED = KnowledgeBaseFiles.bundled();

    @Test
    void bundledBaseCoversWorldNewsAndTheSampleStory() {
        assertTrue(BUNDLED.size() >= 700, "size " + BUNDLED.size());
        assertEquals(BUNDLED.size(), BUNDLED.entities().size());
        for (String id : List.of("person:nicolas-maduro", "person:edmundo-gonzalez", "person:maria-corina-machado",
                "country:united-states", "org:biden-administration", "org:us-justice-department",
                "org:us-national-security-council", "country:venezuela", "org:icc", "country:qatar", "place:doha",
                "country:brazil", "country:mexico", "country:colombia", "country:nicaragua", "person:daniel-ortega",
                "country:russia", "country:china", "country:iran")) {
            assertTrue(BUNDLED.find(id).isPresent(), id);
        }
    }

    @Test
    void curatedRowsOverlayGeneratedOnes() {
        Entity unitedStates = BUNDLED.find("country:united-states").orElseThrow();
        assertEquals("Q30", unitedStates.wikidataId());
        assertTrue(unitedStates.aliases().containsAll(List.of("USA", "U.S.")));
        assertEquals("org:us-government", BUNDLED.find("place:washington-d-c").orElseThrow().standsFor());
    }

    @Test
    void unverifiedQidsStayEmpty() {
        assertNull(BUNDLED.find("person:edmundo-gonzalez").orElseThrow().wikidataId());
        assertEquals("Q47488", BUNDLED.find("org:icc").orElseThrow().wikidataId());
    }

    @Test
    void withAddsOrReplacesAndWithoutRemovesWithoutTouchingTheOriginal() {
        KnowledgeBase base = KnowledgeBase.of(List.of(Entity.of("org:acme", EntityType.ORGANIZATION, "Acme")));
        KnowledgeBase renamed = base.with(Entity.of("org:acme", EntityType.ORGANIZATION, "Acme Corporation"));
        assertEquals("Acme", base.find("org:acme").orElseThrow().name());
        assertEquals("Acme Corporation", renamed.find("org:acme").orElseThrow().name());
        assertFalse(renamed.without("org:acme").find("org:acme").isPresent());
        assertSame(base, base.without("org:unknown"));
    }

    @Test
    void liveBaseSwapsSnapshots() {
        LiveKnowledgeBase live = new LiveKnowledgeBase(KnowledgeBase.of(List.of()));
        KnowledgeBase before = live.get();
        live.put(Entity.of("person:ana-lima", EntityType.PERSON, "Ana Lima"));
        assertTrue(live.get().find("person:ana-lima").isPresent());
        assertFalse(before.find("person:ana-lima").isPresent());
        live.remove("person:ana-lima");
        assertEquals(0, live.get().size());
    }

    @Test
    void removingARuntimeChangeOfABaseEntityBringsTheBaseEntityBack() {
        Entity acme = Entity.of("org:acme", EntityType.ORGANIZATION, "Acme");
        LiveKnowledgeBase live = new LiveKnowledgeBase(KnowledgeBase.of(List.of(acme)));
        live.put(Entity.of("org:acme", EntityType.ORGANIZATION, "Acme Corporation"));

        live.remove("org:acme");

        assertEquals(acme, live.get().find("org:acme").orElseThrow(), "as after a restart");
    }

    @Test
    void parsesShortFormsAndStandsFor() {
        Entity entity = KnowledgeBaseFiles.parse("place:x\tPLACE\tXville\t\tX City|~Xv\tcountry:x");
        assertEquals(List.of("X City"), entity.aliases());
        assertEquals(List.of("Xv"), entity.shortForms());
        assertEquals("country:x", entity.standsFor());
        assertNull(entity.wikidataId());
    }
}
