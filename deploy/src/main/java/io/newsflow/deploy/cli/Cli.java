package io.newsflow.deploy.cli;

import java.util.function.Supplier;

/** Small helpers shared by the commands. */
final class Cli {
    private Cli() {
    }

    /** Runs a step that reads what the user gave us; its IllegalArgumentException becomes a clear CLI error. */
    static <T> T userInput(Supplier<T> step) {
        try {
            return step.get();
        } catch (IllegalArgumentException e) {
            throw new CliError(e.getMessage(), e);
        }
    }
}
