package io.newsflow.enrich.tag.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** One line of the labelled event-coding set: what a careful reader codes the sentence as. */
record LabelledSentence(String split, String story, String type, String cameoRoot, String actorCode,
                        String targetCode, String sentence) {
    static final String NONE = "NONE";
    private static final String RESOURCE = "/io/newsflow/enrich/tag/eval/event-coding-set.tsv";

    boolean expectsEvent() {
        return !type.equals(NONE);
    }

    static List<LabelledSentence> bundled() throws IOException {
        try (InputStream in = LabelledSentence.class.getResourceAsStream(RESOURCE)) {
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            List<LabelledSentence> sentences = new ArrayList<>();
            String line;
            int number = 0;
            while ((line = reader.readLine()) != null) {
                number++;
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] columns = line.split("\t");
                if (columns.length != 7) {
                    throw new IllegalArgumentException(RESOURCE + " line " + number + ": 7 columns expected");
                }
                sentences.add(new LabelledSentence(columns[0], columns[1], columns[2], dash(columns[3]),
                        dash(columns[4]), dash(columns[5]), columns[6]));
            }
            return sentences;
        }
    }

    private static String dash(String column) {
        return column.equals("-") ? null : column;
    }
}
