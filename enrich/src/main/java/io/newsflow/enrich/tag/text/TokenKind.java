package io.newsflow.enrich.tag.text;

/** What a token is made of; taggers skip the kinds they do not read. */
public enum TokenKind {
    WORD,
    NUMBER,
    /** The {@code 's} split off a possessive, so "Maduro's" yields the token "Maduro". */
    POSSESSIVE,
    PUNCTUATION
}
