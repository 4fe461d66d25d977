package io.newsflow.alerts.stream;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.newsflow.alerts.development.AlertFactory;
import io.newsflow.alerts.development.ArticleReport;
import io.newsflow.alerts.development.DevelopmentTracker;
import io.newsflow.alerts.development.Finding;
import io.newsflow.alerts.development.PriorState;
import io.newsflow.alerts.development.StoryMemory;
import io.newsflow.alerts.subscription.AlertContext;
import io.newsflow.schemas.avro.AbsorbedArticle;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.EnrichedArticle;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Per story (records arrive keyed by story id): compares each article with what the story knows, keeps
 * the new knowledge in the story-memory store and emits one alert per finding, listing the
 * subscriptions it matches. NEW_STORY alerts are emitted only when some subscription wants them. Developments
 * held back by the story's cap wait in its memory with the subscriptions their alerts would have matched, and
 * go out as the story's DIGEST with its first article after the cap window, or from the check of
 * {@code alerts-story-digests-due} when the story has gone quiet. That check runs on the articles as they come
 * out of story-order, at each boundary of {@code alerts.digest.check.interval} in their publication time, not
 * on Streams' stream time: stream time moves with what reached the task, including articles story-order
 * still holds, so a digest would go out before or after a story's own articles depending on timing, and a
 * restart could change it. On the boundaries, the same articles give the same digests in the same place.
 */
final class DevelopmentProcessor implements Processor<String, EnrichedArticle, String, Alert> {
    static final String STORE = "alerts-story-memory";
    /** Stories whose cap window holds developments for a digest, with when it is due (epoch millis). */
    static final String DIGESTS_DUE_STORE = "alerts-story-digests-due";

    private final DevelopmentTracker tracker;
    private final Clock clock;
    private final Duration digestCheckEvery;
    private final AlertMeters meters;
    private ProcessorContext<String, Alert> context;
    private StoryMemories memories;
    private KeyValueStore<String, Long> digestsDue;
    private SubscriptionBook subscriptions;
    /** The latest boundary checked; a restart checks its first article's boundary again, which sends nothing new. */
    private long checkedUpTo = Long.MIN_VALUE;

    DevelopmentProcessor(AlertsOptions options, MeterRegistry registry) {
        this.tracker = new DevelopmentTracker(options.alertingTypes(), options.budget());
        this.clock = options.clock();
        this.digestCheckEvery = options.digestCheckEvery();
        this.meters = new AlertMeters(registry);
    }

    @Override
    public void init(ProcessorContext<String, Alert> context) {
        this.context = context;
        this.memories = new StoryMemories(context.getStateStore(STORE));
        this.digestsDue = context.getStateStore(DIGESTS_DUE_STORE);
        this.subscriptions = new SubscriptionBook(context);
    }

    @Override
    public void process(Record<String, EnrichedArticle> record) {
        checkDigestsAsOf(record.timestamp());
        meters.examined();
        ArticleReport article = ArticleReports.from(record.value());
        String storyId = article.storyId();
        StoryMemory before = memories.get(storyId);
        if (before == null) {
            before = StoryMemory.empty(storyId);
        }
        for (AbsorbedArticle absorbed : record.value().getAbsorbedArticles()) {
            before = tracker.absorb(before, ArticleReports.from(absorbed, storyId));
        }
        DevelopmentTracker.Outcome outcome = tracker.observe(before, article);
        StoryMemory after = outcome.memory();
        Instant now = clock.instant();
        for (Finding finding : outcome.findings()) {
            if (finding instanceof Finding.Held held) {
                Alert wouldBe = AlertFactory.heldDevelopment(storyId, held, article, now);
                after = after.withLedger(after.ledger().withSubscriptionsOf(held.alertId(),
                        subscriptions.matching(new AlertContext(wouldBe, article.title(), article.sentiment()))));
                continue;
            }
            if (finding instanceof Finding.Digest digest) {
                emit(record.withKey(storyId).withValue(AlertFactory.storyDigest(digest, now)));
                continue;
            }
            Alert alert = toAlert(finding, storyId, article, before, now);
            List<String> matched = subscriptions.matching(new AlertContext(alert, article.title(),
                    article.sentiment()));
            if (finding instanceof Finding.NewStory && matched.isEmpty()) {
                continue;
            }
            alert.setSubscriptions(matched);
            emit(record.withKey(storyId).withValue(alert));
        }
        memories.put(storyId, after);
        noteDigestDue(storyId, after);
    }

