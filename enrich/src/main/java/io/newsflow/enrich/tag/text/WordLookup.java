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
    private final Map<Vocabulary, Indexed<T>> views = new ConcurrentHashMap<>();
    /** The view used last: nearly always the one asked for next, found without a map look-up. */
    private volatile Indexed<T> lastView;

    public WordLookup(Map<String, T> byWord) {
        this.byWord = Map.copyOf(byWord);
    }

    /** What is known about the token's word, or null. */
    public T get(Token token, Vocabulary vocabulary) {
        Indexed<T> view = indexFor(vocabulary);
        int id = token.wordId();
        if (id != Vocabulary.UNKNOWN) {
            return view.byId[id];
        }
        return view.coversEveryWord ? null : byWord.get(token.folded());
    }

    private Indexed<T> indexFor(Vocabulary vocabulary) {
        Indexed<T> view = lastView;
        if (view == null || view.vocabulary != vocabulary) {
            view = views.computeIfAbsent(vocabulary, v -> new Indexed<>(v, byWord));
            lastView = view;
        }
        return view;
    }

    private static final class Indexed<T> {
        private final Vocabulary vocabulary;
        private final T[] byId;
        private final boolean coversEveryWord;

        @SuppressWarnings("unchecked")
        Indexed(Vocabulary vocabulary, Map<String, T> byWord) {
            this.vocabulary = vocabulary;
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
    }
}
