package io.newsflow.alerts.development;

import java.time.Duration;

/**
 * How sparing development alerts are. A development new for its story alerts only when it is salient: its
 * actor or target is one of the story's own actors (an entity named in at least {@code storyActorArticles}
 * earlier articles of the story), or a second outlet reports it within {@code corroborationWindow} of the
 * first, or it changes a development the story knows (see {@link DevelopmentChange}). A story's first article
 * is announced by its NEW_STORY, so what it reports is known, not new. A story alerts at most
 * {@code storyCap} new developments per {@code capWindow}; the ones beyond go out together as one digest when
 * the window ends.
 *
 * @param storyActorArticles  earlier articles of the story that must name an entity for it to be a story actor
 * @param corroborationWindow how soon a second outlet must report a development for it to become salient
 * @param developmentSpan     a known development nobody reported for longer is over: a new report of it is news
 * @param storyCap            new-development alerts a story may send per cap window
 * @param capWindow           the window of the cap, from the story's first alert in it
 * @param enforced            false keeps every new headline development an alert (the behaviour before budgets)
 */
public record AlertBudget(int storyActorArticles, Duration corroborationWindow, Duration developmentSpan,
                          int storyCap, Duration capWindow, boolean enforced) {
    public AlertBudget {
        if (storyActorArticles <= 0) {
            throw new IllegalArgumentException("storyActorArticles must be positive, got " + storyActorArticles);
        }
        requirePositive("corroborationWindow", corroborationWindow);
        requirePositive("developmentSpan", developmentSpan);
        if (storyCap <= 0) {
            throw new IllegalArgumentException("storyCap must be positive, got " + storyCap);
        }
        requirePositive("capWindow", capWindow);
    }

    private static void requirePositive(String name, Duration duration) {
        if (duration.isNegative() || duration.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + duration);
        }
    }

    public static AlertBudget defaults() {
        return new AlertBudget(2, Duration.ofHours(24), Duration.ofDays(7), 3, Duration.ofHours(24), true);
    }

    /** Every new headline development alerts, the first article's too, a development is never over, no cap. */
    public static AlertBudget unlimited() {
        return new AlertBudget(1, Duration.ofDays(1), Duration.ofDays(36500), Integer.MAX_VALUE, Duration.ofDays(1),
                false);
    }

    public AlertBudget withStoryCap(int cap, Duration window) {
        return new AlertBudget(storyActorArticles, corroborationWindow, developmentSpan, cap, window, enforced);
    }
}
