package io.newsflow.enrich.tag.kb;

import io.newsflow.enrich.tag.text.Token;
import java.util.List;

/**
 * One way of writing an entity's name, as indexed: the surface tokens of the alias and how strictly
 * the text must match their case.
 *
 * @param surfaces      the alias's tokens as written in the knowledge base
 * @param caseSensitive true for short all-caps acronyms (US, EU, ICC), which must match exactly so
 *                      that "us" or "who" never count
 * @param shortForm     true when the alias counts only after a full name appeared earlier
 */
public record AliasEntry(String entityId, List<String> surfaces, boolean caseSensitive, boolean shortForm) {
    /** Acronyms up to this many letters match case-sensitively. */
    static final int MAX_ACRONYM_LETTERS = 5;

    public AliasEntry {
        surfaces = List.copyOf(surfaces);
    }

    static AliasEntry of(String entityId, List<Token> aliasTokens, boolean shortForm) {
        List<String> surfaces = aliasTokens.stream().map(Token::surface).toList();
        return new AliasEntry(entityId, surfaces, isAcronym(surfaces), shortForm);
    }

    /**
     * Whether the text tokens at {@code start} honour the alias's case: exactly for acronyms; otherwise
     * every capitalised alias word must be capitalised in the text too, so "turkey" is not Turkey.
     */
    public boolean acceptsCase(List<Token> tokens, int start) {
        for (int k = 0; k < surfaces.size(); k++) {
            String alias = surfaces.get(k);
            Token text = tokens.get(start + k);
            if (caseSensitive) {
                if (!text.surfaceEquals(alias)) {
                    return false;
                }
            } else if (!alias.isEmpty() && Character.isUpperCase(alias.charAt(0)) && !text.startsUppercase()) {
                return false;
            }
        }
        return true;
    }

    private static boolean isAcronym(List<String> surfaces) {
        int letters = 0;
        for (String surface : surfaces) {
            for (int i = 0; i < surface.length(); i++) {
                char c = surface.charAt(i);
                if (Character.isLowerCase(c)) {
                    return false;
                }
                if (Character.isLetter(c)) {
                    letters++;
                }
            }
        }
        return letters > 0 && letters <= MAX_ACRONYM_LETTERS;
    }
}
