package io.newsflow.enrich.dedup;

import java.util.List;

/** Computes an article's dedup sketch; stateless and thread-safe, so the topology runs it in parallel. */
public final class ArticleSketcher {
    private final TextNormalizer normalizer = new TextNormalizer();
    private final MinHasher minHasher;
    private final int shingleSize;

    public ArticleSketcher(DedupSettings settings) {
        this.minHasher = new MinHasher(settings.bands() * settings.rows());
        this.shingleSize = settings.shingleSize();
    }

    /** Fingerprint and signature of the body (of the headline when the body is empty). */
    public ArticleSketch sketch(String title, String body) {
        List<String> words = normalizer.words(body);
        if (words.isEmpty()) {
            words = normalizer.words(title);
        }
        return new ArticleSketch(ContentFingerprint.of(words),
                minHasher.signature(Shingles.hashes(words, shingleSize)));
    }
}
