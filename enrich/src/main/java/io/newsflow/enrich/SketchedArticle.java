package io.newsflow.enrich;

import io.newsflow.enrich.dedup.ArticleSketch;
import io.newsflow.schemas.avro.RawArticle;

/** A raw article with its dedup sketch, on its way from the parallel sketch step to the serial dedup step. */
record SketchedArticle(RawArticle article, ArticleSketch sketch) {
}
