package io.newsflow.alerts.development;

/** What an article changed in its story's knowledge. */
public sealed interface Finding {
    /** A development the story had not seen; {@code priorState} says what it knew before. */
    record NewDevelopment(KnownDevelopment development, String priorState) implements Finding {
    }

    /** Another source reported a known development. */
    record Corroborated(KnownDevelopment development, SourceReport report) implements Finding {
    }

    /** The article opened a new story. */
    record NewStory(ArticleReport article) implements Finding {
    }
}
