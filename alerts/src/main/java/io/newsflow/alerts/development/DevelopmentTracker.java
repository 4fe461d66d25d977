package io.newsflow.alerts.development;

import io.newsflow.alerts.development.ReportedEvent.Modality;
import io.newsflow.alerts.development.ReportedEvent.Salience;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Decides what an article adds to its story. The article's news is what its headline reports (or, when
 * the headline names no development, its first sentence that does): a fact there that the story has not
 * seen is a new development. The same development from another outlet is a corroboration; facts further
 * down the lead may corroborate known developments but never open new ones (that is where articles recap
 * and speculate); proposals and denials are not facts; recaps of the past ("last year ...") enrich the
 * story's memory but never alert. A change of a known development (sanctions eased after being imposed)
 * has its own event type, so it is new, and salient (see {@link DevelopmentChange}). The {@link AlertBudget}
 * then keeps only the salient ones, within the story's cap; the rest of the salient ones wait for the story's
 * digest, which goes out with the story's first article after the cap window (or when the stream's time
 * passes it, see {@link #digestDue}).
 */
public final class DevelopmentTracker {
    private static final Comparator<ReportedEvent> NEWS_FIRST =
            Comparator.<ReportedEvent>comparingInt(event -> event.salience() == Salience.NEWS ? 0 : 1)
                    .thenComparingInt(ReportedEvent::sentenceIndex);

    private static final Set<String> OFFERED_TERMS = Set.of("LEGAL_ACTION", "RESIGNATION_TRANSITION", "SANCTIONS_EASED");

    private final Set<String> alertingTypes;
    private final AlertBudget budget;
    private final SalienceGate gate;

    /**
     * @param alertingTypes event types that are developments; others (e.g. plain statements) are ignored
     * @param budget        which new developments are salient enough to alert
     */
    public DevelopmentTracker(Set<String> alertingTypes, AlertBudget budget) {
        this.alertingTypes = Set.copyOf(alertingTypes);
        this.budget = budget;
        this.gate = new SalienceGate(budget);
    }

    public record Outcome(StoryMemory memory, List<Finding> findings) {
    }

    public Outcome observe(StoryMemory memory, ArticleReport article) {
        Optional<Outcome> digest = digestDue(memory, article.publishedAt());
        Outcome tracked = track(digest.map(Outcome::memory).orElse(memory), article);
        List<Finding> out = new ArrayList<>(digest.map(Outcome::findings).orElse(List.of()));
        out.addAll(tracked.findings());
        return new Outcome(tracked.memory(), out);
    }

    /**
     * The memory once it also knows an article of a story merged into this one: that story's subscribers were
     * alerted of it there, so nothing is found, and its developments are known here from now on.
     */
    public StoryMemory absorb(StoryMemory memory, ArticleReport article) {
        return track(memory, article).memory();
    }

    private Outcome track(StoryMemory memory, ArticleReport article) {
        List<Finding> findings = new ArrayList<>();
        if (memory.isNew()) {
            findings.add(new Finding.NewStory(article));
        }
        String priorState = PriorState.describe(memory);
        List<KnownDevelopment> developments = new ArrayList<>(memory.developments());
        List<ReportedEvent> facts = article.events().stream()
                .filter(event -> event.modality() == Modality.FACT && alertingTypes.contains(event.type()))
                .filter(event -> !isOfferedTerm(event, article.events()))
                .sorted(NEWS_FIRST)
                .toList();
        int headline = facts.stream().filter(event -> event.salience() == Salience.NEWS)
                .mapToInt(ReportedEvent::sentenceIndex).min().orElse(-1);
        int lede = facts.stream().filter(event -> event.salience() == Salience.NEWS)
                .mapToInt(ReportedEvent::sentenceIndex).filter(index -> index > headline).min().orElse(-1);
        Map<String, Integer> reportedNews = knownNewsByType(developments, facts, headline, lede, article.publishedAt());
        for (ReportedEvent event : facts) {
            boolean news = event.salience() == Salience.NEWS;
            SourceReport report = article.reportOf(event.sentence());
            int index = indexOf(developments, event.key(), news, article.publishedAt());
            boolean opening = event.sentenceIndex() == headline || event.sentenceIndex() == lede;
            Integer sameTypeNews = news && opening ? reportedNews.get(event.type()) : null;
            if (index < 0 && sameTypeNews != null) {
                index = sameTypeNews;
                developments.set(index, developments.get(index).withAlias(event.key()));
            }
            if (index < 0 && news && event.sentenceIndex() != headline) {
                continue;
            }
            if (index < 0) {
                KnownDevelopment created = new KnownDevelopment(event.key(), name(article, event.actorId()),
                        name(article, event.targetId()), List.of(report), !news);
                developments.add(created);
                if (news) {
                    reportedNews.put(event.type(), developments.size() - 1);
                    findings.add(new Finding.NewDevelopment(created, priorState));
                }
            } else if (news && !developments.get(index).reportedBy(article.source())) {
                KnownDevelopment corroborated = developments.get(index).withReport(report);
                developments.set(index, corroborated);
                findings.add(new Finding.Corroborated(corroborated, report));
            } else if (news) {
                developments.set(index, developments.get(index).reportedAgainAt(article.publishedAt()));
            }
        }
        SalienceGate.Gated gated = gate.gate(memory, article, findings, memory.developments());
        return new Outcome(new StoryMemory(memory.storyId(), developments, memory.articles() + 1, gated.ledger()),
                gated.findings());
    }

    /**
     * The story's digest, when its cap window held developments and has ended by {@code now} (the stream's
     * time): the held developments as one finding, and the memory with the window closed.
     */
    public Optional<Outcome> digestDue(StoryMemory memory, Instant now) {
        AlertLedger ledger = memory.ledger();
        return ledger.digestDue(budget.capWindow()).filter(due -> !now.isBefore(due)).map(due -> new Outcome(
                new StoryMemory(memory.storyId(), memory.developments(), memory.articles(), ledger.digestSent()),
                List.of(new Finding.Digest(memory.storyId(), ledger.windowStart(), due, ledger.held()))));
    }

    /** When the story's digest is due, if its current cap window holds developments. */
    public Optional<Instant> digestDueAt(StoryMemory memory) {
        return memory.ledger().digestDue(budget.capWindow());
    }

    /**
     * An offer's terms are not facts: in "the U.S. offers pardons to Maduro if he steps down", the pardon
     * and the resignation are what is offered, not what happened.
     */
    private static boolean isOfferedTerm(ReportedEvent event, List<ReportedEvent> all) {
        return OFFERED_TERMS.contains(event.type()) && all.stream().anyMatch(other -> other.type().equals("OFFER")
                && other.sentenceIndex() == event.sentenceIndex());
    }

    /**
     * Per event type, the development the article's opening (its headline and the next sentence reporting
     * news, the lede) reports. The two restate one development, often naming a side differently ("Kyiv
     * rebuffs Moscow's plan", then "Zelensky rejected a Russian proposal"), so an opening event of that type
     * that matches nothing is that development too, reported under another key. It is the development the
     * headline's event repeats, or else the one the lede's event repeats if that was reported within the
     * corroboration window (the lede names it as outlets did hours ago, the headline in a new way); an older
     * development the lede happens to match is not enough, nor is anything further down.
     */
    private Map<String, Integer> knownNewsByType(List<KnownDevelopment> developments, List<ReportedEvent> facts,
                                                 int headline, int lede, Instant at) {
        Map<String, Integer> known = new HashMap<>();
        for (ReportedEvent event : facts) {
            if (event.salience() != Salience.NEWS || known.containsKey(event.type())
                    || (event.sentenceIndex() != headline && event.sentenceIndex() != lede)) {
                continue;
            }
            int index = indexOf(developments, event.key(), true, at);
            if (index >= 0 && (event.sentenceIndex() == headline || Duration.between(
                    developments.get(index).lastReported(), at).compareTo(budget.corroborationWindow()) <= 0)) {
                known.put(event.type(), index);
            }
        }
        return known;
    }

    /**
     * The known development this event repeats. News is matched against news only: a development known
     * just from recaps of the past does not make today's report of the same kind old news. Nor does one
     * nobody reported for longer than the budget's development span: a story of weeks sees protests, then
     * arrests, then protests again, and the second wave is news. Reported means reported as news by anyone,
     * the first outlet included: a development the story's articles keep reporting is not over.
     */
    private int indexOf(List<KnownDevelopment> developments, DevelopmentKey key, boolean news, Instant at) {
        for (int i = 0; i < developments.size(); i++) {
            KnownDevelopment known = developments.get(i);
            if (known.isReportedAs(key) && (!news || !known.background()) && stillReported(known, at)) {
                return i;
            }
        }
        return -1;
    }

    private boolean stillReported(KnownDevelopment known, Instant at) {
        return !at.isAfter(known.lastReported().plus(budget.developmentSpan()));
    }

    private static String name(ArticleReport article, String entityId) {
        return entityId == null ? null : article.entityNames().getOrDefault(entityId, entityId);
    }
}
