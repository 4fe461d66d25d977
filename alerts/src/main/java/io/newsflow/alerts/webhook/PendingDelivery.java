package io.newsflow.alerts.webhook;

import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.json.RecordJson;
import java.time.Instant;

/**
 * An alert waiting to be accepted by a subscription's webhook: the request body, the alert as written to
 * the deliveries topic (what its dead letter keeps), and how far its attempts got.
 *
 * @param notBefore when it may be attempted next
 */
public record PendingDelivery(String subscriptionId, String alertId, String body, byte[] alert, int attemptsMade,
                              Instant notBefore, String lastProblem) {

    /** A new delivery, to be attempted at once. */
    public static PendingDelivery of(String subscriptionId, Alert alert, byte[] alertBytes, Instant now) {
        ObjectNode body = JsonNodeFactory.instance.objectNode();
        body.put("subscription", subscriptionId);
        body.set("alert", RecordJson.toNode(alert));
        return new PendingDelivery(subscriptionId, alert.getAlertId(), body.toString(), alertBytes, 0, now, "");
    }

    /** The same for every attempt, across restarts: the receiver drops what it has seen. */
    public String idempotencyKey() {
        return alertId + ":" + subscriptionId;
    }

    /** After one more attempt that ended with this problem. */
    public PendingDelivery failedWith(String problem) {
        return new PendingDelivery(subscriptionId, alertId, body, alert, attemptsMade + 1, notBefore, problem);
    }

    public PendingDelivery retryAt(Instant time) {
        return new PendingDelivery(subscriptionId, alertId, body, alert, attemptsMade, time, lastProblem);
    }
}
