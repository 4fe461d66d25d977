package io.newsflow.alerts.development;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Applies the {@link AlertBudget} to what an article adds to its story: a new development alerts only when
 * salient (its headline names an actor or target the story keeps naming, or changes a development the story
 * knows, or a second outlet's headline reports it within the corroboration window, which is when a held
 * development is alerted as new), and only once; repeats of an announced development are updates; the
 * story's first article is its NEW_STORY alone. A salient development beyond the story's cap is held for the
 * story's digest instead, and its repeats are neither updates nor news.
 */
final class SalienceGate {
    private final AlertBudget budget;

    SalienceGate(AlertBudget budget) {
        this.budget = budget;
    }

    record Gated(List<Finding> findings, AlertLedger ledger) {
    }

    /**
     * @param known the story's developments before this article, which a change must refer to
     */
    Gated gate(StoryMemory before, ArticleReport article, List<Finding> raw, List<KnownDevelopment> known) {
        AlertLedger ledger = before.ledger();
        List<Finding> kept = new ArrayList<>();
        for (Finding finding : raw) {
            if (!budget.enforced() || finding instanceof Finding.NewStory) {
                kept.add(finding);
                if (finding instanceof Finding.NewDevelopment development) {
                    ledger = ledger.announce(development.development());
                }
            } else if (finding instanceof Finding.NewDevelopment development) {
                KnownDevelopment news = development.development();
                if (before.isNew()) {
                    ledger = ledger.announce(news);
                } else if (inHeadline(news.first(), article) && (namesStoryActor(ledger, news.key())
                        || DevelopmentChange.changesKnown(news.key(), known))) {
                    ledger = alertOrHold(finding, news, development.priorState(), article, ledger, kept);
                }
            } else if (finding instanceof Finding.Corroborated corroborated) {
                KnownDevelopment development = corroborated.development();
                if (ledger.isHeld(development)) {
                    ledger = ledger.heldAgain(development);
                    continue;
                }
                if (ledger.wasAnnounced(development)) {
                    kept.add(finding);
                } else if (inHeadline(corroborated.report(), article) && withinWindow(development, corroborated.report())) {
                    ledger = alertOrHold(new Finding.NewDevelopment(development, PriorState.describe(before)),
                            development, PriorState.describe(before), article, ledger, kept);
                }
            }
        }
        return new Gated(kept, ledger.counting(namedBeyondTheOutlet(article)));
    }

    /**
     * The entities the article names, less those its outlet's own name names: a wire's dateline "(Caribbean
     * Wire)" makes the tagger find "Caribbean" in every one of its articles, which makes no place an actor.
     */
    private static Set<String> namedBeyondTheOutlet(ArticleReport article) {
        String outlet = " " + words(article.source()) + " ";
        Set<String> named = new LinkedHashSet<>();
        article.entityNames().forEach((id, name) -> {
            if (!outlet.contains(" " + words(name) + " ")) {
                named.add(id);
            }
        });
        return named;
    }

    private static String words(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** Alerts the development while the story's cap allows, else holds it for the story's digest. */
    private AlertLedger alertOrHold(Finding alert, KnownDevelopment development, String priorState,
                                    ArticleReport article, AlertLedger ledger, List<Finding> kept) {
        AlertLedger announced = ledger.announce(development);
        if (announced.capAllows(article.publishedAt(), budget)) {
            kept.add(alert);
            return announced.alerted(article.publishedAt(), budget.capWindow());
        }
        String alertId = AlertFactory.newDevelopmentId(article.storyId(), development);
        kept.add(new Finding.Held(development, priorState, alertId));
        return announced.holding(HeldDevelopment.of(alertId, development));
    }

    /**
     * Reported by the article's headline itself, or, when the tagger found no event in the headline's
     * wording, by a sentence restating it (the lede); not found further down, where scraped pages carry the
     * outlet's trending lines and captions and where articles recap: a line on top of many pages of two
     * outlets is not a development the two corroborate.
     */
    private static boolean inHeadline(SourceReport report, ArticleReport article) {
        String sentence = report.sentence().strip();
        String title = article.title().strip();
        if (sentence.equals(title)) {
            return true;
        }
        boolean headlineHasEvent = article.events().stream().anyMatch(event -> event.sentence().strip().equals(title));
        return !headlineHasEvent && Restatement.restates(title, sentence);
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
