package io.newsflow.enrich.tag.text;

/**
 * One token: its character offsets in the analysed text, its vocabulary id, its kind and case. The
 * surface and folded (lowercase, diacritic-free) forms are read from the text on demand: most rules
 * test word ids, and the string of a known word comes from the vocabulary
 * ({@link TokenizedText#folded(int)}), so tokenising allocates no string.
 */
public final class Token {
    private static final int FLAG_BITS = 4;
    private static final int STARTS_UPPERCASE = 2;
    private static final int ALL_CAPS = 1;
    private static final int KIND_SHIFT = 2;
    private static final int KIND_MASK = 3;
    private static final TokenKind[] KINDS = TokenKind.values();
    private static final int WORD = TokenKind.WORD.ordinal();
    private static final int NUMBER = TokenKind.NUMBER.ordinal();

    static {
        if (KINDS.length > KIND_MASK + 1) {
            throw new IllegalStateException("token kinds no longer fit the two bits a token keeps for them");
        }
    }

    private final String source;
    private final int start;
    private final int end;
    /**
     * Null until first asked for. Racing threads at worst fold twice: a String is immutable, so
     * publishing it without a lock is safe.
     */
    private String folded;
    /**
     * Word id, kind and case in one int ({@code id << 4 | kind << 2 | startsUppercase << 1 | allCaps}):
     * four fields would make a token 40 bytes instead of 32, and tokens are the bulk of what tagging
     * allocates. The id keeps its sign through the arithmetic shift, so UNKNOWN stays -1.
     */
    private final int shape;

    /**
     * @param wordId          the folded form's id in the tokeniser's vocabulary, or
     *                        {@link Vocabulary#UNKNOWN}
     * @param startsUppercase whether the first character is an uppercase letter
     * @param allCaps         whether the token has letters and none of them is lowercase
     */
    Token(String source, int start, int end, int wordId, TokenKind kind, boolean startsUppercase, boolean allCaps) {
        this.source = source;
        this.start = start;
        this.end = end;
        this.shape = wordId << FLAG_BITS | kind.ordinal() << KIND_SHIFT | (startsUppercase ? STARTS_UPPERCASE : 0)
                | (allCaps ? ALL_CAPS : 0);
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

    /** Whether the folded form is {@code word}, without building the folded string. */
    public boolean foldedEquals(String word) {
        return word.length() == end - start && foldedRegionMatches(start, word);
    }

    /** Whether the folded form ends with {@code suffix}, without building the folded string. */
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
        return shape >> FLAG_BITS;
    }

    public TokenKind kind() {
        return KINDS[kindOrdinal()];
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
        int kind = kindOrdinal();
        return kind == WORD || kind == NUMBER;
    }

    private int kindOrdinal() {
        return (shape >>> KIND_SHIFT) & KIND_MASK;
    }

    public boolean startsUppercase() {
        return (shape & STARTS_UPPERCASE) != 0;
    }

    /** True when the token has letters and none of them is lowercase ("ICC", "U.S."). */
    public boolean isAllCaps() {
        return (shape & ALL_CAPS) != 0;
    }

    public boolean is(char punctuation) {
        return kind() == TokenKind.PUNCTUATION && end - start == 1 && source.charAt(start) == punctuation;
    }

    @Override
    public String toString() {
        return surface();
    }
}
