package io.newsflow.enrich;

import io.micrometer.core.instrument.MeterRegistry;
import io.newsflow.enrich.furniture.FurnitureSettings;
import io.newsflow.enrich.stream.EnrichOptions;
import io.newsflow.enrich.stream.EnrichTopology;
import io.newsflow.enrich.stream.KnowledgeFeed;
import io.newsflow.enrich.stream.order.ConsumerGroupBacklog;
import io.newsflow.enrich.tag.ArticleTagger;
import io.newsflow.enrich.tag.RuleBasedTagger;
import io.newsflow.enrich.tag.event.EventExtractor;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.kb.LiveKnowledgeBase;
import io.newsflow.enrich.tag.sentiment.VaderLexicon;
import io.newsflow.schemas.config.Settings;
import io.newsflow.schemas.streams.StreamsDefaults;
import io.newsflow.schemas.topics.Topics;
import java.util.Locale;
import java.util.Properties;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsBuilder;

/** The enrich Streams application, configured from settings. */
public final class EnrichService {
    public static final String APPLICATION_ID = "newsflow-enrich";

    private EnrichService() {
    }

    public static EnrichOptions options(Settings settings) {
        return EnrichOptions.defaults()
                .withDedupRetention(settings.getDuration("dedup.retention"))
                .withDedupGrace(settings.getDuration("dedup.grace"))
                .withStoryOpenDuration(settings.getDuration("story.open.duration"))
                .withStoryRefileAfter(settings.getDuration("story.refile.after"))
                .withStoryMerging(share(settings, "story.merge.threshold"), notNegative(settings, "story.merge.max.articles"))
                .withParallelPartitions(settings.getInt("topics.partitions"))
                .withFurniture(furniture(settings));
    }

    private static FurnitureSettings furniture(Settings settings) {
        return new FurnitureSettings(settings.getInt("enrich.furniture.min.pages"),
                share(settings, "enrich.furniture.min.share"), settings.getDuration("enrich.furniture.window"),
                settings.getInt("enrich.furniture.lines.per.source"), onOrOff(settings.get("enrich.furniture")));
    }

    private static int notNegative(Settings settings, String key) {
        int value = settings.getInt(key);
        if (value < 0) {
            throw new IllegalArgumentException("setting '" + key + "' must be 0 or more, got '" + value + "'");
        }
        return value;
    }

    private static double share(Settings settings, String key) {
        String value = settings.get(key);
        try {
            double share = Double.parseDouble(value.strip());
            if (!(share >= 0 && share <= 1)) {
                throw new NumberFormatException("out of range");
            }
            return share;
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' must be a number between 0 and 1, got '" + value
                    + "'", e);
        }
    }

    private static boolean onOrOff(String value) {
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "on" -> true;
            case "off" -> false;
            default -> throw new IllegalArgumentException("enrich.furniture must be on or off, got '" + value
                    + "'; set NEWSFLOW_ENRICH_FURNITURE=on (the default) or off");
        };
    }

    /** The bundled knowledge base, kept up to date from news.entities.v1 while the service runs. */
    public static KafkaStreams create(Settings settings, Topics topics, MeterRegistry registry) {
        LiveKnowledgeBase knowledgeBase = new LiveKnowledgeBase(KnowledgeBaseFiles.bundled());
        ArticleTagger tagger = new RuleBasedTagger(knowledgeBase, VaderLexicon.bundled(), new EventExtractor());
        StreamsBuilder builder = new StreamsBuilder();
        KnowledgeFeed.attach(builder, topics, knowledgeBase);
        ConsumerGroupBacklog backlog = new ConsumerGroupBacklog(settings.asClientConfig(), APPLICATION_ID,
                EnrichTopology.inputs(APPLICATION_ID, topics));
        EnrichTopology.build(builder, topics, options(settings), tagger, registry, backlog);
        Properties properties = StreamsDefaults.properties(settings, APPLICATION_ID, "enrich");
        KafkaStreams streams = StreamsDefaults.create(builder.build(properties), properties);
        backlog.watch(streams);
        return streams;
    }
}
