package io.newsflow.alerts.subscription;

import io.newsflow.schemas.avro.Alert;

/** An alert with what subscriptions also look at: the reporting article's headline and sentiment. */
public record AlertContext(Alert alert, String headline, double sentiment) {
}
