package io.newsflow.enrich.tag.kb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.stream.KnowledgeFeed;
import io.newsflow.schemas.avro.KnowledgeEntity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class EntityFileTest {
    private static final String ID_RULE = "use a lowercase kind, ':' and a name of a-z, 0-9 and '-', "
            + "such as person:nicolas-maduro";

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        Path file = dir.resolve("entities.yaml");
        Files.writeString(file, yaml);
        return file;
    }

    @Test
    void readsEveryFieldIntoEntitiesTheKnowledgeBaseTakes() throws Exception {
        List<KnowledgeEntity> entities = EntityFile.read(write("""
                entities:
                  - id: org:andean-water-authority
                    type: organization
                    name: Andean Water Authority
                    aliases: [AWA, Autoridad Andina del Agua]
                  - id: person:nicolas-maduro
                    type: PERSON
                    name: Nicolás Maduro
                    wikidataId: Q58132
                    shortForms: Maduro
                  - id: place:puerto-sereno
                    type: PLACE
                    name: Puerto Sereno
                    standsFor: org:andean-water-authority
                """));

        KnowledgeEntity authority = entities.get(0);
        assertEquals("ORGANIZATION", authority.getType());
        assertEquals(List.of("AWA", "Autoridad Andina del Agua"), authority.getAliases());
        assertNull(authority.getWikidataId());
        Entity maduro = KnowledgeFeed.toEntity(entities.get(1));
        assertEquals(EntityType.PERSON, maduro.type());
        assertEquals("Q58132", maduro.wikidataId());
        assertEquals(List.of("Maduro"), maduro.shortForms(), "a single short form needs no brackets");
        assertEquals("org:andean-water-authority", entities.get(2).getStandsFor());
    }

    static Stream<Arguments> mistakes() {
        return Stream.of(
                mistake("no type", "name: Andean Water Authority",
                        "entity 'org:awa': type: missing; give one of PERSON, ORGANIZATION, PLACE, GROUP"),
                mistake("unknown type", "type: PLANET\n    name: Mars",
                        "entity 'org:awa': type: 'PLANET' is not an entity type; allowed: PERSON, ORGANIZATION, "
                                + "PLACE, GROUP"),
                mistake("the tagger's own type", "type: UNKNOWN\n    name: Mars",
                        "type: 'UNKNOWN' is not an entity type; allowed: PERSON, ORGANIZATION, PLACE, GROUP"),
                mistake("no name", "type: ORGANIZATION",
                        "entity 'org:awa': name: missing; give the entity's usual name, such as Nicolás Maduro"),
                mistake("empty name", "type: ORGANIZATION\n    name: \"\"",
                        "entity 'org:awa': name: is empty; give the entity's usual name"),
                mistake("name without letters", "type: ORGANIZATION\n    name: \"---\"",
                        "entity 'org:awa': name: '---' has no letter or digit, so no text could ever match it"),
                mistake("name as a list", "type: ORGANIZATION\n    name: [A, B]",
                        "entity 'org:awa': name: must be text, not a list"),
                mistake("wikidata id without Q", "type: ORGANIZATION\n    name: AWA\n    wikidataId: 717",
                        "entity 'org:awa': wikidataId: '717' is not a Wikidata item id; give one such as Q717 "
                                + "(Venezuela), or leave it out when it is not verified"),
                mistake("wikidata URL", "type: ORGANIZATION\n    name: AWA\n    wikidataId: "
                        + "https://www.wikidata.org/wiki/Q717", "wikidataId: 'https://www.wikidata.org/wiki/Q717' "
                        + "is not a Wikidata item id"),
                mistake("alias without letters",
                        "type: ORGANIZATION\n    name: AWA\n    aliases: [Water Authority, \"***\"]",
                        "entity 'org:awa': aliases: '***' has no letter or digit"),
                mistake("alias that is a list", "type: ORGANIZATION\n    name: AWA\n    aliases: [[Water, Authority]]",
                        "entity 'org:awa': aliases: item 1 is a list; each item must be text"),
                mistake("short forms as a mapping", "type: PERSON\n    name: Ana Lima\n    shortForms: {surname: Lima}",
                        "entity 'org:awa': shortForms: must be a list such as [a, b], not a mapping"),
                mistake("stands for a name", "type: PLACE\n    name: Awa Town\n    standsFor: Andean Water Authority",
                        "entity 'org:awa': standsFor: 'Andean Water Authority' is not an entity id; " + ID_RULE),
                mistake("stands for itself", "type: PLACE\n    name: Awa Town\n    standsFor: org:awa",
                        "entity 'org:awa': standsFor: an entity cannot stand for itself"),
                mistake("misspelt field", "type: ORGANIZATION\n    name: AWA\n    alias: [Water Authority]",
                        "entity 'org:awa': unknown field 'alias'; known fields: id, type, name, wikidataId, "
                                + "aliases, shortForms, standsFor"),
                file("id not in newsflow's form", "entities:\n  - id: Person:Lucía Ferrante\n    type: PERSON\n"
                        + "    name: Lucía Ferrante\n",
                        "entity 'Person:Lucía Ferrante': id: 'Person:Lucía Ferrante' is not a valid id; " + ID_RULE),
                file("missing id", "entities:\n  - type: PERSON\n    name: Ana Lima\n",
                        "entity #1: id: missing; give every entity a unique id (" + ID_RULE + ")"),
                file("duplicate id", "entities:\n  - {id: org:awa, type: GROUP, name: A}\n"
                        + "  - {id: org:awa, type: GROUP, name: B}\n",
                        "entity 'org:awa': id: 'org:awa' is also the id of entity #1 (this is #2); ids must be unique"),
                file("no entities list", "subscriptions: []\n",
                        "the file: unknown top-level field 'subscriptions'; the file holds only 'entities:'",
                        "the file: expected a top-level 'entities:' list of entity entries, found none"));
    }

    private static Arguments mistake(String name, String fields, String... expected) {
        return file(name, "entities:\n  - id: org:awa\n    " + fields + "\n", expected);
    }

    private static Arguments file(String name, String yaml, String... expected) {
        return Arguments.of(name, yaml, List.of(expected));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("mistakes")
    void aMistakeIsRefusedNamingTheFileTheEntityTheFieldAndWhatIsAllowed(String name, String yaml,
                                                                          List<String> expected) throws Exception {
        Path file = write(yaml);

        String message = assertThrows(IllegalArgumentException.class, () -> EntityFile.read(file)).getMessage();

        assertTrue(message.startsWith(file.toString()), message);
        for (String part : expected) {
            assertTrue(message.contains(part), "expected «" + part + "» in:\n" + message);
        }
    }

    @Test
    void everyProblemOfAFileIsReportedAtOnceOneLineEach() throws Exception {
        Path file = write("""
                entities:
                  - id: org:awa
                    type: PLANET
                    name: Andean Water Authority
                    wikidataId: 717
                  - id: person:ana-lima
                    type: PERSON
                """);

        List<String> lines = assertThrows(IllegalArgumentException.class, () -> EntityFile.read(file)).getMessage()
                .lines().toList();

        assertEquals(List.of(file + ": 3 problems; fix them and try again:",
                "  " + file + ": entity 'org:awa': type: 'PLANET' is not an entity type; allowed: PERSON, "
                        + "ORGANIZATION, PLACE, GROUP",
                "  " + file + ": entity 'org:awa': wikidataId: '717' is not a Wikidata item id; give one such as "
                        + "Q717 (Venezuela), or leave it out when it is not verified",
                "  " + file + ": entity 'person:ana-lima': name: missing; give the entity's usual name, such as "
                        + "Nicolás Maduro"), lines);
    }
}
