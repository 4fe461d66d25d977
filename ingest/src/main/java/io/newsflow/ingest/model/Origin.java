package io.newsflow.ingest.model;

/** How ingest read an article; the wire name is what {@code RawArticle.origin} carries. */
public enum Origin {
    JSONL("jsonl"),
    HTML("html"),
    RSS("rss"),
    ATOM("atom"),
    PAGE_TEXT("page-text");

    private final String wireName;

    Origin(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
