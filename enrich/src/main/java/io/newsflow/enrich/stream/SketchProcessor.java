package io.newsflow.enrich.stream;

import io.newsflow.enrich.dedup.ArrivalOrder;
import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.enrich.dedup.ArticleSketcher;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.dedup.ProbeKeys;
import io.newsflow.schemas.avro.RawArticle;
import org.apache.kafka.streams.processor.api.FixedKeyProcessor;
import org.apache.kafka.streams.processor.api.FixedKeyProcessorContext;
import org.apache.kafka.streams.processor.api.FixedKeyRecord;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Sketches a raw article (the costly part of dedup, run on every input partition) and stamps it with its
 * arrival order: first-seen time, then its partition and offset in the raw topic.
 */
final class SketchProcessor implements FixedKeyProcessor<String, RawArticle, SketchedArticle> {
    private final ArticleSketcher sketcher;
    private final ProbeKeys probeKeys;
    private FixedKeyProcessorContext<String, SketchedArticle> context;

    SketchProcessor(ArticleSketcher sketcher, ProbeKeys probeKeys) {
        this.sketcher = sketcher;
        this.probeKeys = probeKeys;
    }

    @Override
    public void init(FixedKeyProcessorContext<String, SketchedArticle> context) {
        this.context = context;
    }

    @Override
    public void process(FixedKeyRecord<String, RawArticle> record) {
        RawArticle article = record.value();
        RecordMetadata source = context.recordMetadata().orElseThrow(() -> new IllegalStateException(
                "dedup-sketch needs the raw record's partition and offset, and has none"));
        ArrivalOrder order = new ArrivalOrder(article.getFirstSeenAt().toEpochMilli(), source.partition(),
                source.offset());
        ArticleSketch sketch = sketcher.sketch(article.getTitle(), article.getBody());
        DedupMember probe = new DedupMember(article.getArticleId(), order, article.getPublishedAt(),
                sketch.signature());
        context.forward(record.withValue(new SketchedArticle(article, probe, probeKeys.of(sketch))));
    }
}
