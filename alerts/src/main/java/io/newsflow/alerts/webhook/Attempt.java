package io.newsflow.alerts.webhook;

/**
 * How one delivery attempt ended. Connection errors, timeouts, 408, 429 and 5xx are transient (the
 * receiver may take it later); any other answer outside 2xx, or a URL that cannot be used, is a refusal.
 *
 * @param problem what went wrong, for the log and the dead letter; empty when accepted
 */
public record Attempt(Outcome outcome, String problem) {
    public enum Outcome { ACCEPTED, TRANSIENT, REFUSED }

    private static final int BODY_SHOWN = 200;

    static Attempt answered(int status, String body) {
        if (status / 100 == 2) {
            return new Attempt(Outcome.ACCEPTED, "");
        }
        String problem = "HTTP " + status + " " + abbreviate(body);
        boolean transientFailure = status == 408 || status == 429 || status >= 500;
        return new Attempt(transientFailure ? Outcome.TRANSIENT : Outcome.REFUSED, problem);
    }

    static Attempt failed(Throwable error) {
        return new Attempt(Outcome.TRANSIENT, error.toString());
    }

    /** The endpoint cannot be reached now (its name does not resolve): worth another try later. */
    static Attempt unreachable(String problem) {
        return new Attempt(Outcome.TRANSIENT, problem);
    }

    static Attempt refused(String problem) {
        return new Attempt(Outcome.REFUSED, problem);
    }

    private static String abbreviate(String body) {
        return body.length() > BODY_SHOWN ? body.substring(0, BODY_SHOWN) + "..." : body;
    }
}
