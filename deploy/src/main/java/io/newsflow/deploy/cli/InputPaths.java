package io.newsflow.deploy.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Checks the files and folders a command was given before it connects to anything, naming each bad one. */
final class InputPaths {
    private InputPaths() {
    }

    static void requireReadableFiles(List<Path> files, String option) {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new CliError("cannot read " + option + " " + file + ": no such file");
            }
            if (Files.isDirectory(file)) {
                throw new CliError("cannot read " + option + " " + file + ": it is a directory (use --dir for folders)");
            }
            if (!Files.isReadable(file)) {
                throw new CliError("cannot read " + option + " " + file + ": permission denied");
            }
        }
    }

    static void requireDirectories(List<Path> directories, String option) {
        for (Path directory : directories) {
            if (!Files.isDirectory(directory)) {
                throw new CliError("cannot read " + option + " " + directory + ": "
                        + (Files.exists(directory) ? "not a directory (use --file for files)" : "no such directory"));
            }
        }
    }
}
