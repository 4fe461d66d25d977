package io.newsflow.enrich.dedup;

import java.util.List;

/**
 * What one bucket says when a probe is filed in it: the answer to the probe, and the members seen after
 * the probe that copy it (when the probe reached this bucket late, e.g. its input partition lagged).
 */
public record BucketAnswer(ProbeAnswer toProbe, List<LateMatch> lateMatches) {
    public BucketAnswer {
        lateMatches = List.copyOf(lateMatches);
    }
}
