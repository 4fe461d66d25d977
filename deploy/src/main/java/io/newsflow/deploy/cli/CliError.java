package io.newsflow.deploy.cli;

/** A failure the user can fix; its message says what went wrong and what to do next. No stack trace. */
public final class CliError extends RuntimeException {
    public CliError(String message) {
        super(message);
    }

    public CliError(String message, Throwable cause) {
        super(message, cause);
    }
}
