package io.newsflow.enrich.story;

import java.util.Collection;

/** Document frequencies of story features, for inverse-document-frequency weights. */
public interface TermStatistics {
    long documents();

    long documentFrequency(String feature);

    /** Counts one more document containing these features. */
    void addDocument(Collection<String> features);
}
