package io.newsflow.alerts.explorer;

import java.time.Instant;
import java.util.List;

/**
 * A live story as the story list shows it.
 *
 * @param lastDevelopment the development first reported last (news before recaps), or null while none is known
 * @param mergedInto      the story that absorbed this one (where it goes on), or null
 */
public record StorySummary(String id, String title, Instant firstSeen, Instant lastSeen, int articleCount,
                           int copyCount, int sourceCount, List<DigestEntity> topEntities,
                           DevelopmentView lastDevelopment, String mergedInto) {
    public static final int TOP_ENTITIES = 5;

    public StorySummary {
        topEntities = List.copyOf(topEntities);
    }
}
