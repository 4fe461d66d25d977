package io.newsflow.enrich.tag.event;

import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The words around a trigger that tell modality, voice, sanction direction and background recaps. */
final class EventCues {
    /** How far back from a trigger modality cues are looked for. */
    private static final int MODALITY_WINDOW = 8;

    private static final WordSet DENIAL = WordSet.of(
            "denied", "denies", "deny", "denying", "refuted", "refutes", "refute", "not", "never", "no",
            "without", "neither", "nor");

    private static final WordSet PROPOSAL = WordSet.of(
            "might", "could", "would", "may", "plans", "plan", "planning", "planned", "proposed", "proposes",
            "proposal", "considering", "consider", "considers", "weighing", "weighs", "weigh", "weighed", "reportedly",
            "possible", "possibly", "potential", "potentially", "expected", "threatened", "threatens",
            "threaten", "threatening", "if", "unless", "seeks", "seeking", "hopes", "intends", "willing",
            "ready", "should", "mulling", "exploring", "discussing", "whether",
            // Pressure towards an outcome is not the outcome: "pressure Maduro to step down".
            "encourage", "encouraged", "encouraging", "pressure", "pressured", "pressuring", "pressed", "presses",
            "pressing", "pushed", "urge", "urged", "urging", "push", "pushing",
            "demand", "demanded", "demanding", "incentivise", "incentivize", "aimed", "designed", "bid",
            "attempt", "effort", "seek", "sought", "try", "trying", "want", "wants", "wanted", "calls", "called");

    private static final WordSet BE_FORMS = WordSet.of("be", "been", "being", "is", "are", "was", "were", "get",
            "gets", "got");

    /** Adverbs allowed between an auxiliary and the verb it governs ("might also be", "had previously"). */
    private static final WordSet ADVERBS = WordSet.of("also", "already", "reportedly", "previously", "once",
            "not", "never", "just", "still", "again", "allegedly", "formally", "quietly", "secretly", "long");

    private static final WordSet EASING = WordSet.of(
            "eased", "ease", "eases", "easing", "lifted", "lift", "lifts", "lifting", "relief", "relaxed", "relax",
            "relaxing", "suspended", "suspend", "waived", "waiver", "waivers", "unfroze", "unfreeze", "removed",
            "remove", "rolled", "loosened", "loosen", "license", "licence", "licenses", "exemption", "exemptions");

    private static final WordSet YEAR_PREPOSITIONS = WordSet.of("in", "since", "during", "from", "until");

    /** The words {@link #isBackground} looks further at (besides years): the cases of its switch. */
    private static final WordSet BACKGROUND_OPENERS = WordSet.of("previously", "formerly", "last", "has", "have",
            "had", "ever", "earlier", "ago", "back", "at", "disputed", "contested");

    private EventCues() {
    }

    /** The words of every cue class: worth a place in the tokeniser's vocabulary. */
    static Set<String> words() {
        Set<String> words = new HashSet<>();
        for (WordSet cues : List.of(DENIAL, PROPOSAL, BE_FORMS, ADVERBS, EASING, YEAR_PREPOSITIONS,
                BACKGROUND_OPENERS)) {
            words.addAll(cues.words());
        }
        return words;
    }

    static Modality modality(TokenizedText text, int sentenceStart, int triggerStart) {
        int from = Math.max(sentenceStart, triggerStart - MODALITY_WINDOW);
        boolean proposal = false;
        for (int t = triggerStart - 1; t >= from; t--) {
            Token token = text.token(t);
            if (token.is(';')) {
                break;
            }
            if (DENIAL.contains(text, t) || token.foldedEndsWith("n't")) {
                return Modality.DENIAL;
            }
            proposal |= PROPOSAL.contains(text, t);
        }
        return proposal ? Modality.PROPOSAL : Modality.FACT;
    }

    /** True when a be-form governs the verb at {@code triggerStart} ("might be offered", "was charged"). */
    static boolean isPassive(TokenizedText text, int sentenceStart, int triggerStart) {
        for (int t = triggerStart - 1; t >= sentenceStart && t >= triggerStart - 3; t--) {
            if (BE_FORMS.contains(text, t)) {
                return true;
            }
            if (!ADVERBS.contains(text, t)) {
                return false;
            }
        }
        return false;
    }

    static boolean hasEasingCue(TokenizedText text, int from, int to) {
        for (int t = from; t < to; t++) {
            if (EASING.contains(text, t)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Recap markers: "last year", "in 2020", "previously", "has since", "earlier this month", "years ago",
     * "at the time", "back in", a past perfect ("had offered"), or "the disputed ... election".
     */
    static boolean isBackground(TokenizedText text, int from, int to) {
        for (int t = from; t < to; t++) {
            Token token = text.token(t);
            if (token.kind() != TokenKind.NUMBER && !BACKGROUND_OPENERS.contains(text, t)) {
                continue;
            }
            String word = text.folded(t);
            String next = t + 1 < to ? text.folded(t + 1) : "";
            switch (word) {
                case "previously", "formerly" -> {
                    return true;
                }
                case "last" -> {
                    if (next.equals("year") || next.equals("month") || next.equals("decade")) {
                        return true;
                    }
                }
                case "has", "have", "had", "ever" -> {
                    if (next.equals("since")) {
                        return true;
                    }
                    if (word.equals("had") && governsParticiple(text, t + 1, to)) {
                        return true;
                    }
                }
                case "earlier" -> {
                    if (next.equals("this")) {
                        return true;
                    }
                }
                case "ago" -> {
                    return true;
                }
                case "back", "at" -> {
                    if ((word.equals("back") && next.equals("in"))
                            || (word.equals("at") && next.equals("the") && t + 2 < to
                                && text.folded(t + 2).equals("time"))) {
                        return true;
                    }
                }
                case "disputed", "contested" -> {
                    if (t > from && text.folded(t - 1).equals("the") && mentionsElection(text, t + 1, to)) {
                        return true;
                    }
                }
                default -> {
                    if (token.kind() == TokenKind.NUMBER && isYear(word) && t > from
                            && YEAR_PREPOSITIONS.contains(text, t - 1)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static boolean governsParticiple(TokenizedText text, int from, int to) {
        for (int t = from; t < to && t < from + 3; t++) {
            String word = text.folded(t);
            if (word.endsWith("ed") || word.endsWith("en") || word.equals("made") || word.equals("put")) {
                return true;
            }
            if (!ADVERBS.contains(text, t)) {
                return false;
            }
        }
        return false;
    }

    private static boolean mentionsElection(TokenizedText text, int from, int to) {
        for (int t = from; t < to && t < from + 4; t++) {
            String word = text.folded(t);
            if (word.equals("election") || word.equals("vote") || word.equals("elections")) {
                return true;
            }
        }
        return false;
    }

    private static boolean isYear(String digits) {
        return digits.length() == 4 && (digits.startsWith("19") || digits.startsWith("20"));
    }
}
