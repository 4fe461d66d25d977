package io.newsflow.deploy.cli;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.AlertEntity;
import io.newsflow.schemas.avro.Evidence;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.stream.Collectors;

/** An alert as a person reads it: what happened, who, the evidence, the sources, what was known before. */
final class AlertPrinter {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'")
            .withZone(ZoneOffset.UTC);

    private AlertPrinter() {
    }

    static String render(Alert alert) {
        StringBuilder text = new StringBuilder();
        text.append("\n▶ ").append(alert.getKind().replace('_', ' '));
        if (alert.getEventType() != null) {
            text.append(" · ").append(alert.getEventType());
        }
        if (!alert.getStoryId().isEmpty()) {
            text.append(" · story ").append(alert.getStoryId());
        }
        text.append(" · reported ").append(WHEN.format(alert.getFirstReportedAt())).append('\n');
        text.append("  ").append(alert.getSummary()).append('\n');
        String who = alert.getEntities().stream()
                .filter(entity -> !"MENTIONED".equals(entity.getRole()))
                .map(AlertPrinter::entity)
                .collect(Collectors.joining(", "));
        if (!who.isEmpty()) {
            text.append("  who:      ").append(who).append('\n');
        }
        for (Evidence evidence : alert.getEvidence()) {
            text.append("  evidence: ").append(evidence.getSource()).append(" — \"").append(evidence.getSentence())
                    .append("\"\n            ").append(evidence.getUrl()).append('\n');
        }
        if (!alert.getSources().isEmpty()) {
            text.append("  sources:  ").append(String.join(", ", alert.getSources())).append(" (")
                    .append(alert.getCorroboration()).append(")\n");
        }
        if (!alert.getPriorState().isEmpty()) {
            text.append("  before:   ").append(alert.getPriorState()).append('\n');
        }
        if (!alert.getSubscriptions().isEmpty()) {
            text.append("  for:      ").append(String.join(", ", alert.getSubscriptions())).append('\n');
        }
        return text.toString();
    }

    private static String entity(AlertEntity entity) {
        return entity.getName() + " (" + entity.getRole().toLowerCase(Locale.ROOT) + ")";
    }
}
