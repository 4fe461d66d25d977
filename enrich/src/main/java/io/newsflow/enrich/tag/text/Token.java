package io.newsflow.enrich.tag.text;

/**
 * One token with its character offsets in the analysed text, its surface form and its folded
 * (lowercase, diacritic-free) form.
 */
public record Token(int start, int end, String surface, String folded, TokenKind kind) {

    public boolean isWordLike() {
        return kind == TokenKind.WORD || kind == TokenKind.NUMBER;
    }

    public boolean startsUppercase() {
        return !surface.isEmpty() && Character.isUpperCase(surface.charAt(0));
    }

    /** True when the token has letters and none of them is lowercase ("ICC", "U.S."). */
    public boolean isAllCaps() {
        boolean hasLetter = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = surface.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            hasLetter |= Character.isLetter(c);
        }
        return hasLetter;
    }

    public boolean is(char punctuation) {
        return kind == TokenKind.PUNCTUATION && surface.length() == 1 && surface.charAt(0) == punctuation;
    }
}
