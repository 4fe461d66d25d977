package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.ArticleReport;
import io.newsflow.alerts.development.ReportedEvent;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;

/** Reads the enriched-article contract into what development tracking needs. */
final class ArticleReports {
    private ArticleReports() {
    }

    static ArticleReport from(EnrichedArticle article) {
        Map<String, String> names = new LinkedHashMap<>();
        article.getEntities().stream()
                .sorted(Comparator.comparingInt(EntityTag::getCount).reversed())
                .filter(entity -> !"UNKNOWN".equals(entity.getType()))
                .forEach(entity -> names.putIfAbsent(entity.getId(), entity.getName()));
        return new ArticleReport(article.getArticleId(), article.getUrl(), article.getSource(), article.getTitle(),
                article.getStoryId(), article.getPublishedAt(), article.getFirstSeenAt(),
                article.getEvents().stream().map(ArticleReports::event).toList(), names,
                article.getSentiment().getCompound());
    }

    private static ReportedEvent event(Event event) {
        return new ReportedEvent(event.getType(), event.getActorId(), event.getTargetId(),
                ReportedEvent.modality(event.getModality()), ReportedEvent.salience(event.getSalience()),
                event.getSentence(), event.getSentenceIndex(), event.getActorCode(), event.getTargetCode());
    }
}
