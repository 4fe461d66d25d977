package io.newsflow.alerts.development;

import java.time.Duration;

/**
 * How sparing development alerts are. A development new for its story alerts only when it is salient: its
 * actor or target is one of the story's own actors (an entity named in at least {@code storyActorArticles}
 * earlier articles of the story), or a second outlet reports it within {@code corroborationWindow} of the
 * first. A story's first article is announced by its NEW_STORY, so what it reports is known, not new.
 *
 * @param storyActorArticles  earlier articles of the story that must name an entity for it to be a story actor
 * @param corroborationWindow how soon a second outlet must report a development for it to become salient
 * @param developmentSpan     a known development nobody reported for longer is over: a new report of it is news
 * @param enforced            false keeps every new headline development an alert (the behaviour before budgets)
 */
public record AlertBudget(int storyActorArticles, Duration corroborationWindow, Duration developmentSpan,
                          boolean enforced) {
    public AlertBudget {
        if (storyActorArticles <= 0) {
            throw new IllegalArgumentException("storyActorArticles must be positive, got " + storyActorArticles);
        }
        if (corroborationWindow.isNegative() || corroborationWindow.isZero()) {
            throw new IllegalArgumentException("corroborationWindow must be positive, got " + corroborationWindow);
        }
        if (developmentSpan.isNegative() || developmentSpan.isZero()) {
            throw new IllegalArgumentException("developmentSpan must be positive, got " + developmentSpan);
        }
    }

    public static AlertBudget defaults() {
        return new AlertBudget(2, Duration.ofHours(24), Duration.ofDays(7), true);
    }

    /** Every new headline development alerts, the first article's too, and a development is never over. */
    public static AlertBudget unlimited() {
        return new AlertBudget(1, Duration.ofDays(1), Duration.ofDays(36500), false);
    }
}
