package io.newsflow.enrich.tag.entity;

import io.newsflow.enrich.tag.text.TokenKind;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.HashSet;
import java.util.Set;

/**
 * Decides when a place name stands for the power seated there: "Washington said", "Washington's
 * offer" and "Brussels warned" are governments acting; "in Washington" or "to Brussels" are places.
 */
final class Metonymy {
    private static final WordSet AGENT_VERBS = WordSet.of(
            "said", "says", "say", "offered", "offers", "offer", "warned", "warns", "announced", "announces",
            "imposed", "imposes", "reimposed", "accused", "accuses", "demanded", "demands", "urged", "urges",
            "rejected", "rejects", "insisted", "insists", "signaled", "signalled", "signals", "responded",
            "threatened", "threatens", "wants", "wanted", "has", "had", "have", "is", "was", "will", "would",
            "could", "may", "might", "must", "should", "sanctioned", "sanctions", "called", "calls", "condemned",
            "condemns", "denied", "denies", "proposed", "proposes", "agreed", "agrees", "refused", "refuses",
            "approved", "welcomed", "criticized", "criticised", "recognized", "recognised", "pressed", "pushed",
            "sought", "seeks", "hopes", "believes", "expects", "sent", "sends", "told", "tells", "made", "makes",
            "pledged", "vowed", "declined", "considered", "weighed", "backed", "supports", "supported", "opposes",
            "opposed", "blamed", "blames", "expelled", "recalled", "eased", "lifted", "tightened", "indicted",
            "charged", "weighs", "weighing", "mulls", "considers", "considering", "plans", "eyes", "presses",
            "pushes", "readies", "moves", "targets", "hits", "slaps", "demand", "warn", "urge", "reject", "accuse",
            "insist");

    private static final WordSet PLACE_PREPOSITIONS = WordSet.of(
            "in", "at", "to", "from", "near", "into", "outside", "inside", "across", "around", "visited",
            "visit", "visiting", "toward", "towards", "via", "through");

    private Metonymy() {
    }

    /** True when the name at tokens [start, end) is used as an actor rather than a location. */
    static boolean actsAsAgent(TokenizedText text, int sentenceStart, int start, int end, int sentenceEnd) {
        int before = start - 1;
        if (before >= sentenceStart && PLACE_PREPOSITIONS.contains(text, before)) {
            return false;
        }
        if (end >= sentenceEnd) {
            return false;
        }
        return text.token(end).kind() == TokenKind.POSSESSIVE || AGENT_VERBS.contains(text, end);
    }

    /** The words these rules look for: worth a place in the tokeniser's vocabulary. */
    static Set<String> words() {
        Set<String> words = new HashSet<>(AGENT_VERBS.words());
        words.addAll(PLACE_PREPOSITIONS.words());
        return words;
    }
}
