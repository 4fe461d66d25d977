package io.newsflow.enrich.stream.order;

import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Duration;
import java.util.function.Function;

/**
 * How one step puts articles back in ingest's first-seen order (see {@link FirstSeenOrderProcessor}).
 *
 * @param bufferStore   the logged store holding the articles, by article id
 * @param scheduleStore the local store ordering them
 * @param settle        how long after an article arrived the inputs must have settled to release it
 * @param steps         the topics an earlier-seen article may still have to pass to reach this step, or to
 *                      reach the holding step upstream that reports what it holds
 * @param outputKey     the key an article is released with
 */
public record FirstSeenOrder(String bufferStore, String scheduleStore, Duration settle, int steps,
                             Function<EnrichedArticle, String> outputKey) {
}
