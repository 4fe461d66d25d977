package io.newsflow.enrich.tag.phrase;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Vocabulary;
import io.newsflow.enrich.tag.text.WordLookup;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A trie over folded token sequences: finds every phrase that starts at a token with one look-up per
 * token walked, however many phrases are indexed. The nodes are numbered; for a vocabulary that holds
 * every phrase word a walk steps by word id ({@link IdSteps}) and never touches a string, for any other
 * by folded string ({@link StringSteps}). Immutable once built; safe to share.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    /** Node 0 is the root, which no phrase ends at. */
    private static final int ROOT = 0;

    /** Each node's children by folded word, by node number. */
    private final List<Map<String, Integer>> children;
    /** The values of each node, by node number; empty for a node no phrase ends at. */
    private final List<List<T>> values;
    /** The root's children by the first token's vocabulary id: the step most walks end after. */
    private final WordLookup<Integer> firstSteps;
    /** The words phrases start with, as a compact set: most tokens start none and stop here. */
    private final WordSet firstWords;
    /**
     * Every word of every phrase: a token outside it ends a string walk by a bit test, before its folded
     * string is built (for a word the vocabulary does not know) and hashed.
     */
    private final WordSet phraseWords;
    /** The id steps by vocabulary, or the string steps for a vocabulary that lacks some phrase word. */
    private final Map<Vocabulary, Steps> stepsByVocabulary = new ConcurrentHashMap<>();
    /**
     * The steps used last: nearly always the ones asked for next. Not volatile, as it is read per token:
     * the steps' fields are final, so a thread that sees the reference sees all of them, and one that
     * sees stale steps merely takes the map look-up.
     */
    private Steps lastSteps;

    private PhraseIndex(List<Map<String, Integer>> children, List<List<T>> values) {
        this.children = children;
        this.values = values;
        this.firstSteps = new WordLookup<>(children.get(ROOT));
        this.firstWords = WordSet.of(children.get(ROOT).keySet());
        this.phraseWords = WordSet.of(words());
    }

    public static <T> Builder<T> builder() {
        return new Builder<>();
    }

    /**
     * The phrases that start at {@code from} and end before {@code to}, longest first. Callers that
     * need extra conditions (case, context) walk the list and take the first that qualifies.
     */
    public List<PhraseMatch<T>> matchesAt(TokenizedText text, int from, int to) {
        Steps steps = steps(text.vocabulary());
        int node = steps.first(text, from);
        // Nearly every walk finds one phrase or none; a list is built only for a second.
        PhraseMatch<T> shorter = null;
        List<PhraseMatch<T>> longerFirst = null;
        for (int i = from + 1; node != Steps.NONE; i++) {
            List<T> ending = values.get(node);
            if (!ending.isEmpty()) {
                PhraseMatch<T> match = new PhraseMatch<>(from, i, ending);
                if (shorter == null) {
                    shorter = match;
                } else {
                    if (longerFirst == null) {
                        longerFirst = new ArrayList<>(4);
                        longerFirst.add(shorter);
                    }
                    longerFirst.add(0, match);
                }
            }
            node = i < to ? steps.next(node, text, i) : Steps.NONE;
        }
        if (longerFirst != null) {
            return longerFirst;
        }
        return shorter == null ? List.of() : List.of(shorter);
    }

    /** The longest phrase that starts at {@code from} and ends before {@code to}, or null. */
    public PhraseMatch<T> longestAt(TokenizedText text, int from, int to) {
        Steps steps = steps(text.vocabulary());
        int node = steps.first(text, from);
        int longest = Steps.NONE;
        int longestEnd = from;
        for (int i = from + 1; node != Steps.NONE; i++) {
            if (!values.get(node).isEmpty()) {
                longest = node;
                longestEnd = i;
            }
            node = i < to ? steps.next(node, text, i) : Steps.NONE;
        }
        return longest == Steps.NONE ? null : new PhraseMatch<>(from, longestEnd, values.get(longest));
    }

    private Steps steps(Vocabulary vocabulary) {
        Steps steps = lastSteps;
        if (steps == null || steps.vocabulary() != vocabulary) {
            steps = stepsByVocabulary.computeIfAbsent(vocabulary,
                    v -> v.holdsAll(phraseWords.words()) ? new IdSteps(v) : new StringSteps(v));
            lastSteps = steps;
        }
        return steps;
    }

    /** Every folded token that occurs in some phrase. */
    public Set<String> words() {
        Set<String> words = new HashSet<>();
        children.forEach(next -> words.addAll(next.keySet()));
        return words;
    }

    /** The folded tokens phrases start with. */
    public Set<String> startWords() {
        return children.get(ROOT).keySet();
    }

    /** How a walk goes from node to node: by a token's word id or by its folded string. */
    private interface Steps {
        int NONE = -1;

        /** The vocabulary of the tokens these steps are for. */
        Vocabulary vocabulary();

        /** The node the token at {@code from} leads to from the root, or {@link #NONE}. */
        int first(TokenizedText text, int from);

        /** The node the token at {@code i} leads to from {@code node}, or {@link #NONE}. */
        int next(int node, TokenizedText text, int i);
    }

    /** Steps by folded string, for tokens of a vocabulary that lacks some phrase word. */
    private final class StringSteps implements Steps {
        private final Vocabulary vocabulary;

        StringSteps(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
        }

        @Override
        public Vocabulary vocabulary() {
            return vocabulary;
        }

        @Override
        public int first(TokenizedText text, int from) {
            if (!firstWords.contains(text, from)) {
                return NONE;
            }
            Integer node = firstSteps.get(text.token(from), text.vocabulary());
            return node == null ? NONE : node;
        }

        @Override
        public int next(int node, TokenizedText text, int i) {
            if (!phraseWords.contains(text, i)) {
                return NONE;
            }
            Integer child = children.get(node).get(text.folded(i));
            return child == null ? NONE : child;
        }
    }

    /**
     * Steps by word id for the tokens of one vocabulary that holds every phrase word, so a token without
     * an id ends every walk: the first step is an array read, each later one a probe of an
     * open-addressing table keyed by {@code node << 32 | word id}.
     */
    private final class IdSteps implements Steps {
        private static final long FREE = -1L;

        private final Vocabulary vocabulary;
        private final int[] firstStep;
        private final long[] stepKeys;
        private final int[] stepTargets;
        private final int mask;

        IdSteps(Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            this.firstStep = new int[vocabulary.size()];
            Arrays.fill(firstStep, NONE);
            int steps = 0;
            for (int node = ROOT + 1; node < children.size(); node++) {
                steps += children.get(node).size();
            }
            int capacity = Integer.highestOneBit(Math.max(16, steps * 2)) << 1;
            this.stepKeys = new long[capacity];
            Arrays.fill(stepKeys, FREE);
            this.stepTargets = new int[capacity];
            this.mask = capacity - 1;
            children.get(ROOT).forEach((word, child) -> firstStep[vocabulary.idOf(word)] = child);
            for (int node = ROOT + 1; node < children.size(); node++) {
                int from = node;
                children.get(node).forEach((word, child) -> put(key(from, vocabulary.idOf(word)), child));
            }
        }

        private static long key(int node, int wordId) {
            return (long) node << 32 | wordId;
        }

        /** Fibonacci hashing: node and word id both sit in the key's bits the multiplication spreads. */
        private int slotOf(long key) {
            return (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
        }

        private void put(long key, int target) {
            int slot = slotOf(key);
            while (stepKeys[slot] != FREE) {
                slot = (slot + 1) & mask;
            }
            stepKeys[slot] = key;
            stepTargets[slot] = target;
        }

        @Override
        public Vocabulary vocabulary() {
            return vocabulary;
        }

        @Override
        public int first(TokenizedText text, int from) {
            int id = text.token(from).wordId();
            return id == Vocabulary.UNKNOWN ? NONE : firstStep[id];
        }

        @Override
        public int next(int node, TokenizedText text, int i) {
            int id = text.token(i).wordId();
            if (id == Vocabulary.UNKNOWN) {
                return NONE;
            }
            long key = key(node, id);
            int slot = slotOf(key);
            long found;
            while ((found = stepKeys[slot]) != FREE) {
                if (found == key) {
                    return stepTargets[slot];
                }
                slot = (slot + 1) & mask;
            }
            return NONE;
        }
    }

    /** Collects phrases; a phrase added twice keeps every value, in the order added. */
    public static final class Builder<T> {
        private final List<Map<String, Integer>> children = new ArrayList<>(List.of(new HashMap<>()));
        private final List<List<T>> values = new ArrayList<>(List.of(new ArrayList<>(1)));

        public Builder<T> add(List<String> foldedTokens, T value) {
            if (foldedTokens.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            int node = ROOT;
            for (String token : foldedTokens) {
                Integer child = children.get(node).get(token);
                if (child == null) {
                    child = children.size();
                    children.add(new HashMap<>());
                    values.add(new ArrayList<>(1));
                    children.get(node).put(token, child);
                }
                node = child;
            }
            values.get(node).add(value);
            return this;
        }

        public PhraseIndex<T> build() {
            List<Map<String, Integer>> frozenChildren = new ArrayList<>(children.size());
            List<List<T>> frozenValues = new ArrayList<>(values.size());
            for (int node = 0; node < children.size(); node++) {
                frozenChildren.add(children.get(node).isEmpty() ? Map.of() : new HashMap<>(children.get(node)));
                frozenValues.add(List.copyOf(values.get(node)));
            }
            return new PhraseIndex<>(List.copyOf(frozenChildren), List.copyOf(frozenValues));
        }
    }
}
