package io.newsflow.enrich.tag.text;

import java.util.Collections;
import java.util.List;

/**
 * The result of the one tokenisation pass every tagger shares.
 *
 * @param leadEnd    index of the first sentence after the lead (the title and the first prose sentences)
 * @param vocabulary the vocabulary the tokens' word ids refer to
 */
public record TokenizedText(String text, List<Token> tokens, List<Sentence> sentences, int leadEnd,
                            Vocabulary vocabulary) {

    /** Wraps rather than copies: the tokeniser hands over lists it never touches again. */
    public TokenizedText {
        tokens = Collections.unmodifiableList(tokens);
        sentences = Collections.unmodifiableList(sentences);
    }

    public String sentenceText(Sentence sentence) {
        return text.substring(sentence.start(), sentence.end());
    }

    public Token token(int index) {
        return tokens.get(index);
    }

    /** The folded form of a token, without allocating for a word the vocabulary knows. */
    public String folded(int index) {
        return vocabulary.folded(tokens.get(index));
    }

    /** The sentences that are news by position: the title and the first body sentences. */
    public boolean isLead(Sentence sentence) {
        return sentence.index() < leadEnd;
    }
}
