package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Answers a probe from the members of one bucket. Only members seen before the probe can make it a copy,
 * so whatever order probes reach the buckets in, "copy of" always points back in arrival order and two
 * articles can never be each other's copy. Similar members seen <em>after</em> the probe get a late match
 * instead: the probe reached this bucket after them (its input partition lagged), and it is their original.
 */
public final class DedupBucket {
    private final DedupSettings settings;

    public DedupBucket(DedupSettings settings) {
        this.settings = settings;
    }

    /** The answer to a probe of the bucket with this key, given its most recent members. */
    public BucketAnswer answer(String key, DedupMember probe, List<DedupMember> members) {
        DuplicateMethod method = ProbeKeys.isExact(key) ? DuplicateMethod.EXACT : DuplicateMethod.NEAR;
        EarlierMatch best = null;
        List<LateMatch> lateMatches = new ArrayList<>();
        for (DedupMember member : members) {
            if (member.articleId().equals(probe.articleId())) {
                return new BucketAnswer(ProbeAnswer.redelivery(), List.of());
            }
            double similarity = method == DuplicateMethod.EXACT ? 1.0
                    : similarity(probe.signature(), member.signature());
            if (similarity == 0) {
                continue;
            }
            if (member.order().isBefore(probe.order())) {
                best = matchOn(member, similarity, method).preferredOver(best);
            } else {
                lateMatches.add(new LateMatch(member.articleId(), member.order(), matchOn(probe, similarity, method)));
            }
        }
        return new BucketAnswer(best == null ? ProbeAnswer.none() : ProbeAnswer.matched(best), lateMatches);
    }

    private static EarlierMatch matchOn(DedupMember original, double similarity, DuplicateMethod method) {
        return new EarlierMatch(original.articleId(), original.order(), original.publishedAt(), similarity, method);
    }

    /**
     * Resemblance when it passes its threshold, else containment when that passes its own, else 0:
     * the reported similarity is the measure that made the texts copies. Both measures are symmetric,
     * so it serves a probe that copies a member and a member that copies the probe alike.
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
