package io.newsflow.enrich.tag.sentiment;

import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenizedText;
import java.util.ArrayList;
import java.util.List;

/**
 * VADER's rules over the tokens of one sentence: lexicon valence; "no" and other negators up to three
 * words back flip and dampen it (x -0.74); degree words up to three back raise or lower it, less the
 * farther they stand; a word in capitals among lowercase words gains emphasis; "least" negates; words
 * before "but" count half and words after it one and a half.
 */
public final class SentimentScorer {
    private static final double NEGATION_SCALAR = -0.74;
    private static final double CAPS_EMPHASIS = 0.733;
    private static final double[] DEGREE_DISTANCE_DAMPING = {1.0, 0.95, 0.9};

    private final VaderLexicon lexicon;

    public SentimentScorer(VaderLexicon lexicon) {
        this.lexicon = lexicon;
    }

    public SentenceSentiment score(TokenizedText text, Sentence sentence) {
        List<Token> words = new ArrayList<>(sentence.tokenCount());
        int exclamations = 0;
        int questionMarks = 0;
        for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
            Token token = text.token(t);
            if (token.isWordLike()) {
                words.add(token);
            } else if (token.is('!')) {
                exclamations++;
            } else if (token.is('?')) {
                questionMarks++;
            }
        }
        if (words.isEmpty()) {
            return SentenceSentiment.NONE;
        }
        double[] valences = valences(words);
        applyBut(words, valences);
        return SentenceSentiment.of(valences, exclamations, questionMarks);
    }

    private double[] valences(List<Token> words) {
        boolean capsDifferential = capsDifferential(words);
        double[] valences = new double[words.size()];
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).folded();
            boolean kindOf = word.equals("kind") && i + 1 < words.size() && words.get(i + 1).folded().equals("of");
            if (!Intensifiers.isDegreeWord(word) && !kindOf) {
                valences[i] = valence(words, i, capsDifferential);
            }
        }
        return valences;
    }

    private double valence(List<Token> words, int i, boolean capsDifferential) {
        Double rated = lexicon.valence(words.get(i).folded());
        if (rated == null) {
            return 0;
        }
        double valence = rated;
        if (folded(words, i).equals("no") && i + 1 < words.size() && lexicon.contains(folded(words, i + 1))) {
            // "no" before a rated word negates it instead of counting as negative itself.
            valence = 0;
        }
        if (precededByNo(words, i)) {
            valence = rated * NEGATION_SCALAR;
        }
        if (capsDifferential && words.get(i).isAllCaps()) {
            valence += valence > 0 ? CAPS_EMPHASIS : -CAPS_EMPHASIS;
        }
        for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
            Token before = words.get(i - distance);
            if (lexicon.contains(before.folded())) {
                continue;
            }
            double shift = degreeShift(before, valence, capsDifferential) * DEGREE_DISTANCE_DAMPING[distance - 1];
            valence += shift;
            valence = negate(words, i, distance, valence);
        }
        return leastCheck(words, i, valence);
    }

    private static boolean precededByNo(List<Token> words, int i) {
        return (i > 0 && folded(words, i - 1).equals("no"))
                || (i > 1 && folded(words, i - 2).equals("no"))
                || (i > 2 && folded(words, i - 3).equals("no")
                        && (folded(words, i - 1).equals("or") || folded(words, i - 1).equals("nor")));
    }

    private static double degreeShift(Token word, double valence, boolean capsDifferential) {
        double shift = Intensifiers.degree(word.folded());
        if (shift == 0) {
            return 0;
        }
        if (valence < 0) {
            shift = -shift;
        }
        if (capsDifferential && word.isAllCaps()) {
            shift += valence > 0 ? CAPS_EMPHASIS : -CAPS_EMPHASIS;
        }
        return shift;
    }

    /**
     * A negator {@code distance} words back flips the valence, except "never so/this" (which
     * intensifies) and "without doubt" (which affirms).
     */
    private static double negate(List<Token> words, int i, int distance, double valence) {
        String negatorCandidate = folded(words, i - distance);
        if (distance >= 2 && negatorCandidate.equals("never") && followedBySoOrThis(words, i - distance + 1, i)) {
            return valence * 1.25;
        }
        if (distance >= 2 && negatorCandidate.equals("without") && containsDoubt(words, i - distance + 1, i)) {
            return valence;
        }
        return Intensifiers.isNegator(negatorCandidate) ? valence * NEGATION_SCALAR : valence;
    }

    private static boolean followedBySoOrThis(List<Token> words, int from, int to) {
        for (int k = from; k < to; k++) {
            String word = folded(words, k);
            if (word.equals("so") || word.equals("this")) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsDoubt(List<Token> words, int from, int to) {
        for (int k = from; k < to; k++) {
            if (folded(words, k).equals("doubt")) {
                return true;
            }
        }
        return false;
    }

    /** "least" negates the word after it, except in "at least" and "very least". */
    private double leastCheck(List<Token> words, int i, double valence) {
        if (i > 0 && folded(words, i - 1).equals("least") && !lexicon.contains("least")) {
            boolean idiom = i > 1 && (folded(words, i - 2).equals("at") || folded(words, i - 2).equals("very"));
            return idiom ? valence : valence * NEGATION_SCALAR;
        }
        return valence;
    }

    private static void applyBut(List<Token> words, double[] valences) {
        int but = -1;
        for (int i = 0; i < words.size() && but < 0; i++) {
            if (folded(words, i).equals("but")) {
                but = i;
            }
        }
        if (but < 0) {
            return;
        }
        for (int i = 0; i < valences.length; i++) {
            if (i < but) {
                valences[i] *= 0.5;
            } else if (i > but) {
                valences[i] *= 1.5;
            }
        }
    }

    /** Capitals emphasise only when some words are in capitals and others are not (not a shouted headline). */
    private static boolean capsDifferential(List<Token> words) {
        int caps = 0;
        for (Token word : words) {
            if (word.isAllCaps()) {
                caps++;
            }
        }
        return caps > 0 && caps < words.size();
    }

    private static String folded(List<Token> words, int i) {
        return words.get(i).folded();
    }
}
