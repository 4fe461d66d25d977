package io.newsflow.enrich.tag.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

/**
 * Splits text into sentences and tokens in a single left-to-right pass. Sentence ends are '.', '!'
 * and '?' followed by something that can start a sentence, and every line break (scraped pages put
 * headings and bullets on lines of their own); a '.' after a known abbreviation (Mr., Jan.) or an
 * initial does not end a sentence, and dotted acronyms (U.S., D.C.) are single tokens.
 */
public final class Tokenizer {
    /** Body sentences after the title that count as the lead of an article. */
    public static final int LEAD_BODY_SENTENCES = 2;

    /**
     * Words a body sentence needs to count towards the lead, so page furniture ("Share this article",
     * a dateline) does not push the real lead out.
     */
    static final int LEAD_MIN_WORDS = 6;

    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "gen", "sen", "rep", "gov", "pres", "st", "mt", "ft", "jr", "sr",
            "lt", "col", "sgt", "capt", "maj", "adm", "cmdr", "rev", "fr", "vs", "no", "nos", "approx",
            "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec");

    /** Words that, capitalised after a dotted acronym, show that the acronym's dot ended the sentence. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the", "he", "she", "it", "they", "we", "i", "but", "and", "in", "a", "an", "this", "that",
            "these", "those", "his", "her", "its", "their", "on", "at", "after", "as", "there", "meanwhile",
            "however", "officials", "still", "yet");

    private final Vocabulary vocabulary;

    /** A tokeniser that knows no word ids (for one-off uses such as indexing aliases). */
    public Tokenizer() {
        this(Vocabulary.EMPTY);
    }

    /** A tokeniser that gives tokens the ids of the vocabulary's words. */
    public Tokenizer(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
    }

    public TokenizedText tokenize(String title, String body) {
        String text = title + "\n\n" + body;
        Scan scan = new Scan(text, vocabulary);
        scan.region(0, title.length(), false);
        scan.closeSentence(true);
        scan.region(title.length() + 2, text.length(), true);
        scan.closeSentence(false);
        return new TokenizedText(text, scan.tokens, scan.sentences, scan.leadEnd(1), vocabulary);
    }

    public TokenizedText tokenize(String text) {
        Scan scan = new Scan(text, vocabulary);
        scan.region(0, text.length(), true);
        scan.closeSentence(false);
        return new TokenizedText(text, scan.tokens, scan.sentences, scan.leadEnd(0), vocabulary);
    }

    /** The mutable state of one pass over one text. */
    private static final class Scan {
        /** Class bits of a character: part of a word (letter, digit, combining mark), a letter, a lowercase letter. */
        private static final int WORD_CHAR = 1;
        private static final int LETTER = 2;
        private static final int LOWER = 4;
        /**
         * The class bits of every UTF-16 unit (64 KiB), so the per-character loop is one table read with
         * no branch on the script and no call into {@link Character}.
         */
        private static final byte[] CLASS = new byte[Character.MAX_VALUE + 1];

        static {
            for (int c = 0; c <= Character.MAX_VALUE; c++) {
                CLASS[c] = (byte) classBits((char) c);
            }
        }

        private final Vocabulary vocabulary;
        private final String text;
        /** The text as an array: indexing it is markedly cheaper than charAt on non-Latin-1 strings. */
        private final char[] chars;
        private final List<Token> tokens;
        /** Where a token is folded before the vocabulary is asked for its id. */
        private char[] scratch = new char[32];
        private final List<Sentence> sentences;
        private int sentenceFirstToken;

        Scan(String text, Vocabulary vocabulary) {
            this.vocabulary = vocabulary;
            this.text = text;
            this.chars = text.toCharArray();
            // Sized so the list rarely grows: news runs to a token per four to five characters, punctuation included.
            this.tokens = new ArrayList<>(text.length() / 4 + 8);
            // Sentences in news run to well over a hundred characters.
            this.sentences = new ArrayList<>(text.length() / 100 + 4);
        }

        void region(int from, int to, boolean splitSentences) {
            int i = from;
            while (i < to) {
                char c = chars[i];
                if (c == ' ') {
                    i++;
                } else if (c == '\n' && splitSentences) {
                    closeSentence(false);
                    i++;
                } else if ((CLASS[c] & WORD_CHAR) != 0) {
                    i = word(i, to, splitSentences);
                } else if (Character.isWhitespace(c)) {
                    i++;
                } else {
                    add(i, i + 1, TokenKind.PUNCTUATION);
                    i++;
                    if (splitSentences && isTerminator(c)) {
                        i = closers(i, to);
                        if (terminatorEndsSentence(i, to)) {
                            closeSentence(false);
                        }
                    }
                }
            }
        }

        /** Index after the last lead sentence: the first body sentences long enough to be prose. */
        int leadEnd(int firstBodySentence) {
            int prose = 0;
            for (int s = firstBodySentence; s < sentences.size(); s++) {
                if (wordCount(sentences.get(s)) >= LEAD_MIN_WORDS && ++prose == LEAD_BODY_SENTENCES) {
                    return s + 1;
                }
            }
            return sentences.size();
        }

        private int wordCount(Sentence sentence) {
            int words = 0;
            for (int t = sentence.firstToken(); t < sentence.endToken(); t++) {
                if (tokens.get(t).isWordLike()) {
                    words++;
                }
            }
            return words;
        }

        void closeSentence(boolean evenIfEmpty) {
            int end = tokens.size();
            if (end == sentenceFirstToken && !evenIfEmpty) {
                return;
            }
            int startChar = end == sentenceFirstToken ? 0 : tokens.get(sentenceFirstToken).start();
            int endChar = end == sentenceFirstToken ? 0 : tokens.get(end - 1).end();
            sentences.add(new Sentence(sentences.size(), startChar, endChar, sentenceFirstToken, end));
            sentenceFirstToken = end;
        }

        private int word(int start, int to, boolean splitSentences) {
            int acronymEnd = start + 1 < to && chars[start + 1] == '.' ? dottedAcronymEnd(start, to) : start;
            if (acronymEnd > start) {
                add(start, acronymEnd, TokenKind.WORD);
                if (splitSentences && opensSentence(acronymEnd, to)) {
                    closeSentence(false);
                }
                return acronymEnd;
            }
            boolean number = Character.isDigit(chars[start]);
            TokenKind kind = kindOf(number);
            // The word is folded and hashed as it is scanned, so its characters are read once, with one
            // table read each for the class and case bits and one for the folded form.
            char[] text = chars;
            char[] folding = scratch;
            char first = text[start];
            int firstClass = CLASS[first];
            char folded = Folding.foldChar(first);
            folding[0] = folded;
            int hash = folded;
            int caseBits = firstClass;
            int i = start + 1;
            while (i < to) {
                char c = text[i];
                int charClass = CLASS[c];
                if ((charClass & WORD_CHAR) == 0) {
                    if (isApostrophe(c) && i + 1 < to && Character.isLetter(text[i + 1])) {
                        if (isPossessiveS(i + 1, to)) {
                            addFolded(start, i, kind, hash, caseBits);
                            add(i, i + 2, TokenKind.POSSESSIVE);
                            return i + 2;
                        }
                    } else if (!(number && (c == '.' || c == ',') && i + 1 < to && Character.isDigit(text[i + 1]))) {
                        break;
                    }
                }
                int at = i - start;
                if (at == folding.length) {
                    folding = Arrays.copyOf(folding, folding.length * 2);
                    scratch = folding;
                }
                folded = Folding.foldChar(c);
                folding[at] = folded;
                hash = 31 * hash + folded;
                caseBits |= charClass;
                i++;
            }
            addFolded(start, i, kind, hash, caseBits);
            return i;
        }

        /** End of a run like "U.S." or "D.C." (single letters each followed by a dot), or start if none. */
        private int dottedAcronymEnd(int start, int to) {
            int i = start;
            int letters = 0;
            while (i + 1 < to && Character.isLetter(chars[i]) && chars[i + 1] == '.'
                    && (i + 2 >= to || !Character.isLetterOrDigit(chars[i + 2]) || isSingleLetterAt(i + 2, to))) {
                letters++;
                i += 2;
                if (i >= to || !Character.isLetter(chars[i])) {
                    break;
                }
            }
            return letters >= 2 ? i : start;
        }

        private boolean isSingleLetterAt(int i, int to) {
            return Character.isLetter(chars[i]) && i + 1 < to && chars[i + 1] == '.';
        }

        private boolean isPossessiveS(int i, int to) {
            char s = chars[i];
            return (s == 's' || s == 'S') && (i + 1 >= to || !Character.isLetterOrDigit(chars[i + 1]));
        }

        private int closers(int start, int to) {
            int i = start;
            while (i < to && (isTerminator(chars[i]) || isCloser(chars[i]))) {
                add(i, i + 1, TokenKind.PUNCTUATION);
                i++;
            }
            return i;
        }

        private boolean terminatorEndsSentence(int afterPunctuation, int to) {
            int terminatorIndex = lastTerminatorToken();
            if (terminatorIndex > sentenceFirstToken && tokens.get(terminatorIndex).is('.')) {
                Token before = tokens.get(terminatorIndex - 1);
                if (before.end() == tokens.get(terminatorIndex).start() && isAbbreviationOrInitial(before)) {
                    return false;
                }
            }
            int next = skipSpaces(afterPunctuation, to);
            if (next >= to) {
                return true;
            }
            char c = chars[next];
            return c == '\n' || Character.isUpperCase(c) || Character.isDigit(c) || isOpener(c);
        }

        private int lastTerminatorToken() {
            int i = tokens.size() - 1;
            while (i > sentenceFirstToken && !isTerminator(chars[tokens.get(i).start()])) {
                i--;
            }
            return i;
        }

        private boolean isAbbreviationOrInitial(Token token) {
            if (token.kind() != TokenKind.WORD) {
                return false;
            }
            if (token.length() == 1 && token.startsUppercase()) {
                return true;
            }
            return ABBREVIATIONS.contains(vocabulary.folded(token));
        }

        /** After a dotted acronym: does a capitalised sentence opener follow, so the dot ended a sentence? */
        private boolean opensSentence(int after, int to) {
            if (after < to && !Character.isWhitespace(chars[after])) {
                return false;
            }
            int next = skipSpaces(after, to);
            int end = next;
            while (end < to && Character.isLetter(chars[end])) {
                end++;
            }
            return end > next && Character.isUpperCase(chars[next])
                    && SENTENCE_OPENERS.contains(Folding.fold(chars, next, end));
        }

        private int skipSpaces(int from, int to) {
            int i = from;
            while (i < to && chars[i] != '\n' && Character.isWhitespace(chars[i])) {
                i++;
            }
            return i;
        }

        private void add(int start, int end, TokenKind kind) {
            int length = end - start;
            if (length > scratch.length) {
                scratch = new char[Math.max(length, scratch.length * 2)];
            }
            int hash = 0;
            int caseBits = 0;
            for (int i = 0; i < length; i++) {
                char c = chars[start + i];
                char folded = Folding.foldChar(c);
                scratch[i] = folded;
                hash = 31 * hash + folded;
                caseBits |= CLASS[c];
            }
            addFolded(start, end, kind, hash, caseBits);
        }

        /** Adds the token whose folded form is in the scratch buffer, with its hash and {@link #caseBits}. */
        private void addFolded(int start, int end, TokenKind kind, int hash, int caseBits) {
            int wordId = vocabulary.find(scratch, end - start, hash);
            char first = chars[start];
            boolean startsUppercase = first < 128 ? first >= 'A' && first <= 'Z' : Character.isUpperCase(first);
            boolean allCaps = (caseBits & (LETTER | LOWER)) == LETTER;
            tokens.add(new Token(text, start, end, wordId, kind, startsUppercase, allCaps));
        }

        /** {@link #WORD_CHAR}, {@link #LETTER} and {@link #LOWER} as they apply to one character. */
        private static int classBits(char c) {
            boolean letter = Character.isLetter(c);
            boolean wordChar = letter || Character.isDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK;
            return (wordChar ? WORD_CHAR : 0) | (letter ? LETTER : 0) | (Character.isLowerCase(c) ? LOWER : 0);
        }

        private static TokenKind kindOf(boolean number) {
            return number ? TokenKind.NUMBER : TokenKind.WORD;
        }

        private static boolean isTerminator(char c) {
            return c == '.' || c == '!' || c == '?';
        }

        private static boolean isCloser(char c) {
            return c == '"' || c == '\'' || c == '\u201D' || c == '\u2019' || c == ')' || c == ']';
        }

        private static boolean isOpener(char c) {
            return c == '"' || c == '\'' || c == '\u201C' || c == '\u2018' || c == '(' || c == '[' || c == '\u2022';
        }

        private static boolean isApostrophe(char c) {
            return c == '\'' || c == '\u2019';
        }
    }
}
