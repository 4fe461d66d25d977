package io.newsflow.enrich.support;

import io.newsflow.enrich.tag.ArticleTagger;
import io.newsflow.enrich.tag.ArticleTags;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.Sentiment;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A stand-in for the real tagger: every capitalised word of three letters or more that is not a common
 * sentence opener is an entity, id "candidate:<lower-case word>". Enough for story clustering in tests.
 */
public final class CapitalisedWordTagger implements ArticleTagger {
    private static final Pattern CAPITALISED = Pattern.compile("\\b\\p{Lu}\\p{L}{2,}");
    private static final Set<String> NOT_NAMES = Set.of("The", "They", "She", "His", "Her", "Many", "Some",
            "Whether", "Without", "Two", "Three", "Officials", "Analysts", "Since", "For", "Members", "Diplomats",
            "Interior", "Opposition", "Oil", "Energy", "Traders", "Workers", "Several", "Shipping", "Another",
            "Business", "Economists", "Consumer", "Copper", "Policymakers", "Nobody", "Negotiations", "Electoral",
            "This", "That", "What", "When", "Thursday", "Monday", "Tuesday", "Wednesday", "Friday", "Sunday");

    public static Map<String, Integer> entityCounts(String title, String body) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        Matcher matcher = CAPITALISED.matcher(title + "\n\n" + body);
        while (matcher.find()) {
            if (!NOT_NAMES.contains(matcher.group())) {
                counts.merge("candidate:" + matcher.group().toLowerCase(Locale.ROOT), 1, Integer::sum);
            }
        }
        return counts;
    }

    @Override
    public ArticleTags tag(String title, String body) {
        List<EntityTag> entities = new ArrayList<>();
        entityCounts(title, body).forEach((id, count) -> entities.add(EntityTag.newBuilder()
                .setId(id).setName(id.substring("candidate:".length())).setType("UNKNOWN").setCount(count)
                .setMentions(List.of()).build()));
        Sentiment neutral = Sentiment.newBuilder().setCompound(0).setPositive(0).setNegative(0).setNeutral(1).build();
        return new ArticleTags(entities, neutral, List.of());
    }
}
