package io.newsflow.enrich.tag.cameo;

/**
 * A verb the dictionary codes in a sentence: tokens [start, verbEnd) are the verb, [start, end) the
 * verb with the object phrase its pattern matched.
 *
 * @param patterned whether a verb + object pattern matched; otherwise the code is the verb's own
 */
public record CodedVerb(String code, int start, int verbEnd, int end, boolean patterned) {
}
