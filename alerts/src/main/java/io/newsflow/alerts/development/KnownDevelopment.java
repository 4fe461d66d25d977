package io.newsflow.alerts.development;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A development the story already knows, with one report per distinct source, first report first.
 *
 * @param actorName  canonical name of the actor when named, else null
 * @param targetName canonical name of the target when named, else null
 * @param background true while it is known only from recaps ("last year ..."), which never alert
 */
public record KnownDevelopment(DevelopmentKey key, String actorName, String targetName, List<SourceReport> reports,
                               boolean background) {
    public KnownDevelopment {
        reports = List.copyOf(reports);
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
        return new KnownDevelopment(key, actorName, targetName, more, background);
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
