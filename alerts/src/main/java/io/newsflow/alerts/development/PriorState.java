package io.newsflow.alerts.development;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

/** One line saying what a story knew before an alert, so a subscriber sees why it is new. */
public final class PriorState {
    private static final int MOST_RECENT = 4;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MMM d").withZone(ZoneOffset.UTC);

    private PriorState() {
    }

    public static String describe(StoryMemory memory) {
        if (memory.isNew()) {
            return "New story.";
        }
        List<KnownDevelopment> news = memory.developments().stream().filter(known -> !known.background()).toList();
        if (news.isEmpty()) {
            return "Story of " + memory.articles() + " article(s), no development reported yet.";
        }
        List<KnownDevelopment> shown = news.subList(Math.max(0, news.size() - MOST_RECENT), news.size());
        String known = shown.stream()
                .map(development -> development.describe() + " (" + DAY.format(development.firstReportedAt()) + ", "
                        + development.reports().size() + " source" + (development.reports().size() == 1 ? "" : "s")
                        + ")")
                .collect(Collectors.joining("; "));
        return "Known: " + known + (news.size() > shown.size() ? "; and " + (news.size() - shown.size())
                + " earlier" : "") + ".";
    }
}
