package io.newsflow.enrich.tag.kb;

import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.yaml.YamlEntry;
import io.newsflow.schemas.yaml.YamlListFile;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads knowledge-base entities to add or change at runtime from YAML:
 * <pre>
 * entities:
 *   - id: person:delcy-rodriguez
 *     type: PERSON
 *     name: Delcy Rodríguez
 *     wikidataId: Q...            # only when verified
 *     aliases: [Delcy Rodriguez]
 *     shortForms: [Rodríguez]     # count only after the name or an alias appeared
 *     standsFor: null             # for places that act for another entity ("Washington said")
 * </pre>
 * Every value is checked before anything is published, because enrich skips an entity it cannot use
 * with no more than a log line; all mistakes of a file are reported at once, each with the file, the
 * entity, the field and what is allowed.
 */
public final class EntityFile {
    private static final String ID_RULE = "use a lowercase kind, ':' and a name of a-z, 0-9 and '-', "
            + "such as person:nicolas-maduro";
    private static final Pattern ID = Pattern.compile("[a-z]+:[a-z0-9-]+");
    private static final Pattern WIKIDATA_ID = Pattern.compile("Q[1-9][0-9]*");
    private static final YamlListFile FORMAT = new YamlListFile("entities", "entity",
            List.of("id", "type", "name", "wikidataId", "aliases", "shortForms", "standsFor"), ID, ID_RULE);
    /** UNKNOWN marks what the tagger found outside the base; it is no type to give an entity. */
    private static final List<String> TYPES = Arrays.stream(EntityType.values())
            .filter(type -> type != EntityType.UNKNOWN).map(Enum::name).toList();

    private EntityFile() {
    }

    public static List<KnowledgeEntity> read(Path file) {
        return FORMAT.read(file, EntityFile::entity);
    }

    private static KnowledgeEntity entity(YamlEntry entry) {
        if (!entry.has("type")) {
            entry.problem("type", "missing; give one of " + String.join(", ", TYPES));
        }
        return KnowledgeEntity.newBuilder()
                .setId(entry.id())
                .setType(entry.choice("type", TYPES, "entity type").orElse(""))
                .setName(entry.requiredText("name", "the entity's usual name, such as Nicolás Maduro")
                        .filter(name -> matchable(entry, "name", name)).orElse(""))
                .setWikidataId(wikidataId(entry).orElse(null))
                .setAliases(names(entry, "aliases"))
                .setShortForms(names(entry, "shortForms"))
                .setStandsFor(standsFor(entry).orElse(null))
                .build();
    }

    private static List<String> names(YamlEntry entry, String field) {
        return entry.texts(field).stream().filter(name -> matchable(entry, field, name)).toList();
    }

    /** A name without a letter or digit has no words, so the tagger could never find it in a text. */
    private static boolean matchable(YamlEntry entry, String field, String name) {
        if (name.codePoints().noneMatch(Character::isLetterOrDigit)) {
            entry.problem(field, "'" + name + "' has no letter or digit, so no text could ever match it; "
                    + "give a name as it is written in the news");
            return false;
        }
        return true;
    }

    private static Optional<String> wikidataId(YamlEntry entry) {
        Optional<String> id = entry.text("wikidataId");
        if (id.isPresent() && !WIKIDATA_ID.matcher(id.get()).matches()) {
            entry.problem("wikidataId", "'" + id.get() + "' is not a Wikidata item id; give one such as Q717 "
                    + "(Venezuela), or leave it out when it is not verified");
            return Optional.empty();
        }
        return id;
    }

    private static Optional<String> standsFor(YamlEntry entry) {
        Optional<String> id = entry.text("standsFor");
        if (id.isPresent() && !ID.matcher(id.get()).matches()) {
            entry.problem("standsFor", "'" + id.get() + "' is not an entity id; " + ID_RULE);
            return Optional.empty();
        }
        if (id.isPresent() && id.get().equals(entry.id())) {
            entry.problem("standsFor", "an entity cannot stand for itself; give the id of the entity this place "
                    + "acts for (place:washington-d-c stands for org:us-government), or leave it out");
            return Optional.empty();
        }
        return id;
    }
}
