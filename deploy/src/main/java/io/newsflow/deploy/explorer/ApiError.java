package io.newsflow.deploy.explorer;

/** A request the explorer answers with an HTTP error and a JSON message, instead of a result. */
final class ApiError extends RuntimeException {
    private final int status;
    private final boolean retryable;

    private ApiError(int status, String message, boolean retryable) {
        super(message);
        this.status = status;
        this.retryable = retryable;
    }

    static ApiError badRequest(String message) {
        return new ApiError(400, message, false);
    }

    static ApiError notFound(String message) {
        return new ApiError(404, message, false);
    }

    static ApiError methodNotAllowed(String method) {
        return new ApiError(405, "method " + method + " is not allowed; the explorer answers GET", false);
    }

    /** 503 with Retry-After: the answer exists, but not here and now (a rebalance, a restore, a peer away). */
    static ApiError unavailable(String message) {
        return new ApiError(503, message, true);
    }

    int status() {
        return status;
    }

    boolean retryable() {
        return retryable;
    }
}
