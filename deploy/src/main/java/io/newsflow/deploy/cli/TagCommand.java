package io.newsflow.deploy.cli;

import io.newsflow.enrich.tag.RuleBasedTagger;
import io.newsflow.enrich.tag.TagCommandCore;
import io.newsflow.ingest.JsonLineArticles;
import io.newsflow.ingest.model.InputRejectedException;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

@Command(name = "tag", mixinStandardHelpOptions = true,
        description = {"Tag articles without Kafka: read JSON lines (url, source, title, body, publishedAt, optional id) "
                + "from FILE or standard input, write one enriched JSON object per line to standard output "
                + "(articleId, entities, sentiment, events).",
                "For tuning the rules and the knowledge base, and for evaluation. Lines are read as ingest reads "
                        + "them (same article ids, same validation); unusable lines are reported on standard error "
                        + "with their line number and reason, and skipped."})
final class TagCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "FILE", description = "JSON-lines file (default: standard input).")
    Path file;

    @Override
    public Integer call() throws IOException {
        JsonLineArticles articles = new JsonLineArticles(Clock.systemUTC());
        TagCommandCore core = new TagCommandCore(RuleBasedTagger.bundled(), line -> {
            try {
                return articles.read(line);
            } catch (InputRejectedException e) {
                throw new IllegalArgumentException(e.reason().code() + ": " + e.getMessage(), e);
            }
        });
        Writer out = new OutputStreamWriter(System.out, StandardCharsets.UTF_8);
        Writer err = new OutputStreamWriter(System.err, StandardCharsets.UTF_8);
        try (Reader in = file == null ? new InputStreamReader(System.in, StandardCharsets.UTF_8)
                : Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            TagCommandCore.Summary summary = core.run(in, out, err);
            err.write("tag: " + summary.tagged() + " tagged, " + summary.skipped() + " skipped\n");
            err.flush();
            return summary.skipped() > 0 && summary.tagged() == 0 ? 1 : 0;
        } catch (NoSuchFileException e) {
            throw new CliError("cannot read " + file + ": no such file");
        }
    }
}
