package io.newsflow.ingest.source;

import io.newsflow.ingest.model.InputRejectedException;
import io.newsflow.ingest.model.RejectionReason;
import io.newsflow.ingest.parse.Feed;
import io.newsflow.ingest.parse.FeedItem;
import io.newsflow.ingest.parse.FeedItemDrafts;
import io.newsflow.ingest.parse.FeedParser;
import io.newsflow.ingest.parse.HtmlArticleParser;
import io.newsflow.ingest.parse.JsonLineParser;
import io.newsflow.ingest.parse.PageTextParser;
import io.newsflow.ingest.publish.IngestPipeline;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Reads files into the pipeline: JSON lines line by line (streamed: replay files can be large), and HTML,
 * page text and feed documents whole. A file that cannot be read, is too large or is not UTF-8 becomes a
 * dead letter naming the file; a bad line becomes one naming the file and line; the run goes on.
 */
public final class FileIngestor {
    /** Inputs (a page, a feed document, a JSON line) of this many bytes or more are rejected as too large. */
    public static final int DEFAULT_MAX_INPUT_BYTES = 10_000_000;
    /** The metrics' source tag of a file that cannot be read and whose name tells no format. */
    public static final String UNNAMED_FILE_SOURCE = "file";
    /** The metrics' source tag of a directory that cannot be listed. */
    public static final String DIRECTORY_SOURCE = "directory";

    private final IngestPipeline pipeline;
    private final int maxInputBytes;
    private final JsonLineParser jsonLines = new JsonLineParser();
    private final HtmlArticleParser html = new HtmlArticleParser();
    private final PageTextParser pageText = new PageTextParser();
    private final FeedParser feeds = new FeedParser();

    public FileIngestor(IngestPipeline pipeline, int maxInputBytes) {
        this.pipeline = pipeline;
        this.maxInputBytes = maxInputBytes;
    }

    /** Every regular, non-hidden file under the directory, in name order so runs are repeatable. */
    public void ingestDirectory(Path directory) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(directory)) {
            files = walk.filter(Files::isRegularFile).filter(file -> !isHidden(directory, file)).sorted().toList();
        } catch (IOException | RuntimeException e) {
            pipeline.reject(directory.toString(), DIRECTORY_SOURCE, new InputRejectedException(RejectionReason.UNREADABLE,
                    "cannot list the directory: " + e.getMessage(), e), null);
            return;
        }
        files.forEach(this::ingestFile);
    }

    public void ingestFile(Path file) {
        InputFormat named = InputFormat.byName(file);
        String failureTag = named == null ? UNNAMED_FILE_SOURCE : named.sourceTag();
        try {
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new IOException(Files.exists(file) ? "not a readable regular file" : "no such file");
            }
            InputFormat format = named != null ? named : InputFormat.of(file, head(file));
            if (format == InputFormat.JSON_LINES) {
                ingestJsonLines(file);
            } else {
                ingestDocument(file, format);
            }
        } catch (IOException e) {
            pipeline.reject(file.toString(), failureTag, new InputRejectedException(RejectionReason.UNREADABLE,
                    "cannot read the file: " + e.getMessage(), e), null);
        }
    }

    private void ingestJsonLines(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            ByteLineReader lines = new ByteLineReader(in, maxInputBytes - 1);
            for (Optional<ByteLineReader.Line> line = lines.next(); line.isPresent(); line = lines.next()) {
                ingestJsonLine(file + ":" + line.get().number(), line.get());
            }
        }
    }

    private void ingestJsonLine(String input, ByteLineReader.Line line) {
        String tag = InputFormat.JSON_LINES.sourceTag();
        try {
            if (line.tooLong()) {
                throw tooLarge(line.length());
            }
            String text = StrictUtf8.decode(line.bytes());
            if (text.isBlank()) {
                return;
            }
            pipeline.publish(jsonLines.parse(text), input, line.bytes());
        } catch (InputRejectedException rejection) {
            pipeline.reject(input, tag, rejection, line.bytes());
        }
    }

    private void ingestDocument(Path file, InputFormat format) throws IOException {
        String input = file.toString();
        byte[] bytes = null;
        try {
            long size = Files.size(file);
            if (size >= maxInputBytes) {
                throw tooLarge(size);
            }
            bytes = Files.readAllBytes(file);
            String text = StrictUtf8.decode(bytes);
            switch (format) {
                case HTML -> pipeline.publish(html.parse(text, null), input, bytes);
                case PAGE_TEXT -> pipeline.publish(pageText.parse(text), input, bytes);
                default -> ingestFeedDocument(input, feeds.parse(text));
            }
        } catch (InputRejectedException rejection) {
            pipeline.reject(input, format.sourceTag(), rejection, bytes);
        }
    }

    private void ingestFeedDocument(String input, Feed feed) {
        for (FeedItem item : feed.items()) {
            pipeline.publish(FeedItemDrafts.toDraft(feed, item), input + "#" + item.stableKey(),
                    item.contentHtml().getBytes(StandardCharsets.UTF_8));
        }
    }

    private InputRejectedException tooLarge(long size) {
        return new InputRejectedException(RejectionReason.TOO_LARGE,
                size + " bytes; inputs must be smaller than " + maxInputBytes + " bytes");
    }

    private static byte[] head(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(1024);
        }
    }

    /** Dot-files and dot-directories (editor swap files, .git) are not inputs. */
    private static boolean isHidden(Path root, Path file) {
        for (Path part : root.relativize(file)) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
