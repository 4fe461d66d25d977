package io.newsflow.alerts.development;

import java.time.Instant;
import java.util.List;

/** What an article changed in its story's knowledge. */
public sealed interface Finding {
    /** A development the story had not seen; {@code priorState} says what it knew before. */
    record NewDevelopment(KnownDevelopment development, String priorState) implements Finding {
    }

    /**
     * A salient new development beyond the story's alert cap: it goes out in the story's digest when the cap
     * window ends; {@code alertId} is the id its alert would have had.
     */
    record Held(KnownDevelopment development, String priorState, String alertId) implements Finding {
    }

    /** The developments a story held back in the cap window from {@code windowStart} to {@code windowEnd}. */
    record Digest(String storyId, Instant windowStart, Instant windowEnd, List<HeldDevelopment> developments)
            implements Finding {
    }

    /** Another source reported a known development. */
    record Corroborated(KnownDevelopment development, SourceReport report) implements Finding {
    }

    /** The article opened a new story. */
    record NewStory(ArticleReport article) implements Finding {
    }
}
