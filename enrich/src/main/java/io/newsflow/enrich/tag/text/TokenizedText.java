package io.newsflow.enrich.tag.text;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;

/**
 * The result of the one tokenisation pass every tagger shares: the text, its tokens and sentences, the
 * index of the first sentence after the lead (the title and the first prose sentences) and the
 * vocabulary the tokens' word ids refer to. The tokens are kept in an array as well as shown as a
 * list: the taggers read them by index many times over, and {@link #token(int)} is then one array
 * read rather than a call through two list layers.
 */
public final class TokenizedText {
    private final String text;
    private final Token[] tokenArray;
    private final List<Token> tokens;
    private final List<Sentence> sentences;
    private final int leadEnd;
    private final Vocabulary vocabulary;

    /** Wraps the sentences rather than copying them: the tokeniser never touches them again. */
    public TokenizedText(String text, List<Token> tokens, List<Sentence> sentences, int leadEnd,
                         Vocabulary vocabulary) {
        this.text = text;
        this.tokenArray = tokens.toArray(new Token[0]);
        this.tokens = Collections.unmodifiableList(Arrays.asList(tokenArray));
        this.sentences = Collections.unmodifiableList(sentences);
        this.leadEnd = leadEnd;
        this.vocabulary = vocabulary;
    }

    public String text() {
        return text;
    }

    public List<Token> tokens() {
        return tokens;
    }

    public List<Sentence> sentences() {
        return sentences;
    }

    public int leadEnd() {
        return leadEnd;
    }

    public Vocabulary vocabulary() {
        return vocabulary;
    }

    public String sentenceText(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    public Token token(int index) {
        return tokenArray[index];
    }

    /** The folded form of a token, without allocating for a word the vocabulary knows. */
    public String folded(int index) {
        return vocabulary.folded(tokenArray[index]);
    }

    /** The sentences that are news by position: the title and the first body sentences. */
    public boolean isLead(Sentence sentence) {
        return sentence.index() < leadEnd;
    }
}
