package io.newsflow.enrich.tag.cameo;

import java.util.List;

/**
 * One PETRARCH2 verb pattern reduced to what a window over the words after the verb can check: the
 * object phrase's parts in order (a noun, a compound, a preposition and its noun), each a set of
 * alternative folded word sequences (synsets and plurals expanded).
 *
 * @param order position in the dictionaries, later first among equally long matches (PETRARCH's
 *              dictionaries let a later entry of the same pattern replace an earlier one)
 */
record VerbPattern(List<List<List<String>>> slots, String code, int words, int order) {
    VerbPattern {
        slots = List.copyOf(slots);
    }

    boolean beats(VerbPattern other) {
        return other == null || words > other.words || (words == other.words && order > other.order);
    }
}
