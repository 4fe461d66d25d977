package io.newsflow.enrich.tag.text;

import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Canonical instances of the folded words the taggers know (lexicon entries, alias and trigger words,
 * common function words). The tokeniser folds into a scratch buffer and takes the canonical string
 * when the word is known, so the common case allocates nothing and every later hash look-up finds
 * the hash already computed and the key identical. Unknown words still work: they get a new string.
 */
public final class Vocabulary {
    public static final Vocabulary EMPTY = new Vocabulary(Set.of());

    /** Frequent English words that no lexicon lists but every article is full of. */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "the", "of", "and", "to", "a", "in", "that", "is", "was", "for", "on", "with", "as", "by", "at", "from",
            "his", "her", "it", "he", "she", "they", "has", "have", "had", "be", "been", "were", "are", "an", "or",
            "its", "their", "this", "which", "who", "will", "would", "after", "about", "into", "over", "than",
            "also", "more", "when", "while", "before", "since", "during", "under", "between", "against", "what",
            "we", "i", "you", "our", "them", "him", "there", "these", "those", "some", "other", "two", "three",
            "year", "years", "last", "new", "people", "government", "president", "officials", "country", "told",
            "'s", ".", ",", "\"", "'", ":", ";", "(", ")", "-", "$", "%", "?", "!", "\u2022", "\u201c", "\u201d");

    private final String[] table;
    /** The hash of each slot's word, compared first so a probe rarely compares characters in vain. */
    private final int[] hashes;
    /** Each slot's word as characters, so confirming a hit is a plain array comparison. */
    private final char[][] spellings;
    private final int mask;

    private Vocabulary(Set<String> words) {
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        this.table = new String[capacity];
        this.hashes = new int[capacity];
        this.spellings = new char[capacity][];
        this.mask = capacity - 1;
        for (String word : words) {
            int slot = word.hashCode() & mask;
            while (table[slot] != null) {
                slot = (slot + 1) & mask;
            }
            table[slot] = word;
            hashes[slot] = word.hashCode();
            spellings[slot] = word.toCharArray();
        }
    }

    /** A vocabulary of the given folded words plus common function words. */
    public static Vocabulary of(Collection<String> foldedWords) {
        Set<String> words = new LinkedHashSet<>(FUNCTION_WORDS);
        words.addAll(foldedWords);
        return new Vocabulary(words);
    }

    /**
     * The canonical string equal to {@code chars[0, length)}, or null when the word is unknown.
     *
     * @param hash the {@link String#hashCode()} of those characters
     */
    String find(char[] chars, int length, int hash) {
        int slot = hash & mask;
        String word;
        while ((word = table[slot]) != null) {
            if (hashes[slot] == hash && sameChars(spellings[slot], chars, length)) {
                return word;
            }
            slot = (slot + 1) & mask;
        }
        return null;
    }

    private static boolean sameChars(char[] word, char[] chars, int length) {
        return word.length == length && Arrays.equals(word, 0, length, chars, 0, length);
    }
}
