package io.newsflow.alerts.development;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A development the story already knows, with one report per distinct source, first report first.
 *
 * @param actorName      canonical name of the actor when named, else null
 * @param targetName     canonical name of the target when named, else null
 * @param background     true while it is known only from recaps ("last year ..."), which never alert
 * @param lastReportedAt when any outlet last reported it as news, its own first outlet included (null in
 *                       memories written before: the latest report's time)
 * @param aliases        other keys articles reported it under beside this one, in the same article (the
 *                       headline's "Kyiv rejects" restated by the lede's "Zelensky rejected"), at most
 *                       {@link #MAX_ALIASES}
 */
public record KnownDevelopment(DevelopmentKey key, String actorName, String targetName, List<SourceReport> reports,
                               boolean background, Instant lastReportedAt, List<DevelopmentKey> aliases) {
    public static final int MAX_ALIASES = 8;

    public KnownDevelopment {
        reports = List.copyOf(reports);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
    }

    public KnownDevelopment(DevelopmentKey key, String actorName, String targetName, List<SourceReport> reports,
                            boolean background) {
        this(key, actorName, targetName, reports, background, null, List.of());
    }

    /** When it was last reported as news by anyone. */
    public Instant lastReported() {
        Instant latest = reports.stream().map(SourceReport::publishedAt).max(Comparator.naturalOrder()).orElseThrow();
        return lastReportedAt == null || latest.isAfter(lastReportedAt) ? latest : lastReportedAt;
    }

    /** Whether a report under this key is this development (its own key or one it was reported under). */
    public boolean isReportedAs(DevelopmentKey other) {
        return key.sameDevelopmentAs(other) || aliases.stream().anyMatch(alias -> alias.sameDevelopmentAs(other));
    }

    /** Reported as news again at {@code at} (by an outlet that had reported it already, or under an alias). */
    public KnownDevelopment reportedAgainAt(Instant at) {
        Instant latest = lastReported().isAfter(at) ? lastReported() : at;
        return new KnownDevelopment(key, actorName, targetName, reports, background, latest, aliases);
    }

    /** With one more key it was reported under. */
    public KnownDevelopment withAlias(DevelopmentKey alias) {
        if (alias.equals(key) || aliases.contains(alias) || aliases.size() >= MAX_ALIASES) {
            return this;
        }
        List<DevelopmentKey> more = new ArrayList<>(aliases);
        more.add(alias);
        return new KnownDevelopment(key, actorName, targetName, reports, background, lastReportedAt, more);
    }

    public SourceReport first() {
        return reports.get(0);
    }

    public Instant firstReportedAt() {
        return first().publishedAt();
    }

    public List<String> sources() {
        return reports.stream().map(SourceReport::source).toList();
    }

    public boolean reportedBy(String source) {
        return reports.stream().anyMatch(report -> report.source().equals(source));
    }

    /** With one more outlet's report; reports stay in order of publication, whatever order they arrived in. */
    public KnownDevelopment withReport(SourceReport report) {
        List<SourceReport> more = new ArrayList<>(reports);
        more.add(report);
        more.sort(Comparator.comparing(SourceReport::publishedAt));
        return new KnownDevelopment(key, actorName, targetName, more, background, lastReportedAt, aliases);
    }

    /**
     * "REJECT: Nicolás Maduro", "OFFER: United States → Nicolás Maduro", "SANCTIONS_IMPOSED: → Venezuela";
     * a side known only by role shows its CAMEO code ("REJECT: VENGOV").
     */
    public String describe() {
        String actorName = this.actorName != null ? this.actorName : key.actorCode();
        String targetName = this.targetName != null ? this.targetName : key.targetCode();
        StringBuilder text = new StringBuilder(key.type());
        if (actorName != null || targetName != null) {
            text.append(':');
        }
        if (actorName != null) {
            text.append(' ').append(actorName);
        }
        if (targetName != null) {
            text.append(" → ").append(targetName);
        }
        return text.toString();
    }
}
