package io.newsflow.schemas.yaml;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * A YAML file holding one top-level list of entries with unique ids, such as {@code subscriptions:} or
 * {@code entities:}. It checks what every such file shares — the list, a mapping per entry, a valid and
 * unique id, only known fields — and hands each entry to the format's own converter, which checks the
 * rest through {@link YamlEntry}. Every problem of the file is reported at once, one line each.
 */
public final class YamlListFile {
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    private final String listKey;
    private final String entryName;
    private final List<String> fields;
    private final Pattern idPattern;
    private final String idRule;

    /**
     * @param listKey   the top-level key, e.g. {@code subscriptions}
     * @param entryName what one entry is called in messages, e.g. {@code subscription}
     * @param fields    every field an entry may have, {@code id} included, in the order messages list them
     * @param idPattern what an id must look like
     * @param idRule    that pattern in words, for the message when an id does not match it
     */
    public YamlListFile(String listKey, String entryName, List<String> fields, Pattern idPattern, String idRule) {
        this.listKey = listKey;
        this.entryName = entryName;
        this.fields = List.copyOf(fields);
        this.idPattern = idPattern;
        this.idRule = idRule;
    }

    /** The file's entries, each converted; an IllegalArgumentException listing every problem if there are any. */
    public <T> List<T> read(Path file, Function<YamlEntry, T> convert) {
        return parse(file.toString(), content(file), convert);
    }

    /** The file's bytes, for a caller that needs them as well as the entries (to tell whether the file changed). */
    public byte[] content(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new IllegalArgumentException("cannot read " + listKey + " file " + file + ": no such file", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + listKey + " file " + file + " (" + e
                    + "); check the path and that it is readable", e);
        }
    }

    /** As {@link #read}, for content already read from {@code file}. */
    public <T> List<T> parse(String file, byte[] content, Function<YamlEntry, T> convert) {
        JsonNode root;
        try {
            root = YAML.readTree(content);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(file + " is not valid YAML: " + syntaxError(e)
                    + "; fix the syntax and try again", e);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read " + file + ": " + e.getMessage(), e);
        }
        FileProblems problems = new FileProblems(file);
        List<T> entries = new ArrayList<>();
        JsonNode list = topLevelList(root, problems);
        Map<String, Integer> positionOfId = new HashMap<>();
        for (int index = 0; index < list.size(); index++) {
            JsonNode node = list.get(index);
            int position = index + 1;
            if (!node.isObject()) {
                problems.add(entryName + " #" + position, "expected a mapping of fields (id: ..., ...), got "
                        + YamlEntry.kindOf(node) + " '" + node.asText() + "'");
                continue;
            }
            String id = id(node, position, problems);
            YamlEntry entry = new YamlEntry(node, id == null ? "" : id, id == null ? entryName + " #" + position
                    : entryName + " '" + id + "'", "", problems);
            if (id != null) {
                Integer earlier = positionOfId.putIfAbsent(id, position);
                if (earlier != null) {
                    entry.problem("id", "'" + id + "' is also the id of " + entryName + " #" + earlier + " (this is #"
                            + position + "); ids must be unique");
                }
            }
            entry.refuseFieldsOtherThan(fields);
            entries.add(convert.apply(entry));
        }
        problems.throwIfAny();
        return entries;
    }

    private JsonNode topLevelList(JsonNode root, FileProblems problems) {
        String expected = "expected a top-level '" + listKey + ":' list of " + entryName + " entries";
        if (root == null || root.isMissingNode() || root.isNull()) {
            problems.add("the file", expected + ", found an empty file");
        } else if (!root.isObject()) {
            problems.add("the file", expected + ", found " + YamlEntry.kindOf(root));
        } else {
            for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
                String name = names.next();
                if (!name.equals(listKey)) {
                    problems.add("the file", "unknown top-level field '" + name + "'; the file holds only '"
                            + listKey + ":'");
                }
            }
            JsonNode list = root.get(listKey);
            if (list == null) {
                problems.add("the file", expected + ", found none");
            } else if (list.isArray()) {
                return list;
            } else if (!list.isNull()) {
                problems.add(listKey, expected + ", found " + YamlEntry.kindOf(list));
            }
        }
        return YAML.createArrayNode();
    }

    private String id(JsonNode node, int position, FileProblems problems) {
        String where = entryName + " #" + position;
        JsonNode value = node.get("id");
        if (value == null || value.isNull() || (value.isValueNode() && value.asText().isBlank())) {
            problems.add(where, "id: missing; give every " + entryName + " a unique id (" + idRule + ")");
            return null;
        }
        if (!value.isValueNode()) {
            problems.add(where, "id: must be text, not " + YamlEntry.kindOf(value) + " (" + idRule + ")");
            return null;
        }
        String id = value.asText().strip();
        if (!idPattern.matcher(id).matches()) {
            problems.add(entryName + " '" + id + "'", "id: '" + id + "' is not a valid id; " + idRule);
        }
        return id;
    }

    /** What is wrong and where, on one line (SnakeYAML's own message spans several, with a caret drawing). */
    private static String syntaxError(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException yaml && yaml.getProblemMark() != null) {
            return yaml.getProblem() + " (line " + (yaml.getProblemMark().getLine() + 1) + ", column "
                    + (yaml.getProblemMark().getColumn() + 1) + ")";
        }
        return e.getOriginalMessage() + (e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr()
                + ", column " + e.getLocation().getColumnNr() + ")");
    }
}
