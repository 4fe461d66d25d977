package io.newsflow.ingest.model;

/** An input that cannot become an article, with the reason and a message a person can act on. */
public final class InputRejectedException extends Exception {
    private final RejectionReason reason;

    public InputRejectedException(RejectionReason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public InputRejectedException(RejectionReason reason, String message, Throwable cause) {
        super(message, cause);
        this.reason = reason;
    }

    public RejectionReason reason() {
        return reason;
    }
}
