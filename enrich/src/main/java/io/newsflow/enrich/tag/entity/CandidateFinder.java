package io.newsflow.enrich.tag.entity;

import io.newsflow.enrich.tag.kb.EntityType;
import io.newsflow.enrich.tag.text.Folding;
import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Finds capitalised multi-word names the knowledge base does not know ("Juan Pérez Soto", "Bank of
 * Caracas"), so operators can see what to add. Titles, weekdays, months and ordinary sentence openers
 * are trimmed off; headline-style sentences, where every word is capitalised, are skipped.
 */
final class CandidateFinder {
    static final String ID_PREFIX = "candidate:";

    /** Lowercase words that may sit inside a name. */
    private static final WordSet CONNECTORS = WordSet.of("of", "de", "del", "la", "da", "do", "dos", "van", "von",
            "al", "bin", "el", "y", "for");

    /** Capitalised words that are not part of a name when they open or close a run. */
    private static final WordSet EDGE_WORDS = WordSet.of(
            "the", "a", "an", "in", "on", "at", "but", "and", "or", "this", "that", "these", "those", "it", "he",
            "she", "they", "we", "i", "you", "his", "her", "their", "its", "our", "after", "as", "when", "while",
            "for", "if", "since", "with", "by", "from", "to", "of", "under", "despite", "last", "next", "more",
            "many", "some", "most", "both", "all", "here", "there", "what", "how", "why", "who", "still", "yet",
            "mr", "mrs", "ms", "dr", "president", "vice", "prime", "minister", "secretary", "senator", "sen",
            "rep", "gov", "governor", "general", "gen", "judge", "prosecutor", "leader", "chief", "director",
            "ambassador", "king", "queen", "prince", "officials", "former", "acting", "interim", "opposition",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
            "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
            "december", "read", "share", "subscribe", "click", "sign", "follow", "key", "breaking", "update", "not");

    /** Lowercase words a title-case heading may contain. */
    private static final WordSet HEADING_JOINERS = WordSet.of("and", "of", "the", "to", "for", "in", "on", "a",
            "with", "vs");

    /** A sentence with at least this share of capitalised words is headline-style. */
    private static final double HEADLINE_CAPS_SHARE = 0.6;

    private CandidateFinder() {
    }

    /** The words these rules look for: worth a place in the tokeniser's vocabulary. */
    static Set<String> words() {
        Set<String> words = new HashSet<>(CONNECTORS.words());
        words.addAll(EDGE_WORDS.words());
        words.addAll(HEADING_JOINERS.words());
        return words;
    }

    static void find(TokenizedText text, Sentence sentence, boolean[] covered, List<EntityMention> out) {
        if (isHeadlineStyle(text, sentence, covered)) {
            return;
        }
        int i = sentence.firstToken();
        while (i < sentence.endToken()) {
            if (!startsName(text.token(i), covered[i - sentence.firstToken()])) {
                i++;
                continue;
            }
            int runEnd = i + 1;
            while (runEnd < sentence.endToken()) {
                Token next = text.token(runEnd);
                if (startsName(next, covered[runEnd - sentence.firstToken()])) {
                    runEnd++;
                } else if (isDotOfInitial(text, runEnd, sentence, covered)) {
                    runEnd++;
                } else if (CONNECTORS.contains(text, runEnd) && !next.startsUppercase()
                        && runEnd + 1 < sentence.endToken()
                        && startsName(text.token(runEnd + 1), covered[runEnd + 1 - sentence.firstToken()])) {
                    runEnd += 2;
                } else {
                    break;
                }
            }
            if (!isInlineHeading(text, sentence, covered, i, runEnd)) {
                emit(text, sentence, i, runEnd, out);
            }
            i = runEnd;
        }
    }

    /** The dot of "P." inside "Daniel P. Erikson": after an initial, with a capitalised word next. */
    private static boolean isDotOfInitial(TokenizedText text, int at, Sentence sentence, boolean[] covered) {
        int after = at + 1;
        Token initial = text.token(at - 1);
        return after < sentence.endToken() && text.token(at).is('.') && initial.length() == 1
                && initial.startsUppercase() && startsName(text.token(after), covered[after - sentence.firstToken()]);
    }

    /**
     * A run ending in ':' after nothing but title-case words, known names and small joining words
     * ("• U.S. Political Landscape:", "• Public and Political Reactions:") is a bullet's heading.
     */
    private static boolean isInlineHeading(TokenizedText text, Sentence sentence, boolean[] covered, int start,
                                           int end) {
        if (end >= sentence.endToken() || !text.token(end).is(':')) {
            return false;
        }
        for (int t = sentence.firstToken(); t < start; t++) {
            Token token = text.token(t);
            boolean titleCase = !token.isWordLike() || token.startsUppercase() || covered[t - sentence.firstToken()]
                    || HEADING_JOINERS.contains(text, t);
            if (!titleCase) {
                return false;
            }
        }
        return true;
    }

    private static void emit(TokenizedText text, Sentence sentence, int start, int end, List<EntityMention> out) {
        int first = start;
        int last = end;
        while (first < last && EDGE_WORDS.contains(text, first)) {
            first++;
        }
        while (last > first && EDGE_WORDS.contains(text, last - 1)) {
            last--;
        }
        if (last - first < 2) {
            return;
        }
        int startChar = text.token(first).start();
        int endChar = text.token(last - 1).end();
        String surface = text.text().substring(startChar, endChar);
        out.add(new EntityMention(ID_PREFIX + slug(surface), EntityType.UNKNOWN, surface, null,
                sentence.index(), first, last, startChar, endChar));
    }

    private static boolean startsName(Token token, boolean covered) {
        return !covered && token.kind() == TokenKind.WORD && token.startsUppercase();
    }

    /**
     * A headline or heading: no closing punctuation and mostly capitalised words (judged on the words the
     * knowledge base did not claim). Prose sentences dense with names still yield candidates.
     */
    private static boolean isHeadlineStyle(TokenizedText text, Sentence sentence, boolean[] covered) {
        if (sentence.tokenCount() == 0) {
            return true;
        }
        Token last = text.token(sentence.endToken() - 1);
        if (last.is('.') || last.is('!') || last.is('?') || last.is('"') || last.is('\u201D')) {
            return false;
        }
        int words = 0;
        int capitalised = 0;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = text.token(t);
            if (!covered[t - sentence.firstToken()] && token.kind() == TokenKind.WORD && token.length() > 3) {
                words++;
                if (token.startsUppercase()) {
                    capitalised++;
                }
            }
        }
        return words > 0 && capitalised >= HEADLINE_CAPS_SHARE * words;
    }

    static String slug(String surface) {
        StringBuilder slug = new StringBuilder(surface.length());
        boolean dash = false;
        for (int i = 0; i < surface.length(); i++) {
            char c = Folding.foldChar(surface.charAt(i));
            if (Character.isLetterOrDigit(c)) {
                slug.append(c);
                dash = false;
            } else if (!dash && slug.length() > 0) {
                slug.append('-');
                dash = true;
            }
        }
        int length = slug.length();
        return dash ? slug.substring(0, length - 1) : slug.toString();
    }
}
