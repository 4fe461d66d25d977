package io.newsflow.enrich.tag.cameo;

import io.newsflow.enrich.tag.phrase.PhraseMatch;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Codes a tokenised sentence with the PETRARCH2 dictionaries, without a parser: a verb form is found
 * by one phrase-index walk per token; its patterns are checked over a shallow window, the words after
 * the verb up to a clause break, which stands in for the object noun phrase PETRARCH reads off the
 * parse. Only the patterns whose first object word occurs in the window are tried. Actors are the
 * dictionaries' names, and role words joined to a country ("Venezuela's president", "the Venezuelan
 * leader", "the president of Venezuela"). Immutable; safe to share.
 */
public final class CameoCoder {
    /** Word tokens after the verb that stand for its object phrase. */
    static final int OBJECT_WINDOW = 7;

    private static final WordSet OF = WordSet.of("of");
    private static final WordSet PREPOSITIONS = WordSet.of("in", "on", "at", "after", "before", "for", "with",
            "to", "from", "by", "of", "over", "against", "during", "into", "amid", "despite", "until", "since");
    /** Words that open a new clause, whose verb is not this verb's object: "denied that he rejected talks". */
    private static final WordSet CLAUSE_OPENERS = WordSet.of("that", "which", "who", "whom", "whose", "because",
            "but", "while", "if", "when", "unless", "he", "she", "they", "it", "we", "i", "you");
    private static final WordSet ARTICLES = WordSet.of("the", "a", "an");

    private final CameoDictionaries dictionaries;
    private final WordSet verbStarts;
    private final WordSet patternWords;

    public CameoCoder(CameoDictionaries dictionaries) {
        this.dictionaries = dictionaries;
        this.verbStarts = WordSet.of(dictionaries.verbs().verbs().startWords());
        this.patternWords = WordSet.of(dictionaries.verbs().patternWords());
    }

    /**
     * Verb, pattern, role and actor-name words: worth a place in the tokeniser's vocabulary. The name
     * words count too: with one word of the names outside it, every capitalised token the vocabulary
     * does not know would be folded into a new string and hashed to learn it starts no name.
     */
    public Set<String> words() {
        Set<String> words = new HashSet<>(dictionaries.verbs().verbs().words());
        words.addAll(PREPOSITIONS.words());
        words.addAll(CLAUSE_OPENERS.words());
        words.addAll(dictionaries.verbs().patternWords());
        words.addAll(dictionaries.agents().roles().words());
        words.addAll(dictionaries.actors().names().words());
        return words;
    }

    /** The coded verbs of tokens [from, to), in text order; a patterned verb's object is not coded again. */
    public List<CodedVerb> verbs(TokenizedText text, int from, int to) {
        List<CodedVerb> coded = null;
        int i = from;
        while (i < to) {
            if (!text.token(i).isWordLike() || !verbStarts.contains(text, i)) {
                i++;
                continue;
            }
            PhraseMatch<String> name = text.token(i).startsUppercase()
                    ? dictionaries.actors().names().longestAt(text, i, to) : null;
            if (name != null) {
                // "The United States", "Caracas": a name, whatever verb it spells.
                i = name.endToken();
                continue;
            }
            PhraseMatch<VerbSense> verb = dictionaries.verbs().verbs().longestAt(text, i, to);
            if (verb == null) {
                i++;
                continue;
            }
            CodedVerb hit = code(text, verb, to);
            if (hit != null) {
                if (coded == null) {
                    coded = new ArrayList<>(2);
                }
                coded.add(hit);
            }
            i = hit != null && hit.patterned() ? hit.end() : verb.endToken();
        }
        return coded == null ? List.of() : coded;
    }

    private CodedVerb code(TokenizedText text, PhraseMatch<VerbSense> verb, int to) {
        int limit = windowEnd(text, verb.endToken(), to);
        VerbPattern best = null;
        int bestEnd = -1;
        String ownCode = null;
        for (VerbSense sense : verb.values()) {
            if (ownCode == null) {
                ownCode = sense.code();
            }
            for (int p = verb.endToken(); p < limit; p++) {
                boolean preposition = PREPOSITIONS.contains(text, p);
                List<VerbPattern> candidates = patternWords.contains(text, p)
                        ? sense.patternsByFirstWord().get(text.folded(p)) : null;
                if (candidates == null) {
                    if (preposition) {
                        break;
                    }
                    continue;
                }
                for (VerbPattern pattern : candidates) {
                    if (!pattern.beats(best)) {
                        continue;
                    }
                    int end = matchEnd(text, pattern, p, limit);
                    if (end > 0) {
                        best = pattern;
                        bestEnd = end;
                    }
                }
                if (preposition) {
                    // The object noun phrase ends at a preposition; only patterns opening with it go on.
                    break;
                }
            }
        }
        if (best != null) {
            return new CodedVerb(best.code(), verb.startToken(), verb.endToken(), bestEnd, true);
        }
        return ownCode == null ? null
                : new CodedVerb(ownCode, verb.startToken(), verb.endToken(), verb.endToken(), false);
    }

