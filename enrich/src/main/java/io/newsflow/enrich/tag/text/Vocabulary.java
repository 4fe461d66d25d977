package io.newsflow.enrich.tag.text;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The folded words the taggers know (lexicon entries, alias, trigger and rule words, common function
 * words), each with a dense id. The tokeniser folds into a scratch buffer and looks the word's id up
 * without allocating; a tagger keeps what it knows about a word in an array or bit set indexed by id
 * instead of asking a hash map for every token, and asks {@link #folded(Token)} for the string of a
 * known word, which allocates nothing. Unknown words still work: they have no id, and their token
 * folds them on request.
 */
public final class Vocabulary {
    /** The id of a word the vocabulary does not hold. */
    public static final int UNKNOWN = -1;

    /** Chars before a word's spelling in its entry: its length and its id in two halves. */
    private static final int ENTRY_HEADER = 3;

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

    private final List<String> words;
    /**
     * Open-addressing table, two ints per slot side by side so a probe touches one cache line: the
     * word's hash (compared first, so a probe rarely compares characters in vain) and where its entry
     * starts in {@link #entries}, plus one (0 marks an empty slot).
     */
    private final int[] slots;
    /**
     * Every word as {@code [length, id high, id low, characters...]}, back to back: confirming a hit and
     * reading its id touch one stretch of memory instead of three arrays.
     */
    private final char[] entries;
    private final int mask;

    private Vocabulary(Set<String> words) {
        this.words = List.copyOf(words);
        int capacity = Integer.highestOneBit(Math.max(16, words.size() * 3)) << 1;
        this.slots = new int[capacity * 2];
        int size = 0;
        for (String word : this.words) {
            if (word.length() > Character.MAX_VALUE) {
                throw new IllegalArgumentException("word too long for the vocabulary: " + word.length() + " chars");
            }
            size += ENTRY_HEADER + word.length();
        }
        this.entries = new char[size];
        this.mask = capacity - 1;
        int offset = 0;
        for (int id = 0; id < this.words.size(); id++) {
            String word = this.words.get(id);
            int slot = word.hashCode() & mask;
            while (slots[2 * slot + 1] != 0) {
                slot = (slot + 1) & mask;
            }
            slots[2 * slot] = word.hashCode();
            slots[2 * slot + 1] = offset + 1;
            entries[offset] = (char) word.length();
            entries[offset + 1] = (char) (id >>> 16);
            entries[offset + 2] = (char) id;
            word.getChars(0, word.length(), entries, offset + ENTRY_HEADER);
            offset += ENTRY_HEADER + word.length();
        }
    }

    /** A vocabulary of the given folded words plus common function words. */
    public static Vocabulary of(Collection<String> foldedWords) {
        Set<String> words = new LinkedHashSet<>(FUNCTION_WORDS);
        words.addAll(foldedWords);
        return new Vocabulary(words);
    }

    /** Number of words, and so one more than the highest id. */
    public int size() {
        return words.size();
    }

    /** The folded form of a token: this vocabulary's string for a known word, else the token's own. */
    public String folded(Token token) {
        int id = token.wordId();
        return id == UNKNOWN ? token.folded() : words.get(id);
    }

    /** The canonical string of a word id. */
    public String word(int id) {
        return words.get(id);
    }

    /** The id of a folded word, or {@link #UNKNOWN}. */
    public int idOf(String folded) {
        return find(folded.toCharArray(), folded.length(), folded.hashCode());
    }

    /** Whether every one of the folded words has an id. */
    public boolean holdsAll(Collection<String> foldedWords) {
        for (String word : foldedWords) {
            if (idOf(word) == UNKNOWN) {
                return false;
            }
        }
        return true;
    }

    /**
     * The id of the word spelled {@code chars[0, length)}, or {@link #UNKNOWN}.
     *
     * @param hash the {@link String#hashCode()} of those characters
     */
    int find(char[] chars, int length, int hash) {
        int slot = hash & mask;
        int entry;
        while ((entry = slots[2 * slot + 1]) != 0) {
            int offset = entry - 1;
            if (slots[2 * slot] == hash && sameChars(offset, chars, length)) {
                return entries[offset + 1] << 16 | entries[offset + 2];
            }
            slot = (slot + 1) & mask;
        }
        return UNKNOWN;
    }

    private boolean sameChars(int offset, char[] chars, int length) {
        if (entries[offset] != length) {
            return false;
        }
        int start = offset + ENTRY_HEADER;
        for (int i = 0; i < length; i++) {
            if (entries[start + i] != chars[i]) {
                return false;
            }
        }
        return true;
    }
}
