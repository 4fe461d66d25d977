package io.newsflow.ingest.source;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;

/** The kinds of file ingest reads, told apart by extension, else by the first bytes. */
public enum InputFormat {
    JSON_LINES("jsonl"),
    HTML("html"),
    FEED("feed"),
    PAGE_TEXT("page-text");

    private static final int SNIFF_BYTES = 1024;
    private final String sourceTag;

    InputFormat(String sourceTag) {
        this.sourceTag = sourceTag;
    }

    /** The metrics' source tag for failures that happen before any article is parsed. */
    public String sourceTag() {
        return sourceTag;
    }

    /** The format the file's name declares, or null when the name says nothing. */
    public static InputFormat byName(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        String extension = name.contains(".") ? name.substring(name.lastIndexOf('.') + 1) : "";
        return switch (extension) {
            case "jsonl", "ndjson", "json" -> JSON_LINES;
            case "html", "htm", "xhtml" -> HTML;
            case "xml", "rss", "atom" -> FEED;
            case "txt", "text" -> PAGE_TEXT;
            default -> null;
        };
    }

    /** By name if it tells, else by content: a JSON object, a feed document, markup, or plain page text. */
    public static InputFormat of(Path file, byte[] head) {
        InputFormat named = byName(file);
        if (named != null) {
            return named;
        }
        String start = new String(head, 0, Math.min(head.length, SNIFF_BYTES), StandardCharsets.UTF_8).strip();
        if (start.startsWith("{")) {
            return JSON_LINES;
        }
        if (start.startsWith("<")) {
            return start.contains("<rss") || start.contains("<feed") ? FEED : HTML;
        }
        return PAGE_TEXT;
    }
}
