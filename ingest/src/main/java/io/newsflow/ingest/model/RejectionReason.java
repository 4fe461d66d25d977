package io.newsflow.ingest.model;

/** Why an input could not become an article; the code is what dead letters and metrics carry. */
public enum RejectionReason {
    UNREADABLE("unreadable"),
    TOO_LARGE("too-large"),
    INVALID_UTF8("invalid-utf8"),
    INVALID_JSON("invalid-json"),
    INVALID_FIELD("invalid-field"),
    MISSING_TITLE("missing-title"),
    MISSING_BODY("missing-body"),
    INVALID_FEED("invalid-feed"),
    FETCH_FAILED("fetch-failed"),
    PUBLISH_FAILED("publish-failed");

    private final String code;

    RejectionReason(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
