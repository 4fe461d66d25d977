package io.newsflow.enrich.tag.text;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A closed class of folded words (negators, prepositions, cue words) that rules test tokens against.
 * A token is tested by its vocabulary id, an array read, instead of by hashing and comparing its
 * folded form; for that to cover every token, the words belong in the tokeniser's vocabulary (see
 * {@link #words()}). Words outside it are still found, by hash.
 */
public final class WordSet {
    private final Set<String> words;
    private final WordLookup<Boolean> members;

    private WordSet(Set<String> words) {
        this.words = words;
        Map<String, Boolean> present = new HashMap<>();
        words.forEach(word -> present.put(word, Boolean.TRUE));
        this.members = new WordLookup<>(present);
    }

    public static WordSet of(String... foldedWords) {
        return new WordSet(Set.of(foldedWords));
    }

    public boolean contains(TokenizedText text, int token) {
        return contains(text.token(token), text.vocabulary());
    }

    public boolean contains(Token token, Vocabulary vocabulary) {
        return members.get(token, vocabulary) != null;
    }

    public Set<String> words() {
        return words;
    }
}
