package io.newsflow.schemas.yaml;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;

/**
 * The fields of one entry of a {@link YamlListFile}, read by type. A value of the wrong type or outside
 * what is allowed is recorded as a problem naming the entry, the field and what is allowed, and reads
 * as absent, so the converter carries on and the file's other problems are found too.
 */
public final class YamlEntry {
    private final JsonNode node;
    private final String id;
    private final String label;
    private final String fieldPrefix;
    private final FileProblems problems;

    YamlEntry(JsonNode node, String id, String label, String fieldPrefix, FileProblems problems) {
        this.node = node;
        this.id = id;
        this.label = label;
        this.fieldPrefix = fieldPrefix;
        this.problems = problems;
    }

    /** The entry's id; empty when it has none (that is already reported). */
    public String id() {
        return id;
    }

    /** Records a problem with a field of this entry; {@code reason} says what is wrong and what is allowed. */
    public void problem(String field, String reason) {
        problems.add(label, fieldPrefix + field + ": " + reason);
    }

    public boolean has(String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }

    /** A text field; empty when absent or blank. YAML scalars such as {@code 1984} count as text. */
    public Optional<String> text(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isValueNode()) {
            problem(field, "must be text, not " + kindOf(value));
            return Optional.empty();
        }
        String text = value.asText().strip();
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    /** A text field that must be there; {@code what} says what to give when it is missing. */
    public Optional<String> requiredText(String field, String what) {
        if (!has(field)) {
            problem(field, "missing; give " + what);
            return Optional.empty();
        }
        Optional<String> text = text(field);
        if (text.isEmpty() && node.get(field).isValueNode()) {
            problem(field, "is empty; give " + what);
        }
        return text;
    }

    /** A list of texts; a single text counts as a list of one, absent as an empty list. */
    public List<String> texts(String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (value.isValueNode()) {
            return text(field).map(List::of).orElseGet(List::of);
        }
        if (!value.isArray()) {
            problem(field, "must be a list such as [a, b], not " + kindOf(value));
            return List.of();
        }
        List<String> items = new ArrayList<>();
        for (int index = 0; index < value.size(); index++) {
            JsonNode item = value.get(index);
            String position = "item " + (index + 1);
            if (!item.isValueNode()) {
                problem(field, position + " is " + kindOf(item) + "; each item must be text");
            } else if (item.isNull() || item.asText().isBlank()) {
                problem(field, position + " is empty; remove it or give text");
            } else {
                items.add(item.asText().strip());
            }
        }
        return items;
    }

    /**
     * One of a fixed set of values, in any case; the value as {@code allowed} spells it.
     *
     * @param what what such a value is called, e.g. "event type"
     */
    public Optional<String> choice(String field, List<String> allowed, String what) {
        return text(field).flatMap(value -> allowedOrProblem(field, value, allowed, what));
    }

    /** A list of values each of which must be one of {@code allowed}, in any case. */
    public List<String> choices(String field, List<String> allowed, String what) {
        List<String> chosen = new ArrayList<>();
        for (String value : texts(field)) {
            allowedOrProblem(field, value, allowed, what).ifPresent(chosen::add);
        }
        return chosen;
    }

    /** A whole number no smaller than {@code min}; empty when absent. */
    public OptionalInt wholeNumber(String field, int min) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalInt.empty();
        }
        String rule = "give a whole number ≥ " + min;
        if (!value.isValueNode()) {
            problem(field, "must be a whole number, not " + kindOf(value) + "; " + rule);
            return OptionalInt.empty();
        }
        String written = value.asText().strip();
        long number;
        if (value.isIntegralNumber()) {
            if (!value.canConvertToLong()) {
                problem(field, written + " is too large; " + rule + " and at most " + Integer.MAX_VALUE);
                return OptionalInt.empty();
            }
            number = value.asLong();
        } else if (value.isNumber()) {
            problem(field, written + " is not a whole number; " + rule);
            return OptionalInt.empty();
        } else {
            try {
                number = Long.parseLong(written);
            } catch (NumberFormatException e) {
                problem(field, "'" + written + "' is not a number; " + rule);
                return OptionalInt.empty();
            }
        }
        if (number < min) {
            problem(field, written + " is too small; " + rule);
            return OptionalInt.empty();
        }
        if (number > Integer.MAX_VALUE) {
            problem(field, written + " is too large; " + rule + " and at most " + Integer.MAX_VALUE);
            return OptionalInt.empty();
        }
        return OptionalInt.of((int) number);
    }

    /** A number in [min, max]; {@code rule} says in words what is allowed. Empty when absent. */
    public OptionalDouble number(String field, double min, double max, String rule) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return OptionalDouble.empty();
        }
        if (!value.isValueNode()) {
            problem(field, "must be a number, not " + kindOf(value) + "; give " + rule);
            return OptionalDouble.empty();
        }
        String written = value.asText().strip();
        double number;
        if (value.isNumber()) {
            number = value.asDouble();
        } else {
            try {
                number = Double.parseDouble(written);
            } catch (NumberFormatException e) {
                problem(field, "'" + written + "' is not a number; give " + rule);
                return OptionalDouble.empty();
            }
        }
        if (!(number >= min && number <= max)) {
            problem(field, written + " is not allowed; give " + rule);
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(number);
    }

    /** A nested mapping such as {@code throttle: {maxAlerts: 10, window: 1h}}, with only {@code fields} in it. */
    public Optional<YamlEntry> section(String field, List<String> fields) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        if (!value.isObject()) {
            problem(field, "must be a mapping of " + String.join(", ", fields) + " (such as {" + fields.get(0)
                    + ": ...}), not " + kindOf(value));
            return Optional.empty();
        }
        YamlEntry section = new YamlEntry(value, id, label, fieldPrefix + field + ".", problems);
        section.refuseFieldsOtherThan(fields);
        return Optional.of(section);
    }

    void refuseFieldsOtherThan(List<String> known) {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                problems.add(label, "unknown field '" + fieldPrefix + name + "'; known fields: "
                        + String.join(", ", known));
            }
        }
    }

    private Optional<String> allowedOrProblem(String field, String value, List<String> allowed, String what) {
        Optional<String> canonical = allowed.stream().filter(value::equalsIgnoreCase).findFirst();
        if (canonical.isPresent()) {
            return canonical;
        }
        problem(field, "'" + value + "' is not " + article(what) + " " + what + "; allowed: "
                + String.join(", ", allowed));
        return Optional.empty();
    }

    private static String article(String noun) {
        return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "an" : "a";
    }

    /** How a YAML value is called in messages: "a list", "a mapping", "text", ... */
    static String kindOf(JsonNode value) {
        if (value.isArray()) {
            return "a list";
        }
        if (value.isObject()) {
            return "a mapping";
        }
        if (value.isNumber()) {
            return "a number";
        }
        if (value.isBoolean()) {
            return "true/false";
        }
        if (value.isNull()) {
            return "nothing";
        }
        return "text";
    }
}
