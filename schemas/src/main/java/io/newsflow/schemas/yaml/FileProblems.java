package io.newsflow.schemas.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * The mistakes found in one file, each on its own line naming the file, so an operator fixes them all
 * in one go instead of meeting them one run at a time.
 */
final class FileProblems {
    private final String file;
    private final List<String> lines = new ArrayList<>();

    FileProblems(String file) {
        this.file = file;
    }

    void add(String where, String what) {
        lines.add(file + ": " + where + ": " + what);
    }

    /** Refuses the file when anything was found: the IllegalArgumentException that commands report as wrong input. */
    void throwIfAny() {
        if (lines.isEmpty()) {
            return;
        }
        String count = lines.size() == 1 ? "1 problem" : lines.size() + " problems";
        throw new IllegalArgumentException(file + ": " + count + "; fix " + (lines.size() == 1 ? "it" : "them")
                + " and try again:\n  " + String.join("\n  ", lines));
    }
}
