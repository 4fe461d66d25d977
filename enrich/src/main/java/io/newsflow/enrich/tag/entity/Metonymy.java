package io.newsflow.enrich.tag.entity;

import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenKind;
import java.util.List;
import java.util.Set;

/**
 * Decides when a place name stands for the power seated there: "Washington said", "Washington's
 * offer" and "Brussels warned" are governments acting; "in Washington" or "to Brussels" are places.
 */
final class Metonymy {
    private static final Set<String> AGENT_VERBS = Set.of(
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

    private static final Set<String> PLACE_PREPOSITIONS = Set.of(
            "in", "at", "to", "from", "near", "into", "outside", "inside", "across", "around", "visited",
            "visit", "visiting", "toward", "towards", "via", "through");

    private Metonymy() {
    }

    /** True when the name at tokens [start, end) is used as an actor rather than a location. */
    static boolean actsAsAgent(List<Token> tokens, int sentenceStart, int start, int end, int sentenceEnd) {
        int before = start - 1;
        if (before >= sentenceStart && PLACE_PREPOSITIONS.contains(tokens.get(before).folded())) {
            return false;
        }
        if (end >= sentenceEnd) {
            return false;
        }
        Token next = tokens.get(end);
        return next.kind() == TokenKind.POSSESSIVE || AGENT_VERBS.contains(next.folded());
    }
}
