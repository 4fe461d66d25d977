package io.newsflow.alerts.webhook;

/** Why a delivery was given up: the error recorded in its dead letter. */
public final class WebhookFailure extends RuntimeException {
    public WebhookFailure(String message) {
        super(message, null, false, false);
    }
}
