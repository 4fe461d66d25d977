package io.newsflow.enrich.tag.sentiment;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.newsflow.enrich.tag.text.TokenizedText;
import io.newsflow.enrich.tag.text.Tokenizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Pearson r of document compound against mean human ratings on the shared half of the NYT editorial
 * snippets from the VADER paper (which reports r = 0.492). The data is not part of the project: the
 * test runs only where the shared evaluation folder exists (set newsflow.eval.dir to point elsewhere).
 */
class NytEditorialCorrelationTest {
    private static final double VADER_PAPER_R = 0.492;

    @Test
    void correlatesWithHumanRatingsAtLeastAsWellAsThePaper() throws IOException {
        Path file = Path.of(System.getProperty("newsflow.eval.dir", "../../shared/eval"), "nyt-editorial-snippets.tsv");
        assumeTrue(Files.isReadable(file), "evaluation data not present: " + file.toAbsolutePath());
        SentimentScorer scorer = new SentimentScorer(VaderLexicon.bundled());
        Tokenizer tokenizer = new Tokenizer();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        double[] human = new double[lines.size()];
        double[] machine = new double[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            String[] columns = lines.get(i).split("\t", 3);
            human[i] = Double.parseDouble(columns[1]);
            TokenizedText text = tokenizer.tokenize(columns[2]);
            machine[i] = DocumentSentiment.of(text.sentences().stream().map(s -> scorer.score(text, s)).toList())
                    .compound();
        }
        double r = pearson(human, machine);
        System.out.printf("NYT editorial snippets: n=%d, Pearson r=%.4f%n", lines.size(), r);
        assertTrue(r >= VADER_PAPER_R, "Pearson r " + r);
    }

    private static double pearson(double[] x, double[] y) {
        double meanX = 0;
        double meanY = 0;
        for (int i = 0; i < x.length; i++) {
            meanX += x[i] / x.length;
            meanY += y[i] / y.length;
        }
        double covariance = 0;
        double varianceX = 0;
        double varianceY = 0;
        for (int i = 0; i < x.length; i++) {
            covariance += (x[i] - meanX) * (y[i] - meanY);
            varianceX += (x[i] - meanX) * (x[i] - meanX);
            varianceY += (y[i] - meanY) * (y[i] - meanY);
        }
        return covariance / Math.sqrt(varianceX * varianceY);
    }
}
