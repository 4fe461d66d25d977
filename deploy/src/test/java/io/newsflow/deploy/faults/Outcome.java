package io.newsflow.deploy.faults;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What one run committed, by id: enriched article ids, duplicate pairs ("copy -> original"), the keys of
 * dead letters and alert ids, each list in order of arrival and with any repeat kept, so a comparison
 * can see an article or an alert written twice; and by id, each enriched article's story and what each
 * alert says (kind, story, reporting articles).
 */
record Outcome(List<String> enriched, Map<String, String> stories, List<String> duplicatePairs,
               List<String> deadLetters, List<String> alertIds, Map<String, String> alerts) {

    /** Input ids that are not accounted for exactly once across enriched, duplicates and dead letters. */
    Map<String, Integer> notAccountedOnce(Collection<String> inputs) {
        Map<String, Integer> times = new TreeMap<>();
        inputs.forEach(id -> times.put(id, 0));
        List<String> accounted = new ArrayList<>(enriched);
        duplicatePairs.forEach(pair -> accounted.add(pair.substring(0, pair.indexOf(" -> "))));
        accounted.addAll(deadLetters);
        accounted.forEach(id -> times.merge(id, 1, Integer::sum));
        times.values().removeIf(count -> count == 1);
        return times;
    }

    Set<String> duplicatePairSet() {
        return new TreeSet<>(duplicatePairs);
    }

    /** Alert ids that were written more than once. */
    Set<String> repeatedAlertIds() {
        return alertIds.stream().collect(Collectors.groupingBy(Function.identity(), Collectors.counting()))
                .entrySet().stream().filter(entry -> entry.getValue() > 1).map(Map.Entry::getKey)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** Articles whose story differs from the one {@code other} put them in, with both stories. */
    Map<String, String> storiesDifferingFrom(Outcome other) {
        return differences(stories, other.stories);
    }

    /** Alerts, by id, that say something else than {@code other}'s alert of that id, with both contents. */
    Map<String, String> alertsDifferingFrom(Outcome other) {
        return differences(alerts, other.alerts);
    }

    private static Map<String, String> differences(Map<String, String> mine, Map<String, String> theirs) {
        Map<String, String> differing = new TreeMap<>();
        mine.forEach((id, value) -> {
            String other = theirs.get(id);
            if (other != null && !other.equals(value)) {
                differing.put(id, value + " instead of " + other);
            }
        });
        return differing;
    }

    /** Alert ids this run has and {@code other} has not. */
    Set<String> alertIdsMissingFrom(Outcome other) {
        Set<String> ids = new TreeSet<>(alertIds);
        ids.removeAll(other.alertIds);
        return ids;
    }
}
