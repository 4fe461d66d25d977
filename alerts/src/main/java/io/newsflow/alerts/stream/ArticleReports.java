package io.newsflow.alerts.stream;

import io.newsflow.alerts.development.ArticleReport;
import io.newsflow.alerts.development.ReportedEvent;
import io.newsflow.schemas.avro.AbsorbedArticle;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Event;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Reads the enriched-article contract into what development tracking needs. */
final class ArticleReports {
    private ArticleReports() {
    }

    static ArticleReport from(EnrichedArticle article) {
        return new ArticleReport(article.getArticleId(), article.getUrl(), article.getSource(), article.getTitle(),
                article.getStoryId(), article.getPublishedAt(), article.getFirstSeenAt(),
                article.getEvents().stream().map(ArticleReports::event).toList(), names(article.getEntities()),
                article.getSentiment().getCompound());
    }

    /** An article of a story that {@code storyId} absorbed, as if it had been this story's. */
    static ArticleReport from(AbsorbedArticle article, String storyId) {
        return new ArticleReport(article.getArticleId(), article.getUrl(), article.getSource(), article.getTitle(),
                storyId, article.getPublishedAt(), article.getFirstSeenAt(),
                article.getEvents().stream().map(ArticleReports::event).toList(), names(article.getEntities()),
                article.getSentiment().getCompound());
    }

    private static Map<String, String> names(List<EntityTag> entities) {
        Map<String, String> names = new LinkedHashMap<>();
        entities.stream()
                .sorted(Comparator.comparingInt(EntityTag::getCount).reversed())
                .filter(entity -> !"UNKNOWN".equals(entity.getType()))
                .forEach(entity -> names.putIfAbsent(entity.getId(), entity.getName()));
        return names;
    }

    private static ReportedEvent event(Event event) {
        return new ReportedEvent(event.getType(), event.getActorId(), event.getTargetId(),
                ReportedEvent.modality(event.getModality()), ReportedEvent.salience(event.getSalience()),
                event.getSentence(), event.getSentenceIndex(), event.getActorCode(), event.getTargetCode());
    }
}
