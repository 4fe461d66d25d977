package io.newsflow.enrich.tag.phrase;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordLookup;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A trie over folded token sequences: finds every phrase that starts at a token with one look-up per
 * token walked, however many phrases are indexed; the first step goes by vocabulary id, the rest by
 * hash. Immutable once built; safe to share.
 *
 * @param <T> what a phrase stands for
 */
public final class PhraseIndex<T> {
    private final Node<T> root;
    /** The root's children by the first token's vocabulary id: the step most walks end after. */
    private final WordLookup<Node<T>> firstSteps;
    /** The words phrases start with, as a compact set: most tokens start none and stop here. */
    private final WordSet firstWords;
    /**
     * Every word of every phrase: a token outside it ends a walk by a bit test, before its folded
     * string is built (for a word the vocabulary does not know) and hashed.
     */
    private final WordSet phraseWords;

    private PhraseIndex(Node<T> root) {
        this.root = root;
        this.firstSteps = new WordLookup<>(root.children);
        this.firstWords = WordSet.of(root.children.keySet());
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
        Node<T> node = firstSteps.get(text.token(from), text.vocabulary());
        // Nearly every walk finds one phrase or none; a list is built only for a second.
        PhraseMatch<T> shorter = null;
        List<PhraseMatch<T>> longerFirst = null;
        for (int i = from + 1; node != null; i++) {
            if (!node.values.isEmpty()) {
                PhraseMatch<T> match = new PhraseMatch<>(from, i, node.values);
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
            node = next(node, text, i, to);
        }
        if (longerFirst != null) {
            return longerFirst;
        }
        return shorter == null ? List.of() : List.of(shorter);
    }

    /** The longest phrase that starts at {@code from} and ends before {@code to}, or null. */
    public PhraseMatch<T> longestAt(TokenizedText text, int from, int to) {
        if (!firstWords.contains(text, from)) {
            return null;
        }
        Node<T> node = firstSteps.get(text.token(from), text.vocabulary());
        Node<T> longest = null;
        int longestEnd = from;
        for (int i = from + 1; node != null; i++) {
            if (!node.values.isEmpty()) {
                longest = node;
                longestEnd = i;
            }
            node = next(node, text, i, to);
        }
        return longest == null ? null : new PhraseMatch<>(from, longestEnd, longest.values);
    }

    private Node<T> next(Node<T> node, TokenizedText text, int i, int to) {
        return i < to && phraseWords.contains(text, i) ? node.children.get(text.folded(i)) : null;
    }

    /** Every folded token that occurs in some phrase. */
    public Set<String> words() {
        Set<String> words = new HashSet<>();
        collect(root, words);
        return words;
    }

    private static <T> void collect(Node<T> node, Set<String> words) {
        node.children.forEach((word, child) -> {
            words.add(word);
            collect(child, words);
        });
    }

    /** The folded tokens phrases start with. */
    public Set<String> startWords() {
        return root.children.keySet();
    }

    /** Collects phrases; a phrase added twice keeps every value, in the order added. */
    public static final class Builder<T> {
        private final Node<T> root = new Node<>();

        public Builder<T> add(List<String> foldedTokens, T value) {
            if (foldedTokens.isEmpty()) {
                throw new IllegalArgumentException("empty phrase");
            }
            Node<T> node = root;
            for (String token : foldedTokens) {
                node = node.children.computeIfAbsent(token, k -> new Node<>());
            }
            node.values.add(value);
            return this;
        }

        public PhraseIndex<T> build() {
            return new PhraseIndex<>(root.frozen());
        }
    }

    private static final class Node<T> {
        private Map<String, Node<T>> children = new HashMap<>();
        private List<T> values = new ArrayList<>(1);

        Node<T> frozen() {
            Node<T> copy = new Node<>();
            Map<String, Node<T>> frozenChildren = new HashMap<>(children.size() * 2);
            children.forEach((key, child) -> frozenChildren.put(key, child.frozen()));
            copy.children = frozenChildren.isEmpty() ? Collections.emptyMap() : frozenChildren;
            copy.values = List.copyOf(values);
            return copy;
        }
    }
}
