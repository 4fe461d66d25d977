package io.newsflow.deploy.bench.news;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.IntStream;

/**
 * One running story: who acts on whom, about what and where, and the turns it takes in order (an offer,
 * then a rejection, then sanctions, ...), so later articles report new developments of the same story.
 */
record Story(String actor, String target, String subject, String city, String leader, List<Development> turns) {
    private static final int TURNS = 3;

    static Story draw(Random random) {
        String actor = ArticleWriter.pick(NewsWorld.PARTIES, random);
        String target = ArticleWriter.pick(NewsWorld.PARTIES, random);
        while (target.equals(actor)) {
            target = ArticleWriter.pick(NewsWorld.PARTIES, random);
        }
        Development[] all = Development.values();
        int first = random.nextInt(all.length);
        List<Development> turns = IntStream.range(0, TURNS)
                .mapToObj(turn -> all[(first + turn * (1 + random.nextInt(2))) % all.length]).toList();
        return new Story(actor, target, ArticleWriter.pick(NewsWorld.SUBJECTS, random),
                ArticleWriter.pick(NewsWorld.CITIES, random), ArticleWriter.pick(NewsWorld.LEADERS, random), turns);
    }

    Map<String, String> slots() {
        return Map.of("A", actor, "T", target, "X", subject, "C", city, "L", leader);
    }
}
