package io.newsflow.alerts.explorer;

import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.StoryMemory;
import java.util.Comparator;
import java.util.List;

/** Builds what the explorer answers from a story's digest and its known developments (either may be missing). */
public final class StoryViews {
    private static final Comparator<KnownDevelopment> BY_FIRST_REPORT = Comparator
            .comparing(KnownDevelopment::firstReportedAt)
            .thenComparing(development -> development.first().articleId());

    private StoryViews() {
    }

    public static StoryTimeline timeline(StoryDigest digest, StoryMemory memory) {
        List<DevelopmentView> developments = developments(memory).stream()
                .sorted(BY_FIRST_REPORT)
                .map(development -> DevelopmentView.of(development, digest.cameoCodes()))
                .toList();
        return new StoryTimeline(digest.storyId(), digest.title(), digest.firstPublishedAt(),
                digest.lastPublishedAt(), digest.articleCount(), digest.sources(), digest.entities(), developments,
                digest.articles(), digest.mergedInto(), digest.absorbed());
    }

    public static StorySummary summary(StoryDigest digest, StoryMemory memory) {
        // A recap ("last year's sanctions") is not what a reader means by the latest development.
        DevelopmentView last = developments(memory).stream()
                .max(Comparator.comparing((KnownDevelopment development) -> !development.background())
                        .thenComparing(BY_FIRST_REPORT))
                .map(development -> DevelopmentView.of(development, digest.cameoCodes()))
                .orElse(null);
        return new StorySummary(digest.storyId(), digest.title(), digest.firstPublishedAt(),
                digest.lastPublishedAt(), digest.articleCount(), digest.copyCount(), digest.sources().size(),
                digest.entities().subList(0, Math.min(StorySummary.TOP_ENTITIES, digest.entities().size())), last,
                digest.mergedInto());
    }

    private static List<KnownDevelopment> developments(StoryMemory memory) {
        return memory == null ? List.of() : memory.developments();
    }
}
