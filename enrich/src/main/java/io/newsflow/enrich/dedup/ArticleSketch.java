package io.newsflow.enrich.dedup;

/**
 * What dedup needs of an article's text, computed without any index: the expensive part of dedup
 * (normalising, shingling, MinHash), so it can run in parallel ahead of the index lookups.
 */
public record ArticleSketch(String fingerprint, MinHashSignature signature) {
}
