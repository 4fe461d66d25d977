package io.newsflow.enrich.tag.text;

/**
 * A sentence as a range of characters and of tokens in its {@link TokenizedText}. Index 0 is the title
 * when the text was built from a title and a body.
 */
public record Sentence(int index, int start, int end, int firstToken, int endToken) {

    public int tokenCount() {
        return endToken - firstToken;
    }
}
