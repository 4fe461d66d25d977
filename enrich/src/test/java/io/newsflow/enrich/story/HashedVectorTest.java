package io.newsflow.enrich.story;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Map;
import org.junit.jupiter.api.Test;

class HashedVectorTest {
    private final FeatureVector strike = new FeatureVector(Map.of("t:strike", 3.0, "t:port", 2.0, "e:union", 4.0));
    private final FeatureVector talks = new FeatureVector(Map.of("t:port", 1.0, "t:talks", 2.0, "e:union", 1.5));

    @Test
    void cosineIsTheCosineOfTheNamedVectors() {
        assertEquals(strike.cosine(talks), HashedVector.of(strike).cosine(HashedVector.of(talks)), 1e-12);
        assertEquals(1.0, HashedVector.of(strike).cosine(HashedVector.of(strike)), 1e-12);
    }

    @Test
    void emptyVectorsScoreZero() {
        assertEquals(0.0, HashedVector.of(FeatureVector.empty()).cosine(HashedVector.of(strike)));
    }

    @Test
    void readsBackFromItsSortedHashes() {
        HashedVector hashed = HashedVector.of(strike);
        long[] hashes = new long[hashed.size()];
        double[] weights = new double[hashed.size()];
        for (int i = 0; i < hashed.size(); i++) {
            hashes[i] = hashed.hash(i);
            weights[i] = hashed.weight(i);
        }
        assertEquals(1.0, HashedVector.fromSorted(hashes, weights).cosine(hashed), 1e-12);
        assertThrows(IllegalArgumentException.class,
                () -> HashedVector.fromSorted(new long[] {2, 1}, new double[] {1, 1}));
    }
}
