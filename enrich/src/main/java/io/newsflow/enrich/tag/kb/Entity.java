package io.newsflow.enrich.tag.kb;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One entry of the knowledge base.
 *
 * @param id         newsflow's own stable id, e.g. {@code person:nicolas-maduro}
 * @param wikidataId the Wikidata QID when verified, else null
 * @param aliases    other names that identify the entity on their own (the name always does)
 * @param shortForms names that identify it only once the name or an alias appeared earlier in the
 *                   same article, typically a surname shared by many people ("González")
 * @param standsFor  id of the entity this place stands for when the text makes it act ("Washington
 *                   said" is the U.S. government, "Brussels warned" the EU), else null
 */
public record Entity(String id, EntityType type, String name, String wikidataId, List<String> aliases,
                     List<String> shortForms, String standsFor) {

    public Entity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(name, "name");
        if (id.isBlank() || name.isBlank()) {
            throw new IllegalArgumentException("entity needs an id and a name: " + id);
        }
        wikidataId = blankToNull(wikidataId);
        standsFor = blankToNull(standsFor);
        aliases = List.copyOf(aliases);
        shortForms = List.copyOf(shortForms);
    }

    public static Entity of(String id, EntityType type, String name) {
        return new Entity(id, type, name, null, List.of(), List.of(), null);
    }

    /** The name and the aliases: every form that identifies the entity on its own. */
    public List<String> fullNames() {
        List<String> names = new ArrayList<>(aliases.size() + 1);
        names.add(name);
        names.addAll(aliases);
        return names;
    }

    /**
     * This entity with another row for the same id laid over it: the other row's non-empty fields win,
     * aliases and short forms are united.
     */
    public Entity overlaidWith(Entity other) {
        if (!other.id.equals(id)) {
            throw new IllegalArgumentException("cannot overlay " + other.id + " on " + id);
        }
        return new Entity(id, other.type, other.name,
                other.wikidataId != null ? other.wikidataId : wikidataId,
                union(aliases, other.aliases), union(shortForms, other.shortForms),
                other.standsFor != null ? other.standsFor : standsFor);
    }

    private static List<String> union(List<String> first, List<String> second) {
        Set<String> all = new LinkedHashSet<>(first);
        all.addAll(second);
        return List.copyOf(all);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
