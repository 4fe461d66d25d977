package io.newsflow.enrich.tag.text;

/**
 * One token: its character offsets in the analysed text, its folded (lowercase, diacritic-free) form
 * and its kind. The surface form is read from the text on demand, so tokenising allocates one string
 * per token, not two.
 */
public final class Token {
    private final String source;
    private final int start;
    private final int end;
    private final String folded;
    private final int wordId;
    private final TokenKind kind;
    private final boolean startsUppercase;
    private final boolean allCaps;

    /**
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
        return folded;
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
