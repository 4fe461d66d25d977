package io.newsflow.deploy.cli;

import io.newsflow.schemas.avro.KnowledgeEntity;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/** Runtime entities as a table for people: one row each, columns as wide as their longest value. */
final class EntityListing {
    private static final List<String> HEADINGS = List.of("ID", "TYPE", "NAME", "WIKIDATA", "ALIASES");
    private static final String NONE = "-";

    private EntityListing() {
    }

    /** The table with a heading row, or nothing when there are no entities. */
    static String format(Collection<KnowledgeEntity> entities) {
        if (entities.isEmpty()) {
            return "";
        }
        List<List<String>> rows = new ArrayList<>();
        rows.add(HEADINGS);
        entities.forEach(entity -> rows.add(List.of(entity.getId(), entity.getType(), entity.getName(),
                entity.getWikidataId() == null ? NONE : entity.getWikidataId(), names(entity))));
        int[] widths = new int[HEADINGS.size()];
        rows.forEach(row -> {
            for (int column = 0; column < widths.length; column++) {
                widths[column] = Math.max(widths[column], row.get(column).length());
            }
        });
        StringBuilder table = new StringBuilder();
        for (List<String> row : rows) {
            for (int column = 0; column < widths.length - 1; column++) {
                table.append(row.get(column)).append(" ".repeat(widths[column] - row.get(column).length() + 2));
            }
            table.append(row.get(widths.length - 1)).append('\n');
        }
        return table.toString();
    }

    /** Aliases, then short forms marked as such, since they only count after a full name. */
    private static String names(KnowledgeEntity entity) {
        List<String> names = new ArrayList<>(entity.getAliases());
        entity.getShortForms().forEach(shortForm -> names.add(shortForm + " (short form)"));
        String standsFor = entity.getStandsFor() == null ? "" : "; stands for " + entity.getStandsFor();
        return (names.isEmpty() ? NONE : String.join(", ", names)) + standsFor;
    }
}
