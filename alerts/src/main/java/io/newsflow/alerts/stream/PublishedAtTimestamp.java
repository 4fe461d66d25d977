package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.streams.processor.TimestampExtractor;

/** Event time is when the outlet published the article, so a replay of old news behaves as it did live. */
public final class PublishedAtTimestamp implements TimestampExtractor {
    @Override
    public long extract(ConsumerRecord<Object, Object> record, long partitionTime) {
        if (record.value() instanceof EnrichedArticle article && article.getPublishedAt() != null) {
            return article.getPublishedAt().toEpochMilli();
        }
        return record.timestamp() >= 0 ? record.timestamp() : partitionTime;
    }
}
