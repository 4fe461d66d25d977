package io.newsflow.enrich.tag.text;

/**
 * One token: its character offsets in the analysed text, its folded (lowercase, diacritic-free) form
 * and its kind. The surface form is read from the text on demand; so is the folded form of a word
 * outside the vocabulary, which most rules never ask for (they test word ids), so tokenising
 * allocates no string for it.
 */
public final class Token {
    private final String source;
    private final int start;
    private final int end;
    /**
     * The vocabulary's string for a known word; for an unknown word null until first asked for. Racing
     * threads at worst fold twice: a String is immutable, so publishing it without a lock is safe.
     */
    private String folded;
    private final int wordId;
    private final TokenKind kind;
    private final boolean startsUppercase;
    private final boolean allCaps;

    /**
     * @param folded          the vocabulary's string for the folded form, or null for a word outside it
     * @param wordId          the folded form's id in the tokeniser's vocabulary, or
     *                        {@link Vocabulary#UNKNOWN}
     * @param startsUppercase whether the first character is an uppercase letter
     * @param allCaps         whether the token has letters and none of them is lowercase
     */
    Token(String source, int start, int end, String folded, int wordId, TokenKind kind, boolean startsUppercase,
          boolean allCaps) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.folded = folded;
        this.wordId = wordId;
        this.kind = kind;
        this.startsUppercase = startsUppercase;
        this.allCaps = allCaps;
    }

    public int start() {
        return start;
    }

    public int end() {
        return end;
    }

    public String folded() {
        String known = folded;
        if (known == null) {
            known = Folding.fold(source, start, end);
            folded = known;
        }
        return known;
    }

    /** Whether the folded form is {@code word}, without building the folded form of an unknown word. */
    public boolean foldedEquals(String word) {
        return word.length() == end - start && foldedRegionMatches(start, word);
    }

    /** Whether the folded form ends with {@code suffix}, without building the folded form of an unknown word. */
    public boolean foldedEndsWith(String suffix) {
        return suffix.length() <= end - start && foldedRegionMatches(end - suffix.length(), suffix);
    }

    private boolean foldedRegionMatches(int from, String folding) {
        String known = folded;
        if (known != null) {
            return known.startsWith(folding, from - start);
        }
        for (int i = 0; i < folding.length(); i++) {
            if (Folding.foldChar(source.charAt(from + i)) != folding.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The id of the folded form in the vocabulary of the text this token belongs to. */
    public int wordId() {
        return wordId;
    }

    public TokenKind kind() {
        return kind;
    }

    public String surface() {
        return source.substring(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean surfaceEquals(String other) {
        return other.length() == end - start && source.startsWith(other, start);
    }

    public boolean isWordLike() {
        return kind == TokenKind.WORD || kind == TokenKind.NUMBER;
    }

    public boolean startsUppercase() {
        return startsUppercase;
    }

    /** True when the token has letters and none of them is lowercase ("ICC", "U.S."). */
    public boolean isAllCaps() {
        return allCaps;
    }

    public boolean is(char punctuation) {
        return kind == TokenKind.PUNCTUATION && end - start == 1 && source.charAt(start) == punctuation;
    }

    @Override
    public String toString() {
        return surface();
    }
}
