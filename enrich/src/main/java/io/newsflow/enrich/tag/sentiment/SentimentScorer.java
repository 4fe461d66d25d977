package io.newsflow.enrich.tag.sentiment;

import io.newsflow.enrich.tag.text.Sentence;
import io.newsflow.enrich.tag.text.Token;
import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Vocabulary;
import io.newsflow.enrich.tag.text.WordLookup;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

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
    private static final double UNRATED = Double.NaN;
    private static final Set<String> NEVER_INTENSIFIED_BY = Set.of("so", "this");
    private static final Set<String> DOUBT = Set.of("doubt");

    /** Lexicon valence and degree of every word either knows, so each token costs one look-up. */
    private final WordLookup<WordCue> cues;
    private final Set<String> words;

    public SentimentScorer(VaderLexicon lexicon) {
        Map<String, WordCue> combined = new HashMap<>(lexicon.size() * 2);
        for (String word : lexicon.words()) {
            combined.put(word, new WordCue(lexicon.valence(word), 0));
        }
        Intensifiers.degreeWords().forEach((word, degree) ->
                combined.merge(word, new WordCue(UNRATED, degree), (rated, degreeOnly) ->
                        new WordCue(rated.valence, degreeOnly.degree)));
        this.cues = new WordLookup<>(combined);
        Set<String> known = new HashSet<>(combined.keySet());
        known.addAll(Intensifiers.negators());
        this.words = Set.copyOf(known);
    }

    private record WordCue(double valence, double degree) {
    }

    /** Every word the rules react to: worth a place in the tokeniser's vocabulary. */
    public Set<String> words() {
        return words;
    }

    /** One sentence's evidence; to score a whole text, {@link #scoreAll} spares the per-sentence buffers. */
    public SentenceSentiment score(TokenizedText text, Sentence sentence) {
        return new Scoring(sentence.tokenCount()).score(text, sentence);
    }

    /** Every sentence's evidence, in sentence order. */
    public List<SentenceSentiment> scoreAll(TokenizedText text) {
        int longest = 0;
        for (Sentence sentence : text.sentences()) {
            longest = Math.max(longest, sentence.tokenCount());
        }
        // One set of buffers for the whole text: per-sentence arrays were a large share of the allocation.
        Scoring scoring = new Scoring(longest);
        List<SentenceSentiment> scores = new ArrayList<>(text.sentences().size());
        for (Sentence sentence : text.sentences()) {
            scores.add(scoring.score(text, sentence));
        }
        return scores;
    }

    /** The rules applied to one sentence at a time, with each word's look-up done once up front. */
    private final class Scoring {
        private final Token[] words;
        private final double[] rated;
        private final double[] degree;
        private final double[] valences;
        private Vocabulary vocabulary;
        private int count;
        private boolean capsDifferential;

        Scoring(int capacity) {
            this.words = new Token[capacity];
            this.rated = new double[capacity];
            this.degree = new double[capacity];
            this.valences = new double[capacity];
        }

        SentenceSentiment score(TokenizedText text, Sentence sentence) {
            count = 0;
            int exclamations = 0;
            int questionMarks = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                Token token = text.token(t);
                if (token.isWordLike()) {
                    words[count++] = token;
                } else if (token.is('!')) {
                    exclamations++;
                } else if (token.is('?')) {
                    questionMarks++;
                }
            }
            if (count == 0) {
                return SentenceSentiment.NONE;
            }
            vocabulary = text.vocabulary();
            WordLookup.Bound<WordCue> lookup = cues.in(vocabulary);
            boolean anyRated = false;
            for (int i = 0; i < count; i++) {
                WordCue cue = lookup.get(words[i]);
                rated[i] = cue == null ? UNRATED : cue.valence;
                degree[i] = cue == null ? 0 : cue.degree;
                anyRated |= !Double.isNaN(rated[i]);
            }
            Arrays.fill(valences, 0, count, 0);
            if (anyRated) {
                capsDifferential = capsDifferential();
                fill();
                applyBut();
            }
            return SentenceSentiment.of(valences, count, exclamations, questionMarks);
        }

        private void fill() {
            for (int i = 0; i < count; i++) {
                if (degree[i] == 0 && !Double.isNaN(rated[i]) && !isKindOf(i)) {
                    valences[i] = valence(i);
                }
            }
        }

        private boolean isKindOf(int i) {
            return is(i, "kind") && i + 1 < count && is(i + 1, "of");
        }

        private double valence(int i) {
            double valence = rated[i];
            if (is(i, "no") && i + 1 < count && !Double.isNaN(rated[i + 1])) {
                // "no" before a rated word negates it instead of counting as negative itself.
                valence = 0;
            }
            if (precededByNo(i)) {
                valence = rated[i] * NEGATION_SCALAR;
            }
            if (capsDifferential && words[i].isAllCaps()) {
                valence += valence > 0 ? CAPS_EMPHASIS : -CAPS_EMPHASIS;
            }
            for (int distance = 1; distance <= 3 && i - distance >= 0; distance++) {
                int before = i - distance;
                if (!Double.isNaN(rated[before])) {
                    continue;
                }
                valence += degreeShift(before, valence) * DEGREE_DISTANCE_DAMPING[distance - 1];
                valence = negate(i, distance, valence);
            }
            return leastCheck(i, valence);
        }

        private boolean precededByNo(int i) {
            return (i > 0 && is(i - 1, "no"))
                    || (i > 1 && is(i - 2, "no"))
                    || (i > 2 && is(i - 3, "no") && (is(i - 1, "or") || is(i - 1, "nor")));
        }

        private double degreeShift(int k, double valence) {
            double shift = degree[k];
            if (shift == 0) {
                return 0;
            }
            if (valence < 0) {
                shift = -shift;
            }
            if (capsDifferential && words[k].isAllCaps()) {
                shift += valence > 0 ? CAPS_EMPHASIS : -CAPS_EMPHASIS;
            }
            return shift;
        }

        /**
         * A negator {@code distance} words back flips the valence, except "never so/this" (which
         * intensifies) and "without doubt" (which affirms).
         */
        private double negate(int i, int distance, double valence) {
            int candidate = i - distance;
            if (distance >= 2 && is(candidate, "never") && anyOf(candidate + 1, i, NEVER_INTENSIFIED_BY)) {
                return valence * 1.25;
            }
            if (distance >= 2 && is(candidate, "without") && anyOf(candidate + 1, i, DOUBT)) {
                return valence;
            }
            return Intensifiers.isNegator(words[candidate], vocabulary) ? valence * NEGATION_SCALAR : valence;
        }

        private boolean anyOf(int from, int to, Set<String> wanted) {
            for (int k = from; k < to; k++) {
                if (wanted.contains(word(k))) {
                    return true;
                }
            }
            return false;
        }

        /** "least" negates the word after it, except in "at least" and "very least". */
        private double leastCheck(int i, double valence) {
            if (i > 0 && is(i - 1, "least") && Double.isNaN(rated[i - 1])) {
                boolean idiom = i > 1 && (is(i - 2, "at") || is(i - 2, "very"));
                return idiom ? valence : valence * NEGATION_SCALAR;
            }
            return valence;
        }

        private String word(int i) {
            return vocabulary.folded(words[i]);
        }

        private boolean is(int i, String folded) {
            return words[i].foldedEquals(folded);
        }

        private void applyBut() {
            int but = -1;
            for (int i = 0; i < count && but < 0; i++) {
                if (is(i, "but")) {
                    but = i;
                }
            }
            if (but < 0) {
                return;
            }
            for (int i = 0; i < count; i++) {
                if (i < but) {
                    valences[i] *= 0.5;
                } else if (i > but) {
                    valences[i] *= 1.5;
                }
            }
        }

        /** Capitals emphasise only when some words are in capitals and others are not (not a shouted headline). */
        private boolean capsDifferential() {
            int caps = 0;
            for (int i = 0; i < count; i++) {
                if (words[i].isAllCaps()) {
                    caps++;
                }
            }
            return caps > 0 && caps < count;
        }
    }
}
