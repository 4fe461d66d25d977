package io.newsflow.enrich.tag.cameo;

/** A dictionary line the loader cannot read: names the file, the line number and what is wrong. */
public final class DictionaryFormatException extends IllegalArgumentException {
    public DictionaryFormatException(String file, int line, String reason) {
        super(file + " line " + line + ": " + reason);
    }
}
