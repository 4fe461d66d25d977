package io.newsflow.enrich.tag.cameo;

import java.util.List;
import java.util.Map;

/**
 * A verb of one synonym block: the code of the verb on its own (null for PETRARCH's null code "---")
 * and the block's patterns, indexed by the first word of their object phrase so a verb occurrence
 * checks only the patterns whose first word is in its window.
 */
record VerbSense(String block, String code, Map<String, List<VerbPattern>> patternsByFirstWord) {
}
