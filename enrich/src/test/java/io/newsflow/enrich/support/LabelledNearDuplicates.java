package io.newsflow.enrich.support;

import io.newsflow.enrich.dedup.DedupSettings;
import io.newsflow.enrich.dedup.DedupVerdict;
import io.newsflow.enrich.dedup.DuplicateDetector;
import io.newsflow.enrich.synthetic.SyndicationEdits;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;

/**
 * A labelled near-duplicate set built from the fixtures by scripted edits, and its scoring.
 *
 * <p>The six distinct fixtures are split in two halves. In each round one half is stored as originals and
 * copies of all six are queried: copies of stored articles are positives (label: the stored original),
 * copies of the other half are negatives. The negatives include the hard cases: another outlet's
 * write-up of a stored event and follow-ups of a stored story. The hand-made copies among the fixtures
 * (exact and syndicated) are positives too.
 */
public final class LabelledNearDuplicates {
    public static final List<List<String>> HALVES = List.of(
            List.of("amnesty-wire", "maduro-rejects", "port-strike"),
            List.of("amnesty-harbor-daily", "sanctions-license", "rate-cut"));
    private static final long SEED = 20261102L;

    /** One query: an article and the id of the stored original it copies, or empty for a negative. */
    public record Query(List<String> stored, Fixture article, Optional<String> copyOf) {
    }

    public record Score(int truePositives, int falsePositives, int falseNegatives, int trueNegatives) {
        public double precision() {
            return truePositives / (double) (truePositives + falsePositives);
        }

        public double recall() {
            return truePositives / (double) (truePositives + falseNegatives);
        }

        public double f1() {
            return 2 * precision() * recall() / (precision() + recall());
        }

        @Override
        public String toString() {
            return String.format("queries=%d tp=%d fp=%d fn=%d tn=%d precision=%.3f recall=%.3f f1=%.3f",
                    truePositives + falsePositives + falseNegatives + trueNegatives, truePositives, falsePositives,
                    falseNegatives, trueNegatives, precision(), recall(), f1());
        }
    }

    public static List<Query> build(int copiesPerArticle) {
        SyndicationEdits edits = new SyndicationEdits();
        Random random = new Random(SEED);
        List<Query> queries = new ArrayList<>();
        for (int round = 0; round < HALVES.size(); round++) {
            List<String> stored = HALVES.get(round);
            for (List<String> half : HALVES) {
                for (String name : half) {
                    Fixture original = Fixture.load(name);
                    Optional<String> label = stored.contains(name) ? Optional.of(original.id()) : Optional.empty();
                    for (int copy = 0; copy < copiesPerArticle; copy++) {
                        queries.add(new Query(stored, original.syndicated(edits, original.id() + "-copy-" + copy,
                                random), label));
                    }
                }
            }
        }
        String wireId = Fixture.load("amnesty-wire").id();
        queries.add(new Query(HALVES.get(0), Fixture.load("amnesty-exact-copy"), Optional.of(wireId)));
        queries.add(new Query(HALVES.get(0), Fixture.load("amnesty-syndicated"), Optional.of(wireId)));
        return queries;
    }

    /** Runs every query against a fresh index holding only its stored originals. */
    public static Score score(List<Query> queries, DedupSettings settings) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        int tn = 0;
        for (Query query : queries) {
            DuplicateDetector detector = new DuplicateDetector(settings, new InMemoryDedupIndex());
            for (String name : query.stored()) {
                Fixture original = Fixture.load(name);
                detector.observe(original.id(), original.publishedAt(), original.title(), original.body());
            }
            Fixture article = query.article();
            DedupVerdict verdict = detector.observe(article.id(), article.publishedAt(), article.title(),
                    article.body());
            Optional<String> predicted = verdict instanceof DedupVerdict.Duplicate duplicate
                    ? Optional.of(duplicate.duplicateOf()) : Optional.empty();
            if (query.copyOf().isPresent()) {
                if (predicted.equals(query.copyOf())) {
                    tp++;
                } else {
                    fn++;
                    fp += predicted.isPresent() ? 1 : 0;
                }
            } else if (predicted.isPresent()) {
                fp++;
            } else {
                tn++;
            }
        }
        return new Score(tp, fp, fn, tn);
    }
}
