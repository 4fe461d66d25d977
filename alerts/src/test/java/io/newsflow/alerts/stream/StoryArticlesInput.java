package io.newsflow.alerts.stream;

import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.topics.StoryArticles;
import io.newsflow.schemas.topics.Topics;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;

/** The story-articles topic of a test driver, fed the way enrich writes it. */
final class StoryArticlesInput {
    private final TestInputTopic<String, EnrichedArticle> topic;

    StoryArticlesInput(TopologyTestDriver driver, Topics topics) {
        this.topic = driver.createInputTopic(topics.storyArticles().name(), Serdes.String().serializer(),
                topics.storyArticles().valueSerde().serializer());
    }

    /** The article without its body, under its story and then under each story it absorbed. */
    void pipe(EnrichedArticle article) {
        EnrichedArticle withoutBody = StoryArticles.withoutBody(article);
        StoryArticles.storyIds(article).forEach(storyId ->
                topic.pipeInput(storyId, withoutBody, article.getPublishedAt()));
    }
}
