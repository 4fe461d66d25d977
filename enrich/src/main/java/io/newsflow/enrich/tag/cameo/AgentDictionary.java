package io.newsflow.enrich.tag.cameo;

import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's agents (Phoenix.agents.txt): role words and phrases ("president", "opposition leader",
 * "police") with the role code they add to a country ([~GOV] gives VENGOV after "Venezuela's"). Regular
 * plurals are generated unless the entry ends with '_' or lists its plurals in {...} ({} for none);
 * !NAME! substitution sets expand to each of their words. A code may close with '}' as well as ']'
 * (the format's own documentation writes "[~LEG}"). Immutable.
 */
public final class AgentDictionary {
    private static final Pattern ENTRY = Pattern.compile("^([^\\[{]+?)\\s*(\\{[^}]*\\})?\\s*\\[([^\\]}]*)[\\]}].*");
    private static final Pattern SUBSTITUTION = Pattern.compile("^(![A-Z]+!)\\s*=\\s*(.+)$");

    private final PhraseIndex<String> roles;

    private AgentDictionary(PhraseIndex<String> roles) {
        this.roles = roles;
    }

    /** Role phrases to role codes ("GOV", "OPP", "MIL" ...). */
    public PhraseIndex<String> roles() {
        return roles;
    }

    public static AgentDictionary read(List<DictionaryLines> files) {
        Tokenizer tokenizer = new Tokenizer();
        PhraseIndex.Builder<String> builder = PhraseIndex.builder();
        for (DictionaryLines file : files) {
            Map<String, List<String>> substitutions = new HashMap<>();
            for (int i = 0; i < file.lines().size(); i++) {
                String line = DictionaryLines.withoutComment(file.lines().get(i), false).strip();
                if (line.isEmpty() || line.startsWith("<!--")) {
                    continue;
                }
                Matcher substitution = SUBSTITUTION.matcher(line);
                if (substitution.matches()) {
                    List<String> words = new ArrayList<>();
                    for (String word : substitution.group(2).split(",")) {
                        words.add(word.strip());
                    }
                    substitutions.put(substitution.group(1), words);
                    continue;
                }
                if (line.indexOf('[') < 0 && line.indexOf('{') < 0 && !line.contains(" ")) {
                    // An entry without a code (one in Phoenix.agents.txt) codes nothing, as in PETRARCH2.
                    continue;
                }
                Matcher entry = ENTRY.matcher(line);
                if (!entry.matches()) {
                    throw file.error(i, "an agent reads PHRASE {plurals} [~CODE]");
                }
                String code = entry.group(3).replace("~", "").strip();
                if (code.isEmpty()) {
                    throw file.error(i, "an agent needs a role code");
                }
                for (String phrase : expand(file, i, entry.group(1).strip(), substitutions)) {
                    boolean exact = phrase.endsWith("_") || entry.group(2) != null;
                    String base = phrase.endsWith("_") ? phrase.substring(0, phrase.length() - 1) : phrase;
                    add(builder, tokenizer, base, code);
                    if (!exact) {
                        add(builder, tokenizer, WordForms.plural(base.toLowerCase()), code);
                    }
                }
                if (entry.group(2) != null) {
                    String plurals = entry.group(2).substring(1, entry.group(2).length() - 1).strip();
                    for (String plural : plurals.isEmpty() ? new String[0] : plurals.split("\\s+")) {
                        add(builder, tokenizer, plural, code);
                    }
                }
            }
        }
        return new AgentDictionary(builder.build());
    }

    private static List<String> expand(DictionaryLines file, int index, String phrase,
                                       Map<String, List<String>> substitutions) {
        int open = phrase.indexOf('!');
        if (open < 0) {
            return List.of(phrase);
        }
        int close = phrase.indexOf('!', open + 1);
        if (close < 0) {
            throw file.error(index, "unclosed !NAME! substitution");
        }
        List<String> words = substitutions.get(phrase.substring(open, close + 1));
        if (words == null) {
            throw file.error(index, "substitution set " + phrase.substring(open, close + 1) + " is not defined above");
        }
        List<String> expanded = new ArrayList<>();
        for (String word : words) {
            expanded.addAll(expand(file, index, phrase.substring(0, open) + word + phrase.substring(close + 1) + "_",
                    substitutions));
        }
        return expanded;
    }

    private static void add(PhraseIndex.Builder<String> builder, Tokenizer tokenizer, String phrase, String code) {
        List<String> tokens = tokenizer.tokenize(phrase.replace('_', ' ')).tokens().stream().map(Token::folded)
                .toList();
        if (!tokens.isEmpty()) {
            builder.add(tokens, code);
        }
    }
}
