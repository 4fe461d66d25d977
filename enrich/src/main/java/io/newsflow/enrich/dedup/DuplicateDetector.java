package io.newsflow.enrich.dedup;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether an article is a copy of an original seen before, and files it as an original when it
 * is not. Order of arrival decides: whatever is observed first is the original, whatever its
 * publishedAt, so a replay of the same input gives the same verdicts.
 */
public final class DuplicateDetector {
    private final DedupSettings settings;
    private final ArticleSketcher sketcher;
    private final LshBands bands;
    private final DedupIndex index;

    public DuplicateDetector(DedupSettings settings, DedupIndex index) {
        this.settings = settings;
        this.index = index;
        this.bands = new LshBands(settings.bands(), settings.rows());
        this.sketcher = new ArticleSketcher(settings);
    }

    /** The verdict on this article; an original is added to the index before returning. */
    public DedupVerdict observe(String articleId, Instant publishedAt, String title, String body) {
        return judge(articleId, publishedAt, sketcher.sketch(title, body));
    }

    /** The verdict on a sketched article; an original is added to the index before returning. */
    public DedupVerdict judge(String articleId, Instant publishedAt, ArticleSketch sketch) {
        Optional<String> exact = index.originalWithFingerprint(sketch.fingerprint());
        if (exact.isPresent()) {
            return exactVerdict(articleId, exact.get());
        }
        MinHashSignature signature = sketch.signature();
        boolean comparable = signature.shingleCount() >= settings.minShingles();
        List<String> bucketKeys = comparable ? bands.bucketKeys(signature) : List.of();
        Optional<DedupVerdict.Duplicate> near = bestMatch(signature, bucketKeys);
        if (near.isPresent()) {
            return near.get().duplicateOf().equals(articleId) ? new DedupVerdict.Redelivered() : near.get();
        }
        index.add(new StoredOriginal(articleId, publishedAt, signature), sketch.fingerprint(), bucketKeys);
        return new DedupVerdict.Original();
    }

    private DedupVerdict exactVerdict(String articleId, String originalId) {
        if (originalId.equals(articleId)) {
            return new DedupVerdict.Redelivered();
        }
        Instant originalPublishedAt = index.original(originalId).map(StoredOriginal::publishedAt).orElse(Instant.EPOCH);
        return new DedupVerdict.Duplicate(originalId, originalPublishedAt, 1.0, DuplicateMethod.EXACT);
    }

    /** The most similar original among the bucket neighbours, if any is similar enough; ties go to the first found. */
    private Optional<DedupVerdict.Duplicate> bestMatch(MinHashSignature signature, List<String> bucketKeys) {
        Set<String> candidates = new LinkedHashSet<>();
        for (String key : bucketKeys) {
            candidates.addAll(index.bucketMembers(key, settings.bucketScanLimit()));
        }
        DedupVerdict.Duplicate best = null;
        for (String candidateId : candidates) {
            Optional<StoredOriginal> candidate = index.original(candidateId);
            if (candidate.isEmpty()) {
                continue;
            }
            double similarity = similarity(signature, candidate.get().signature());
            if (similarity > 0 && (best == null || similarity > best.similarity())) {
                best = new DedupVerdict.Duplicate(candidateId, candidate.get().publishedAt(), similarity,
                        DuplicateMethod.NEAR);
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Resemblance when it passes its threshold, else containment when that passes its own, else 0:
     * the reported similarity is the measure that made the texts copies.
     */
    private double similarity(MinHashSignature signature, MinHashSignature candidate) {
        double resemblance = signature.resemblance(candidate);
        if (resemblance >= settings.resemblanceThreshold()) {
            return resemblance;
        }
        double containment = signature.containment(candidate, resemblance);
        return containment >= settings.containmentThreshold() ? containment : 0;
    }
}
