package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.DedupMember;
import java.util.List;

/**
 * An article's probe of the dedup buckets that live on one partition of the bucket repartition topic: the
 * article as a bucket member and the keys of those buckets. One record per partition instead of one per
 * bucket keeps the fan-out to at most the partition count.
 */
record BucketProbe(DedupMember member, List<String> bucketKeys) {
    BucketProbe {
        bucketKeys = List.copyOf(bucketKeys);
    }
}
