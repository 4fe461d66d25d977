package io.newsflow.enrich.tag.eval;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.RuleBasedTagger;
import io.newsflow.schemas.avro.Event;
import java.io.IOException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Event coding on the project's labelled set, per split: per-type precision and recall of the alerting
 * facts the tagger reports for each sentence (a sentence that expects NONE counts every alerting fact
 * found as a false positive). The held-out half was written before the dictionaries were wired in and
 * never tuned on; both halves must clear the bars.
 */
class EventCodingEvaluationTest {
    /** The event types the alerts service treats as developments (its default configuration). */
    static final Set<String> ALERTING = Set.of("OFFER", "ACCEPT", "REJECT", "NEGOTIATION", "SANCTIONS_IMPOSED",
            "SANCTIONS_EASED", "LEGAL_ACTION", "ARREST_CRACKDOWN", "PROTEST", "VIOLENCE", "ELECTION_DISPUTE",
            "RESIGNATION_TRANSITION");
    private static final double PRECISION_BAR = 0.85;
    private static final double RECALL_BAR = 0.75;

    private static final RuleBasedTagger TAGGER = RuleBasedTagger.bundled();
    private static List<LabelledSentence> set;

    @BeforeAll
    static void load() throws IOException {
        set = LabelledSentence.bundled();
    }

    @Test
    void theSetIsLargeEnoughAndCoversSeveralStories() {
        long bearing = set.stream().filter(LabelledSentence::expectsEvent).count();
        long stories = set.stream().filter(LabelledSentence::expectsEvent).map(LabelledSentence::story).distinct()
                .count();
        assertTrue(bearing >= 60, bearing + " development-bearing sentences");
        assertTrue(stories >= 5, stories + " stories");
    }

    @Test
    void heldOutHalfClearsTheBars() {
        assertBars(score("heldout"));
    }

    @Test
    void developmentHalfClearsTheBars() {
        assertBars(score("dev"));
    }

    private static void assertBars(Score score) {
        System.out.println(score.report());
        assertTrue(score.precision() >= PRECISION_BAR, "precision " + score.precision() + "\n" + score.report());
        assertTrue(score.recall() >= RECALL_BAR, "recall " + score.recall() + "\n" + score.report());
    }

    private static Score score(String split) {
        Score score = new Score(split);
        for (LabelledSentence labelled : set) {
            if (!labelled.split().equals(split)) {
                continue;
            }
            List<Event> facts = TAGGER.tag("", labelled.sentence()).events().stream()
                    .filter(event -> ALERTING.contains(event.getType()) && event.getModality().equals("FACT")
                            && event.getSalience().equals("NEWS"))
                    .toList();
            score.add(labelled, facts);
        }
        return score;
    }

    /** Per-type counts, and how often the coded actor of a correctly typed fact carries the expected code. */
    private static final class Score {
        private final String split;
        private final Map<String, int[]> byType = new TreeMap<>();
        private int actorsLabelled;
        private int actorsRight;
        private final StringBuilder misses = new StringBuilder();
        private final StringBuilder actorMisses = new StringBuilder();

        Score(String split) {
            this.split = split;
        }

        void add(LabelledSentence labelled, List<Event> facts) {
            Set<String> found = new LinkedHashSet<>();
            facts.forEach(event -> found.add(event.getType()));
            if (labelled.expectsEvent()) {
                counts(labelled.type())[found.contains(labelled.type()) ? 0 : 2]++;
            }
            for (String type : found) {
                if (!type.equals(labelled.type())) {
                    counts(type)[1]++;
                }
            }
            if (!found.equals(labelled.expectsEvent() ? Set.of(labelled.type()) : Set.of())) {
                misses.append("  expected ").append(labelled.type()).append(", found ").append(found).append(": ")
                        .append(labelled.sentence()).append('\n');
            }
            if (labelled.actorCode() != null && found.contains(labelled.type())) {
                actorsLabelled++;
                Event event = facts.stream().filter(e -> e.getType().equals(labelled.type())).findFirst().orElseThrow();
                if (labelled.actorCode().equals(event.getActorCode())) {
                    actorsRight++;
                } else {
                    actorMisses.append("  actor ").append(labelled.actorCode()).append(", coded ")
                            .append(event.getActorCode()).append(": ").append(labelled.sentence()).append('\n');
                }
            }
        }

        private int[] counts(String type) {
            return byType.computeIfAbsent(type, t -> new int[3]);
        }

        double precision() {
            int tp = total(0);
            return tp == 0 ? 0 : (double) tp / (tp + total(1));
        }

        double recall() {
            int tp = total(0);
            return tp == 0 ? 0 : (double) tp / (tp + total(2));
        }

        private int total(int column) {
            return byType.values().stream().mapToInt(counts -> counts[column]).sum();
        }

        String report() {
            StringBuilder text = new StringBuilder(String.format("%s: precision %.2f recall %.2f; actor codes %d/%d%n",
                    split, precision(), recall(), actorsRight, actorsLabelled));
            byType.forEach((type, c) -> text.append(String.format("  %-24s tp %2d fp %2d fn %2d  P %.2f R %.2f%n",
                    type, c[0], c[1], c[2], c[0] + c[1] == 0 ? 0 : (double) c[0] / (c[0] + c[1]),
                    c[0] + c[2] == 0 ? 0 : (double) c[0] / (c[0] + c[2]))));
            return text.append(misses).append(actorMisses).toString();
        }
    }
}
