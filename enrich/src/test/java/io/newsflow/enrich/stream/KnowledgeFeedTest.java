package io.newsflow.enrich.stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.enrich.tag.RuleBasedTagger;
import io.newsflow.enrich.tag.event.EventExtractor;
import io.newsflow.enrich.tag.kb.KnowledgeBaseFiles;
import io.newsflow.enrich.tag.kb.LiveKnowledgeBase;
import io.newsflow.enrich.tag.sentiment.VaderLexicon;
import io.newsflow.schemas.avro.EntityTag;
import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.topics.Topics;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeFeedTest {
    private static final String TITLE = "Lucía Ferrante named head of the Andean Water Authority";
    private static final String BODY = "The Andean Water Authority said Ferrante starts on Monday.";

    @TempDir
    Path stateDir;

    private final Topics topics = Topics.configure(Map.of());

    @Test
    void entitiesAddedOnTheTopicAreTaggedAtOnceAndRemovedByATombstone() {
        LiveKnowledgeBase knowledgeBase = new LiveKnowledgeBase(KnowledgeBaseFiles.bundled());
        RuleBasedTagger tagger = new RuleBasedTagger(knowledgeBase, VaderLexicon.bundled(), new EventExtractor());
        StreamsBuilder builder = new StreamsBuilder();
        KnowledgeFeed.attach(builder, topics, knowledgeBase);
        Properties properties = new Properties();
        properties.put(StreamsConfig.APPLICATION_ID_CONFIG, "knowledge-feed-test");
        properties.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        properties.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        assertFalse(ids(tagger).contains("org:andean-water-authority"));

        try (TopologyTestDriver driver = new TopologyTestDriver(builder.build(), properties)) {
            TestInputTopic<String, KnowledgeEntity> entities = driver.createInputTopic(topics.entities().name(),
                    Serdes.String().serializer(), topics.entities().valueSerde().serializer());
            entities.pipeInput("org:andean-water-authority", KnowledgeEntity.newBuilder()
                    .setId("org:andean-water-authority").setType("ORGANIZATION").setName("Andean Water Authority")
                    .setAliases(List.of("AWA")).build());
            entities.pipeInput("person:lucia-ferrante", KnowledgeEntity.newBuilder().setId("person:lucia-ferrante")
                    .setType("person").setName("Lucía Ferrante").setShortForms(List.of("Ferrante")).build());
            entities.pipeInput("bad", KnowledgeEntity.newBuilder().setId("bad").setType("PLANET").setName("Mars")
                    .build());

            List<EntityTag> tags = tagger.tag(TITLE, BODY).entities();
            assertTrue(ids(tagger).contains("org:andean-water-authority"));
            assertEquals(2, tags.stream().filter(tag -> tag.getId().equals("person:lucia-ferrante")).findFirst()
                    .orElseThrow().getCount(), "the surname counts once the full name was seen");
            assertTrue(knowledgeBase.get().find("bad").isEmpty(), "an entity of unknown type is refused");

            entities.pipeInput("org:andean-water-authority", null);
            assertFalse(ids(tagger).contains("org:andean-water-authority"));
        }
    }

    private static List<String> ids(RuleBasedTagger tagger) {
        return tagger.tag(TITLE, BODY).entities().stream().map(EntityTag::getId).toList();
    }
}
