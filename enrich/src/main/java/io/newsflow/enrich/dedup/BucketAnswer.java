package io.newsflow.enrich.dedup;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What one bucket says when a probe is filed in it: the answer to the probe, and the members seen after
 * the probe that copy it (when the probe reached this bucket late, e.g. its input partition lagged).
 */
public record BucketAnswer(ProbeAnswer toProbe, List<LateMatch> lateMatches) {
    public BucketAnswer {
        lateMatches = List.copyOf(lateMatches);
    }

    /**
     * What several buckets said to one probe, as one answer: a redelivery if any bucket saw the id, the
     * preferred earlier match among theirs, and one late match per later-seen member (several buckets
     * often find the same one), the preferred one where they differ.
     */
    public static BucketAnswer ofAll(List<BucketAnswer> answers) {
        ProbeAnswer toProbe = ProbeAnswer.none();
        Map<LateMatch.Delivery, LateMatch> late = new LinkedHashMap<>();
        for (BucketAnswer answer : answers) {
            toProbe = toProbe.and(answer.toProbe());
            for (LateMatch match : answer.lateMatches()) {
                late.merge(match.delivery(), match, LateMatch::preferredOver);
            }
        }
        return new BucketAnswer(toProbe, List.copyOf(late.values()));
    }
}
