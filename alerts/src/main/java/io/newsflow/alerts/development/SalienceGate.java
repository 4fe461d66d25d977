package io.newsflow.alerts.development;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies the {@link AlertBudget} to what an article adds to its story: a new development alerts only when
 * salient (its headline names an actor or target the story keeps naming, or a second outlet's headline reports
 * it within the corroboration window,
 * which is when a held development is alerted as new), and only once; repeats of an announced development
 * are updates; the story's first article is its NEW_STORY alone.
 */
final class SalienceGate {
    private final AlertBudget budget;

    SalienceGate(AlertBudget budget) {
        this.budget = budget;
    }

    record Gated(List<Finding> findings, AlertLedger ledger) {
    }

    Gated gate(StoryMemory before, ArticleReport article, List<Finding> raw) {
        AlertLedger ledger = before.ledger();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : raw) {
            if (!budget.enforced() || finding instanceof Finding.NewStory) {
                kept.add(finding);
                if (finding instanceof Finding.NewDevelopment development) {
                    ledger = ledger.announce(development.development());
                }
            } else if (finding instanceof Finding.NewDevelopment development) {
                KnownDevelopment known = development.development();
                if (before.isNew()) {
                    ledger = ledger.announce(known);
                } else if (inHeadline(known.first(), article) && namesStoryActor(ledger, known.key())) {
                    kept.add(finding);
                    ledger = ledger.announce(known);
                }
            } else if (finding instanceof Finding.Corroborated corroborated) {
                KnownDevelopment known = corroborated.development();
                if (ledger.wasAnnounced(known)) {
                    kept.add(finding);
                } else if (inHeadline(corroborated.report(), article) && withinWindow(known, corroborated.report())) {
                    kept.add(new Finding.NewDevelopment(known, PriorState.describe(before)));
                    ledger = ledger.announce(known);
                }
            }
        }
        return new Gated(kept, ledger.counting(article.entityNames().keySet()));
    }

    /**
     * Reported by the article's headline itself, not found further down, where scraped pages carry the
     * outlet's trending lines and captions and where articles recap: a line on top of many pages of two
     * outlets is not a development the two corroborate.
     */
    private static boolean inHeadline(SourceReport report, ArticleReport article) {
        return report.sentence().strip().equals(article.title().strip());
    }

    private boolean namesStoryActor(AlertLedger ledger, DevelopmentKey key) {
        return ledger.isStoryActor(key.actorId(), budget.storyActorArticles())
                || ledger.isStoryActor(key.targetId(), budget.storyActorArticles());
    }

    private boolean withinWindow(KnownDevelopment known, SourceReport report) {
        return Duration.between(known.firstReportedAt(), report.publishedAt()).abs()
                .compareTo(budget.corroborationWindow()) <= 0;
    }
}