    /** The window ends after {@link #OBJECT_WINDOW} words, at a clause break or a new clause, whichever comes first. */
    private static int windowEnd(TokenizedText text, int from, int to) {
        int words = 0;
        int t = from;
        for (; t < to && words < OBJECT_WINDOW; t++) {
            Token token = text.token(t);
            if (token.kind() == TokenKind.PUNCTUATION && (token.is(',') || token.is(';') || token.is(':')
                    || token.is('.') || token.is('!') || token.is('?')) || CLAUSE_OPENERS.contains(text, t)) {
                break;
            }
            if (token.isWordLike()) {
                words++;
            }
        }
        return t;
    }

    /** Where the pattern's last part ends when its first matches at {@code start} and the rest follow in order. */
    private static int matchEnd(TokenizedText text, VerbPattern pattern, int start, int limit) {
        int end = sequenceEnd(text, pattern.slots().get(0), start, limit);
        for (int s = 1; s < pattern.slots().size() && end > 0; s++) {
            int found = -1;
            for (int p = end; p < limit && found < 0; p++) {
                found = sequenceEnd(text, pattern.slots().get(s), p, limit);
            }
            end = found;
        }
        return end;
    }

    private static int sequenceEnd(TokenizedText text, List<List<String>> alternatives, int start, int limit) {
        for (List<String> words : alternatives) {
            if (start + words.size() > limit) {
                continue;
            }
            boolean all = true;
            for (int w = 0; w < words.size() && all; w++) {
                all = text.token(start + w).foldedEquals(words.get(w));
            }
            if (all) {
                return start + words.size();
            }
        }
        return -1;
    }

    /** The actors tokens [from, to) name or describe, in text order, role phrases joined to their country. */
    public List<CodedActor> actors(TokenizedText text, int from, int to) {
        List<CodedActor> found = new ArrayList<>();
        int i = from;
        while (i < to) {
            Token token = text.token(i);
            if (!token.isWordLike()) {
                i++;
                continue;
            }
            PhraseMatch<String> named = token.startsUppercase()
                    ? dictionaries.actors().names().longestAt(text, i, to) : null;
            PhraseMatch<String> role = dictionaries.agents().roles().longestAt(text, i, to);
            if (named != null && (role == null || named.endToken() >= role.endToken())) {
                found.add(new CodedActor(named.values().get(0), i, named.endToken()));
                i = named.endToken();
            } else if (role != null) {
                found.add(new CodedActor(CodedActor.NO_COUNTRY + role.values().get(0), i, role.endToken()));
                i = role.endToken();
            } else {
                i++;
            }
        }
        return joinRoles(text, found);
    }

    /**
     * "Venezuela's president" and "Venezuelan leader" (country, then role), "the president of Venezuela"
     * (role, "of", country) become one actor; a role right before a name ("President Nicolás Maduro")
     * gives way to the name's own code, or adds itself to a name coded by country alone.
     */
    private static List<CodedActor> joinRoles(TokenizedText text, List<CodedActor> found) {
        if (found.size() < 2) {
            return found;
        }
        List<CodedActor> joined = new ArrayList<>(found.size());
        for (CodedActor next : found) {
            CodedActor last = joined.isEmpty() ? null : joined.get(joined.size() - 1);
            CodedActor merged = last == null ? null : join(text, last, next);
            if (merged != null) {
                joined.set(joined.size() - 1, merged);
            } else {
                joined.add(next);
            }
        }
        return joined;
    }

    private static CodedActor join(TokenizedText text, CodedActor first, CodedActor second) {
        int gap = second.start() - first.end();
        boolean possessive = gap == 1 && text.token(first.end()).kind() == TokenKind.POSSESSIVE;
        if (!first.isRoleOnly() && second.isRoleOnly() && (gap == 0 || possessive)) {
            return new CodedActor(first.code() + second.role(), first.start(), second.end());
        }
        if (first.isRoleOnly() && !second.isRoleOnly() && gap == 0) {
            String code = second.isCountryOnly() ? second.code() + first.role() : second.code();
            return new CodedActor(code, first.start(), second.end());
        }
        if (first.isRoleOnly() && !second.isRoleOnly() && second.isCountryOnly() && gap >= 1 && gap <= 2
                && OF.contains(text, first.end()) && (gap == 1 || ARTICLES.contains(text, first.end() + 1))) {
            return new CodedActor(second.code() + first.role(), first.start(), second.end());
        }
        return null;
    }
}