    private void emit(Record<String, Alert> alert) {
        meters.emitted(alert.value());
        context.forward(alert);
    }

    /** Keeps the stories whose cap window holds developments, with when their digest is due. */
    private void noteDigestDue(String storyId, StoryMemory memory) {
        Long noted = digestsDue.get(storyId);
        Long due = tracker.digestDueAt(memory).map(Instant::toEpochMilli).orElse(null);
        if (due == null && noted != null) {
            digestsDue.delete(storyId);
        } else if (due != null && !due.equals(noted)) {
            digestsDue.put(storyId, due);
        }
    }

    /**
     * Digests due by the last boundary of the check interval at or before an article's time. A window ends a
     * cap window after the article that opened it, so what is due by a boundary was due before the articles
     * after it, and checking a boundary again sends nothing; the exception is an article published long before
     * the ones around it (a backfill's stragglers), whose window can be due already: its digest waits for the
     * next boundary, or, after a restart, for the first article's.
     */
    private void checkDigestsAsOf(long articleTime) {
        long every = digestCheckEvery.toMillis();
        long boundary = Math.floorDiv(articleTime, every) * every;
        if (boundary > checkedUpTo) {
            checkedUpTo = boundary;
            sendDueDigests(boundary);
        }
    }

    /** Stories that went quiet still send their digest once the articles' time passes their window. */
    private void sendDueDigests(long streamTime) {
        List<String> due = new ArrayList<>();
        try (KeyValueIterator<String, Long> all = digestsDue.all()) {
            all.forEachRemaining(entry -> {
                if (entry.value <= streamTime) {
                    due.add(entry.key);
                }
            });
        }
        Instant now = clock.instant();
        for (String storyId : due) {
            StoryMemory memory = memories.get(storyId);
            Optional<DevelopmentTracker.Outcome> digest = memory == null ? Optional.empty()
                    : tracker.digestDue(memory, Instant.ofEpochMilli(streamTime));
            digestsDue.delete(storyId);
            if (digest.isEmpty()) {
                continue;
            }
            memories.put(storyId, digest.get().memory());
            for (Finding finding : digest.get().findings()) {
                Finding.Digest ended = (Finding.Digest) finding;
                // Stamped with the end of its window: the stream time at which it became due.
                emit(new Record<>(storyId, AlertFactory.storyDigest(ended, now), ended.windowEnd().toEpochMilli()));
            }
        }
    }

    private static Alert toAlert(Finding finding, String storyId, ArticleReport article, StoryMemory before,
                                 Instant now) {
        if (finding instanceof Finding.NewDevelopment development) {
            return AlertFactory.newDevelopment(storyId, development, article, now);
        }
        if (finding instanceof Finding.Corroborated corroborated) {
            return AlertFactory.corroboration(storyId, corroborated, article, PriorState.describe(before), now);
        }
        return AlertFactory.newStory(article, now);
    }

    /** Alerts by kind and subscription, and how long after first sight a development was alerted. */
    private static final class AlertMeters {
        private final MeterRegistry registry;
        private final Timer latency;
        private final Counter examined;

        AlertMeters(MeterRegistry registry) {
            this.registry = registry;
            this.latency = Timer.builder("newsflow.alerts.latency")
                    .description("Time from an article's first sight to the alert it caused")
                    .publishPercentileHistogram()
                    .minimumExpectedValue(Duration.ofMillis(10))
                    .maximumExpectedValue(Duration.ofHours(1))
                    .register(registry);
            this.examined = Counter.builder("newsflow.alerts.articles")
                    .description("Enriched articles compared with their story's developments").register(registry);
        }

        void examined() {
            examined.increment();
        }

        void emitted(Alert alert) {
            List<String> subscriptions = alert.getSubscriptions().isEmpty() ? List.of("none")
                    : alert.getSubscriptions();
            for (String subscription : subscriptions) {
                registry.counter("newsflow.alerts.emitted", "kind", alert.getKind(), "subscription", subscription)
                        .increment();
            }
            latency.record(Duration.ofMillis(alert.getLatencyMillis()));
        }
    }
}
