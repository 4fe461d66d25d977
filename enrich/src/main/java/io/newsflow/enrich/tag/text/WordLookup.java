package io.newsflow.enrich.tag.text;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What a tagger knows about some words, found for a token by its vocabulary id (an array read) rather
 * than by hashing its folded form. Tokens outside the vocabulary fall back to the map, unless the
 * vocabulary holds every word of the map, in which case they cannot be in it. The id-indexed view is
 * built once per vocabulary and published immutably, so concurrent taggers, each with a vocabulary
 * of its own, can share one instance without rebuilding views back and forth.
 *
 * @param <T> what is known about a word
 */
public final class WordLookup<T> {
    private final Map<String, T> byWord;
    private final Map<Vocabulary, Bound<T>> views = new ConcurrentHashMap<>();
    /**
     * The view used last: nearly always the one asked for next, found without a map look-up. Not
     * volatile, as it is read per token: a view's fields are final, so a thread that sees the reference
     * sees the whole view, and one that sees a stale view merely takes the map look-up.
     */
    private Bound<T> lastView;

    public WordLookup(Map<String, T> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** What is known about the token's word, or null. */
    public T get(Token token, Vocabulary vocabulary) {
        return in(vocabulary).get(token);
    }

    /**
     * The look-up for tokens of this vocabulary: a loop over many tokens takes it once, rather than
     * finding the view per token.
     */
    public Bound<T> in(Vocabulary vocabulary) {
        Bound<T> view = lastView;
        if (view == null || view.vocabulary != vocabulary) {
            view = views.computeIfAbsent(vocabulary, v -> new Bound<>(v, byWord));
            lastView = view;
        }
        return view;
    }

    /** The look-up for the tokens of one vocabulary. */
    public static final class Bound<T> {
        private final Vocabulary vocabulary;
        private final Map<String, T> byWord;
        private final T[] byId;
        private final boolean coversEveryWord;

        @SuppressWarnings("unchecked")
        private Bound(Vocabulary vocabulary, Map<String, T> byWord) {
            this.vocabulary = vocabulary;
            this.byWord = byWord;
            this.byId = (T[]) new Object[vocabulary.size()];
            for (int id = 0; id < byId.length; id++) {
                byId[id] = byWord.get(vocabulary.word(id));
            }
            boolean covers = true;
            for (String word : byWord.keySet()) {
                covers &= vocabulary.idOf(word) != Vocabulary.UNKNOWN;
            }
            this.coversEveryWord = covers;
        }

        /** What is known about the token's word, or null. */
        public T get(Token token) {
            int id = token.wordId();
            if (id != Vocabulary.UNKNOWN) {
                return byId[id];
            }
            return coversEveryWord ? null : byWord.get(token.folded());
        }
    }
}
