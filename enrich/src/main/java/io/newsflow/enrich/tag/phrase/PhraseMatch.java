package io.newsflow.enrich.tag.phrase;

import java.util.List;

/** A phrase found at tokens [startToken, endToken) and the values indexed under it. */
public record PhraseMatch<T>(int startToken, int endToken, List<T> values) {
}
