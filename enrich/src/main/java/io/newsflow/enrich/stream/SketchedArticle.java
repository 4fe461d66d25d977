package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.schemas.avro.RawArticle;
import java.util.List;

/**
 * A raw article ready to probe the dedup buckets: itself as a bucket member (id, arrival order,
 * publishedAt, signature) and the keys of the buckets it belongs to.
 */
record SketchedArticle(RawArticle article, DedupMember probe, List<String> bucketKeys) {
}
