package io.newsflow.alerts.explorer;

import io.newsflow.alerts.development.KnownDevelopment;
import io.newsflow.alerts.development.SourceReport;
import java.util.List;
import java.util.Map;

/**
 * One development of a story on its timeline: who did what to whom, the outlet that reported it first and
 * those that corroborated it later.
 *
 * @param cameoCode  CAMEO root code of the type when the tagger gave one, else null
 * @param actor      canonical name of who acts, when named
 * @param target     canonical name of who is acted upon, when named
 * @param background true while it is known only from recaps of earlier events
 */
public record DevelopmentView(String type, String cameoCode, String actor, String target, String summary,
                              boolean background, SourceReport firstReport, List<SourceReport> corroborations,
                              List<String> sources) {
    public DevelopmentView {
        corroborations = List.copyOf(corroborations);
        sources = List.copyOf(sources);
    }

    static DevelopmentView of(KnownDevelopment development, Map<String, String> cameoCodes) {
        List<SourceReport> reports = development.reports();
        return new DevelopmentView(development.key().type(), cameoCodes.get(development.key().type()),
                development.actorName(), development.targetName(), development.describe(), development.background(),
                development.first(), reports.subList(1, reports.size()), development.sources());
    }
}
