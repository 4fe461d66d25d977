package io.newsflow.deploy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.newsflow.deploy.cli.RealStreamGenerator.Development;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What a subscriber and an editor would judge of a replayed stream: how many stories each real story was
 * split into (an absorbed story counting as the one that absorbed it), BCubed precision and recall of the story ids against the labels, NEW_DEVELOPMENT alerts per
 * article, the share of those alerts that report a dated development (its story, within a day, sharing a
 * key word or quoting one of its headlines) and the share of dated developments that got such an alert; and,
 * as issue 13 counts them, the NEW_DEVELOPMENT alerts that repeat a development an earlier one reported,
 * those that report a dated development under another event type, and the developments never alerted.
 */
record RealStreamScore(int articles, Map<String, Integer> storiesPerRealStory, double bcubedPrecision,
                       double bcubedRecall, int newDevelopments, int matchingAlerts, int developments,
                       int developmentsAlerted, List<String> unmatchedAlerts, List<String> missedDevelopments,
                       int repeatedAlerts, int mistypedAlerts) {
    private static final Duration TOLERANCE = Duration.ofDays(1);

    static RealStreamScore of(Map<String, String> labelOf, int articles, List<JsonNode> enriched, List<JsonNode> alerts,
                              List<Development> timeline) {
        Map<String, String> storyOf = storiesAfterMerges(enriched);
        Map<String, Integer> perRealStory = new TreeMap<>();
        for (String real : Set.copyOf(timeline.stream().map(Development::story).toList())) {
            perRealStory.put(real, (int) storyOf.entrySet().stream()
                    .filter(entry -> real.equals(labelOf.get(entry.getKey())))
                    .map(Map.Entry::getValue).distinct().count());
        }
        double[] bcubed = bcubed(storyOf, labelOf);
        List<JsonNode> news = alerts.stream().filter(a -> a.get("kind").asText().equals("NEW_DEVELOPMENT")).toList();
        Set<Development> alerted = new HashSet<>();
        List<String> unmatched = new ArrayList<>();
        int matching = 0;
        int repeated = 0;
        int mistyped = 0;
        for (JsonNode alert : inReportedOrder(news)) {
            List<Development> reported = timeline.stream()
                    .filter(development -> matches(alert, development, labelOf)).toList();
            boolean matched = !reported.isEmpty();
            if (matched && alerted.containsAll(reported)) {
                repeated++;
            }
            if (matched && reported.stream().noneMatch(d -> d.type().equals(alert.get("eventType").asText()))) {
                mistyped++;
            }
            alerted.addAll(reported);
            matching += matched ? 1 : 0;
            if (!matched) {
                unmatched.add(alert.get("firstReportedAt").asText() + " " + alert.get("summary").asText());
            }
        }
        for (JsonNode opening : storyOpenings(enriched)) {
            for (Development development : timeline) {
                if (development.story().equals(labelOf.get(opening.get("articleId").asText()))
                        && withinADay(Instant.parse(opening.get("publishedAt").asText()), development)
                        && sharesKeyword(opening.get("title").asText(), development)) {
                    alerted.add(development);
                }
            }
        }
        List<String> missed = timeline.stream().filter(development -> !alerted.contains(development))
                .map(development -> development.story() + " day " + development.day() + " " + development.type())
                .toList();
        return new RealStreamScore(articles, perRealStory, bcubed[0], bcubed[1], news.size(), matching,
                timeline.size(), alerted.size(), unmatched, missed, repeated, mistyped);
    }

    /**
     * Each article's story as a reader resolves it once stories have merged: an article that absorbed
     * stories names them, and their earlier articles belong to its story from then on.
     */
    private static Map<String, String> storiesAfterMerges(List<JsonNode> enriched) {
        Map<String, String> survivorOf = new HashMap<>();
        for (JsonNode node : enriched) {
            JsonNode absorbed = node.get("absorbedStoryIds");
            if (absorbed != null) {
                absorbed.forEach(id -> survivorOf.put(id.asText(), node.get("storyId").asText()));
            }
        }
        Map<String, String> storyOf = new HashMap<>();
        for (JsonNode node : enriched) {
            String story = node.get("storyId").asText();
            for (int hop = 0; hop < enriched.size() && survivorOf.containsKey(story); hop++) {
                story = survivorOf.get(story);
            }
            storyOf.put(node.get("articleId").asText(), story);
        }
        return storyOf;
    }

    /** Alerts by the time of their first report, so "repeated" means an earlier alert had reported it. */
    private static List<JsonNode> inReportedOrder(List<JsonNode> alerts) {
        return alerts.stream().sorted(Comparator.comparing((JsonNode alert) ->
                Instant.parse(alert.get("firstReportedAt").asText()))).toList();
    }

    private static boolean matches(JsonNode alert, Development development, Map<String, String> labelOf) {
        String evidenceArticle = alert.get("evidence").get(0).get("articleId").asText();
        if (!development.story().equals(labelOf.get(evidenceArticle))) {
            return false;
        }
        String summary = alert.get("summary").asText();
        return withinADay(Instant.parse(alert.get("firstReportedAt").asText()), development)
                && (sharesKeyword(summary, development) || quotesHeadline(summary, development));
    }

    /** An alert citing one of the development's own headlines reports it, whatever its key words. */
    private static boolean quotesHeadline(String summary, Development development) {
        String folded = fold(summary);
        return development.headlines().stream().anyMatch(headline -> folded.contains(fold(headline)));
    }

    private static boolean withinADay(Instant reported, Development development) {
        return !reported.isBefore(development.date().minus(TOLERANCE))
                && reported.isBefore(development.date().plus(Duration.ofDays(1)).plus(TOLERANCE));
    }

    private static boolean sharesKeyword(String text, Development development) {
        String folded = fold(text);
        return development.keywords().stream().anyMatch(keyword -> folded.contains(fold(keyword)));
    }

    /**
     * The first article of each story: what it reports reaches subscribers as the story's NEW_STORY alert,
     * not as a development, so a dated development it reports counts as alerted.
     */
    private static List<JsonNode> storyOpenings(List<JsonNode> enriched) {
        Map<String, JsonNode> first = new HashMap<>();
        for (JsonNode article : enriched) {
            first.merge(article.get("storyId").asText(), article, (a, b) ->
                    Instant.parse(b.get("publishedAt").asText()).isBefore(Instant.parse(a.get("publishedAt").asText()))
                            ? b : a);
        }
        return List.copyOf(first.values());
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }

    /** Mean over articles of the share of its predicted story that shares its label, and the converse. */
    private static double[] bcubed(Map<String, String> storyOf, Map<String, String> labelOf) {
        Map<String, Map<String, Integer>> labelsPerStory = new HashMap<>();
        Map<String, Integer> storySize = new HashMap<>();
        Map<String, Integer> labelSize = new HashMap<>();
        storyOf.forEach((article, story) -> {
            String label = labelOf.get(article);
            labelsPerStory.computeIfAbsent(story, s -> new HashMap<>()).merge(label, 1, Integer::sum);
            storySize.merge(story, 1, Integer::sum);
            labelSize.merge(label, 1, Integer::sum);
        });
        double precision = 0;
        double recall = 0;
        for (Map.Entry<String, String> entry : storyOf.entrySet()) {
            String label = labelOf.get(entry.getKey());
            int together = labelsPerStory.get(entry.getValue()).get(label);
            precision += (double) together / storySize.get(entry.getValue());
            recall += (double) together / labelSize.get(label);
        }
        return new double[] {precision / storyOf.size(), recall / storyOf.size()};
    }

    /** The alerts no dated development explains and the developments no alert reported, to see why. */
    String mistakes() {
        return "alerts matching no development:\n  " + String.join("\n  ", unmatchedAlerts)
                + "\ndevelopments without an alert within a day: " + missedDevelopments;
    }

    double bcubedF() {
        return 2 * bcubedPrecision * bcubedRecall / (bcubedPrecision + bcubedRecall);
    }

    double alertsPerArticle() {
        return (double) newDevelopments / articles;
    }

    double alertPrecision() {
        return newDevelopments == 0 ? 0 : (double) matchingAlerts / newDevelopments;
    }

    double developmentRecall() {
        return (double) developmentsAlerted / developments;
    }

    String describe() {
        return String.format(Locale.ROOT, "articles %d; stories per real story %s; BCubed P %.3f R %.3f F %.3f; "
                        + "NEW_DEVELOPMENT %d (%.3f per article); matching a dated development %d (%.2f); "
                        + "developments alerted within a day %d of %d (%.2f); NEW_DEVELOPMENT repeating an alerted "
                        + "development %d, of another type %d, developments missing %d", articles, storiesPerRealStory,
                bcubedPrecision, bcubedRecall, bcubedF(), newDevelopments, alertsPerArticle(), matchingAlerts,
                alertPrecision(), developmentsAlerted, developments, developmentRecall(), repeatedAlerts,
                mistypedAlerts, missedDevelopments.size());
    }
}
