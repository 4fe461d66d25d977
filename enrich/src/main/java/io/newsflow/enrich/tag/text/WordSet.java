package io.newsflow.enrich.tag.text;

import java.util.Collection;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A closed class of folded words (negators, prepositions, cue words) that rules test tokens against.
 * A token is tested by its vocabulary id against a bit set, instead of by hashing and comparing its
 * folded form; a bit per vocabulary word keeps each class in about a kilobyte, so the many classes a
 * text is tested against stay in cache. For that to cover every token, the words belong in the
 * tokeniser's vocabulary (see {@link #words()}); words outside it are still found, by hash. Like
 * {@link WordLookup}, the id view is built once per vocabulary and can be shared between threads.
 */
public final class WordSet {
    private final Set<String> words;
    private final Map<Vocabulary, Bits> views = new ConcurrentHashMap<>();
    /**
     * The view used last: nearly always the one asked for next, found without a map look-up. Not
     * volatile, as it is read per token: a view's fields are final, so a thread that sees the reference
     * sees the whole view, and one that sees a stale view merely takes the map look-up.
     */
    private Bits lastView;

    private WordSet(Set<String> words) {
        this.words = words;
    }

    public static WordSet of(String... foldedWords) {
        return new WordSet(Set.of(foldedWords));
    }

    public static WordSet of(Collection<String> foldedWords) {
        return new WordSet(Set.copyOf(foldedWords));
    }

    public boolean contains(TokenizedText text, int token) {
        return contains(text.token(token), text.vocabulary());
    }

    public boolean contains(Token token, Vocabulary vocabulary) {
        Bits view = lastView;
        if (view == null || view.vocabulary != vocabulary) {
            view = views.computeIfAbsent(vocabulary, v -> new Bits(v, words));
            lastView = view;
        }
        int id = token.wordId();
        if (id != Vocabulary.UNKNOWN) {
            return (view.bits[id >>> 6] & (1L << id)) != 0;
        }
        return !view.coversEveryWord && words.contains(token.folded());
    }

    public Set<String> words() {
        return words;
    }

    private static final class Bits {
        private final Vocabulary vocabulary;
        private final long[] bits;
        private final boolean coversEveryWord;

        Bits(Vocabulary vocabulary, Set<String> words) {
            this.vocabulary = vocabulary;
            this.bits = new long[(vocabulary.size() + 63) >>> 6];
            boolean covers = true;
            for (String word : words) {
                int id = vocabulary.idOf(word);
                if (id == Vocabulary.UNKNOWN) {
                    covers = false;
                } else {
                    bits[id >>> 6] |= 1L << id;
                }
            }
            this.coversEveryWord = covers;
        }
    }
}
