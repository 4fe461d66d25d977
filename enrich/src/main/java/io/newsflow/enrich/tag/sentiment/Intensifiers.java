package io.newsflow.enrich.tag.sentiment;

import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.Vocabulary;
import io.newsflow.enrich.tag.text.WordSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * The closed word classes VADER's rules react to: negators and degree adverbs that raise or lower the
 * intensity of the sentiment word they precede. The lists are newsflow's own, built on the categories
 * the VADER paper describes.
 */
final class Intensifiers {
    /** Added to (or, for negative sentiment, subtracted from) the valence by a booster. */
    static final double BOOST = 0.293;

    private static final WordSet NEGATORS = WordSet.of(
            "not", "never", "none", "nothing", "nowhere", "neither", "nor", "nobody", "without", "cannot",
            "rarely", "seldom", "despite", "aint", "arent", "cant", "couldnt", "didnt", "doesnt", "dont",
            "hadnt", "hasnt", "havent", "isnt", "mightnt", "mustnt", "neednt", "shant", "shouldnt",
            "wasnt", "werent", "wont", "wouldnt");

    private static final Map<String, Double> DEGREE = buildDegree();

    private Intensifiers() {
    }

    static boolean isNegator(Token word, Vocabulary vocabulary) {
        return NEGATORS.contains(word, vocabulary) || word.foldedEndsWith("n't");
    }

    static Set<String> negators() {
        return NEGATORS.words();
    }

    static Map<String, Double> degreeWords() {
        return DEGREE;
    }

    /** +BOOST for a word that intensifies, -BOOST for one that dampens, 0 otherwise. */
    static double degree(String folded) {
        return DEGREE.getOrDefault(folded, 0.0);
    }

    private static Map<String, Double> buildDegree() {
        Map<String, Double> degree = new HashMap<>();
        for (String up : new String[] {
                "absolutely", "amazingly", "awfully", "completely", "considerably", "decidedly", "deeply",
                "enormously", "entirely", "especially", "exceptionally", "extremely", "fabulously", "fully",
                "greatly", "highly", "hugely", "incredibly", "intensely", "majorly", "more", "most",
                "particularly", "purely", "quite", "really", "remarkably", "so", "substantially",
                "thoroughly", "totally", "tremendously", "unbelievably", "unusually", "utterly", "very",
                "exceedingly", "immensely", "profoundly", "severely", "sharply", "strongly", "truly",
                "dramatically", "seriously", "overwhelmingly"}) {
            degree.put(up, BOOST);
        }
        for (String down : new String[] {
                "almost", "barely", "hardly", "kinda", "less", "little", "marginally", "occasionally",
                "partly", "scarcely", "slightly", "somewhat", "sorta", "mildly", "moderately", "fairly",
                "relatively", "modestly"}) {
            degree.put(down, -BOOST);
        }
        return Map.copyOf(degree);
    }
}
