package io.newsflow.enrich.tag.cameo;

import io.newsflow.enrich.tag.phrase.PhraseIndex;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PETRARCH2's CAMEO verb dictionary (synsets, verb synonym blocks with their forms, verb + object
 * patterns with CAMEO event codes), read from its own file format. Verb forms are indexed as phrases so
 * a sentence is scanned once; each form leads to its block's patterns, indexed by object word.
 * Patterns with words before the verb (subject constraints) need a parse and are left out, as are
 * patterns naming a synset the files do not define (PETRARCH ignores those too). {@link #patternCount()}
 * counts every pattern read, kept or not. Immutable.
 */
public final class VerbDictionary {
    private static final Pattern BLOCK_HEADER = Pattern.compile("^---\\s+(\\S+)\\s+\\[([^\\]]*)\\]\\s*---.*");
    private static final Pattern CODE = Pattern.compile("\\[([^\\]]*)\\]");

    private final PhraseIndex<VerbSense> verbs;
    private final Set<String> patternWords;
    private final int patternCount;

    private VerbDictionary(PhraseIndex<VerbSense> verbs, Set<String> patternWords, int patternCount) {
        this.verbs = verbs;
        this.patternWords = Set.copyOf(patternWords);
        this.patternCount = patternCount;
    }

    /** Verb forms, as phrases of folded tokens. */
    public PhraseIndex<VerbSense> verbs() {
        return verbs;
    }

    /** The folded words a pattern's object phrase starts with: the only ones a window is looked up by. */
    public Set<String> patternWords() {
        return patternWords;
    }

    public int patternCount() {
        return patternCount;
    }

    /** Reads the files in order: synsets defined in one are usable in the later ones. */
    public static VerbDictionary read(List<DictionaryLines> files) {
        return read(files, code -> true);
    }

    /**
     * Keeps only the patterns and verb codes {@code kept} accepts, and only the verb forms left with
     * either: a verb that can code nothing the caller reports costs a sentence scan nothing.
     */
    public static VerbDictionary read(List<DictionaryLines> files, Predicate<String> kept) {
        Reader reader = new Reader(kept);
        for (DictionaryLines file : files) {
            reader.read(file);
        }
        return reader.build();
    }

    private static final class Reader {
        private final Predicate<String> kept;
        private final Tokenizer tokenizer = new Tokenizer();
        private final Map<String, List<String>> folded = new HashMap<>();
        private final Map<String, List<List<String>>> synsets = new HashMap<>();
        /** A form listed in several blocks ("put", "place") gets one sense holding all their patterns. */
        private final Map<List<String>, List<VerbSense>> sensesByForm = new LinkedHashMap<>();
        private final Set<String> patternWords = new HashSet<>();
        private int order;
        private int patternCount;

        Reader(Predicate<String> kept) {
            this.kept = kept;
        }

        void read(DictionaryLines file) {
            List<String> lines = file.lines();
            int i = 0;
            while (i < lines.size()) {
                String line = DictionaryLines.withoutComment(lines.get(i), false).strip();
                if (line.startsWith("&")) {
                    i = readSynset(file, i, line);
                } else if (line.startsWith("---")) {
                    i = readBlock(file, i);
                } else if (line.isEmpty() || line.startsWith("~")) {
                    i++;
                } else {
                    throw file.error(i, "expected a synset (&NAME), a verb block (--- NAME [code] ---) or a comment");
                }
            }
        }

        private int readSynset(DictionaryLines file, int start, String header) {
            String name = header.split("\\s+")[0];
            boolean noPlurals = name.endsWith("_");
            List<List<String>> members = new ArrayList<>();
            int i = start + 1;
            for (; i < file.lines().size(); i++) {
                String line = DictionaryLines.withoutComment(file.lines().get(i), false).strip();
                if (line.isEmpty() && !members.isEmpty()) {
                    break;
                }
                if (line.isEmpty()) {
                    continue;
                }
                if (!line.startsWith("+")) {
                    break;
                }
                String phrase = line.substring(1).strip();
                boolean exact = noPlurals || phrase.endsWith("_");
                members.addAll(phraseForms(file, i, phrase, !exact));
            }
            if (members.isEmpty()) {
                throw file.error(start, "synset " + name + " has no members (+WORD lines)");
            }
            synsets.put(stripUnderscore(name), members);
            return i;
        }

        private int readBlock(DictionaryLines file, int start) {
            Matcher header = BLOCK_HEADER.matcher(DictionaryLines.withoutComment(file.lines().get(start), false).strip());
            if (!header.matches()) {
                throw file.error(start, "a verb block header reads --- NAME [code] ---");
            }
            String blockName = header.group(1);
            String blockCode = code(header.group(2));
            List<String[]> verbLines = new ArrayList<>();
            List<Integer> verbLineNumbers = new ArrayList<>();
            Map<String, List<VerbPattern>> patterns = new HashMap<>();
            int i = start + 1;
            for (; i < file.lines().size(); i++) {
                String line = DictionaryLines.withoutComment(file.lines().get(i), false).strip();
                if (line.startsWith("---") || line.startsWith("&")) {
                    break;
                }
                if (line.isEmpty() || line.startsWith("~")) {
                    continue;
                }
                if (line.startsWith("-")) {
                    VerbPattern pattern = pattern(file, i, line.substring(1).strip());
                    if (pattern != null) {
                        for (List<String> first : pattern.slots().get(0)) {
                            patterns.computeIfAbsent(first.get(0), k -> new ArrayList<>()).add(pattern);
                        }
                    }
                } else {
                    verbLines.add(new String[] {line});
                    verbLineNumbers.add(i);
                }
            }
            for (int v = 0; v < verbLines.size(); v++) {
                addVerb(file, verbLineNumbers.get(v), verbLines.get(v)[0], blockName, blockCode, patterns);
            }
            return i;
        }

        private void addVerb(DictionaryLines file, int index, String line, String block, String blockCode,
                             Map<String, List<VerbPattern>> patterns) {
            String ownCode = blockCode;
            Matcher code = CODE.matcher(line);
            if (code.find()) {
                ownCode = code(code.group(1));
                line = line.substring(0, code.start()) + line.substring(code.end());
            }
            if (ownCode != null && !kept.test(ownCode)) {
                ownCode = null;
            }
            List<String> forms = new ArrayList<>();
            int brace = line.indexOf('{');
            String primary;
            if (brace >= 0) {
                int close = line.indexOf('}', brace);
                if (close < 0) {
                    throw file.error(index, "unclosed { in the verb's forms");
                }
                primary = line.substring(0, brace).strip();
                forms.add(primary.replace("+", ""));
                // Forms are listed with spaces between them, and in a few entries with " , " as well
                // ("{+WAS_DETERMINED , +BE_DETERMINED}"): a comma is no verb form.
                for (String form : line.substring(brace + 1, close).strip().split("[\\s,]+")) {
                    if (!form.isEmpty()) {
                        forms.add(form.replace("+", ""));
                    }
                }
            } else {
                primary = line.strip();
                if (primary.isEmpty() || primary.contains(" ")) {
                    throw file.error(index, "a verb line holds one verb (words joined by _), its {forms} and [code]");
                }
                forms.addAll(regularForms(primary));
            }
            if (ownCode == null && patterns.isEmpty()) {
                return;
            }
            VerbSense sense = new VerbSense(block, ownCode, patterns);
            for (String form : new LinkedHashSet<>(forms)) {
                List<String> tokens = fold(form.replace('_', ' '));
                if (!tokens.isEmpty()) {
                    sensesByForm.computeIfAbsent(tokens, k -> new ArrayList<>()).add(sense);
                }
            }
        }

        /** Regular forms of the word marked '+' (or the only word), the other words kept. */
        private static List<String> regularForms(String primary) {
            String[] words = primary.split("_");
            int verb = 0;
            for (int w = 0; w < words.length; w++) {
                if (words[w].startsWith("+")) {
                    verb = w;
                }
            }
            List<String> forms = new ArrayList<>();
            for (String form : WordForms.verbForms(words[verb].replace("+", "").toLowerCase())) {
                String[] copy = words.clone();
                copy[verb] = form;
                forms.add(String.join("_", copy).replace("+", ""));
            }
            return forms;
        }

        /** Null when the pattern needs what a window cannot check (words before the verb) or an unknown synset. */
        private VerbPattern pattern(DictionaryLines file, int index, String text) {
            Matcher code = CODE.matcher(text);
            int codeStart = -1;
            String codeText = null;
            while (code.find()) {
                codeStart = code.start();
                codeText = code.group(1);
            }
            if (codeText == null) {
                throw file.error(index, "a pattern ends with its CAMEO code in [...]");
            }
            String body = text.substring(0, codeStart);
            int star = body.indexOf('*');
            if (star < 0) {
                throw file.error(index, "a pattern marks the verb with *");
            }
            if (!body.substring(0, star).replaceAll("[$+%^]", "").isBlank()) {
                return null;
            }
            List<List<List<String>>> slots = new ArrayList<>();
            if (!objectSlots(file, index, body.substring(star + 1), slots) || slots.isEmpty()) {
                return null;
            }
            String patternCode = code(codeText);
            patternCount++;
            if (patternCode == null || !kept.test(patternCode)) {
                return null;
            }
            int words = 0;
            for (List<List<String>> slot : slots) {
                words += slot.get(0).size();
            }
            slots.get(0).forEach(alternative -> patternWords.add(alternative.get(0)));
            return new VerbPattern(slots, patternCode, words, order++);
        }

        private boolean objectSlots(DictionaryLines file, int index, String text, List<List<List<String>>> slots) {
            int i = 0;
            boolean firstInParens = false;
            while (i < text.length()) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == ')' || c == '$' || c == '+' || c == '%' || c == '^') {
                    i++;
                    continue;
                }
                if (c == '(') {
                    if (text.indexOf(')', i) < 0) {
                        throw file.error(index, "unclosed ( in the pattern");
                    }
                    firstInParens = true;
                    i++;
                    continue;
                }
                if (c == '{') {
                    int close = text.indexOf('}', i);
                    if (close < 0) {
                        throw file.error(index, "unclosed { in the pattern");
                    }
                    List<List<List<String>>> compound = compound(file, index, text.substring(i + 1, close));
                    if (compound == null) {
                        return false;
                    }
                    slots.addAll(compound);
                    i = close + 1;
                    firstInParens = false;
                    continue;
                }
                int end = i;
                while (end < text.length() && "(){} \t".indexOf(text.charAt(end)) < 0) {
                    end++;
                }
                List<List<String>> element = element(file, index, text.substring(i, end), !firstInParens);
                if (element == null) {
                    return false;
                }
                if (!element.isEmpty()) {
                    slots.add(element);
                }
                firstInParens = false;
                i = end;
            }
            return true;
        }

        /**
         * A braced compound ({FINANCIAL AID}, {&MILITARY &AIRCRAFT}): one part per word, in order. Parts
         * rather than every combination, which for two synsets runs to tens of thousands of phrases.
         */
        private List<List<List<String>>> compound(DictionaryLines file, int index, String text) {
            List<List<List<String>>> parts = new ArrayList<>();
            String[] words = text.strip().split("\\s+");
            for (int p = 0; p < words.length; p++) {
                List<List<String>> element = element(file, index, words[p], p == words.length - 1);
                if (element == null) {
                    return null;
                }
                if (!element.isEmpty()) {
                    parts.add(element);
                }
            }
            return parts;
        }

        /** A word, a phrase joined by _, or a synset; nouns also stand for their plural. */
        private List<List<String>> element(DictionaryLines file, int index, String word, boolean noun) {
            String cleaned = word.replaceAll("[$+%^]", "");
            if (cleaned.isEmpty()) {
                return List.of();
            }
            if (cleaned.startsWith("&")) {
                return synsets.get(stripUnderscore(cleaned));
            }
            boolean exact = !noun || cleaned.endsWith("_");
            return phraseForms(file, index, cleaned, !exact);
        }

        private List<List<String>> phraseForms(DictionaryLines file, int index, String phrase, boolean plurals) {
            String spaced = stripUnderscore(phrase).replace('_', ' ').strip();
            List<List<String>> forms = new ArrayList<>();
            List<String> tokens = fold(spaced);
            if (tokens.isEmpty()) {
                throw file.error(index, "empty phrase");
            }
            forms.add(tokens);
            if (plurals) {
                List<String> plural = new ArrayList<>(tokens);
                plural.set(plural.size() - 1, WordForms.plural(tokens.get(tokens.size() - 1)));
                forms.add(plural);
            }
            return forms;
        }

        private List<String> fold(String phrase) {
            return folded.computeIfAbsent(phrase,
                    p -> tokenizer.tokenize(p).tokens().stream().map(Token::folded).toList());
        }

        private static String stripUnderscore(String word) {
            return word.endsWith("_") ? word.substring(0, word.length() - 1) : word;
        }

        /** The first real code of "085", "042:043" or ":173"; null for PETRARCH's null code "---". */
        private static String code(String text) {
            for (String part : text.split(":")) {
                String code = part.strip();
                if (!code.isEmpty() && !code.startsWith("-")) {
                    return code;
                }
            }
            return null;
        }

        VerbDictionary build() {
            PhraseIndex.Builder<VerbSense> verbs = PhraseIndex.builder();
            sensesByForm.forEach((form, senses) -> verbs.add(form, merged(senses)));
            return new VerbDictionary(verbs.build(), patternWords, patternCount);
        }

        /** The first block's name and verb code (the file's first say), every block's patterns. */
        private static VerbSense merged(List<VerbSense> senses) {
            if (senses.size() == 1) {
                return senses.get(0);
            }
            String code = null;
            Map<String, List<VerbPattern>> patterns = new HashMap<>();
            for (VerbSense sense : senses) {
                code = code == null ? sense.code() : code;
                sense.patternsByFirstWord().forEach((word, list) ->
                        patterns.computeIfAbsent(word, k -> new ArrayList<>()).addAll(list));
            }
            return new VerbSense(senses.get(0).block(), code, patterns);
        }
    }
}
