package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * Answers a probe from the members of one bucket. Only members seen before the probe can make it a copy,
 * so whatever order probes reach the buckets in, "copy of" always points back in arrival order and two
 * articles can never be each other's copy: at worst, two copies that race each other both pass.
 */
public final class DedupBucket {
    private final DedupSettings settings;

    public DedupBucket(DedupSettings settings) {
        this.settings = settings;
    }

    /** The answer to a probe of the bucket with this key, given its most recent members. */
    public ProbeAnswer answer(String key, DedupMember probe, List<DedupMember> members) {
        boolean exact = ProbeKeys.isExact(key);
        EarlierMatch best = null;
        for (DedupMember member : members) {
            if (member.articleId().equals(probe.articleId())) {
                return ProbeAnswer.redelivery();
            }
            if (!member.order().isBefore(probe.order())) {
                continue;
            }
            double similarity = exact ? 1.0 : similarity(probe.signature(), member.signature());
            if (similarity > 0) {
                best = new EarlierMatch(member.articleId(), member.order(), member.publishedAt(), similarity,
                        exact ? DuplicateMethod.EXACT : DuplicateMethod.NEAR).preferredOver(best);
            }
        }
        return best == null ? ProbeAnswer.none() : ProbeAnswer.matched(best);
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
