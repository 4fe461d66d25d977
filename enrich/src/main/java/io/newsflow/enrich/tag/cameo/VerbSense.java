package io.newsflow.enrich.tag.cameo;

import java.util.List;
import java.util.Map;

/**
 * A verb form's senses: the code of the verb on its own (null for PETRARCH's null code "---") and the
 * patterns of every block that lists the form, indexed by the first word of their object phrase so a
 * verb occurrence checks only the patterns whose first word is in its window. Built once at load and
 * never changed after (plain hash maps, which probe faster than the immutable ones).
 */
record VerbSense(String block, String code, Map<String, List<VerbPattern>> patternsByFirstWord) {
}
