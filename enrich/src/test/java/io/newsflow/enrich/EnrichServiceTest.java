package io.newsflow.enrich;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.newsflow.enrich.story.StorySettings;
import io.newsflow.schemas.config.Settings;
import java.util.Map;
import org.junit.jupiter.api.Test;

class EnrichServiceTest {
    @Test
    void storyMergingComesFromItsSettingsWithTheDocumentedDefaults() {
        StorySettings story = EnrichService.options(Settings.defaults()).story();
        assertEquals(0.2, story.mergeThreshold());
        assertEquals(5, story.mergeMaxArticles());
        StorySettings off = EnrichService.options(Settings.defaults().with(Map.of("story.merge.max.articles", "0")))
                .story();
        assertEquals(0, off.mergeMaxArticles());
    }

    @Test
    void aMergeSettingOutOfRangeIsRefusedNamingTheSetting() {
        IllegalArgumentException threshold = assertThrows(IllegalArgumentException.class, () ->
                EnrichService.options(Settings.defaults().with(Map.of("story.merge.threshold", "2"))));
        assertEquals("setting 'story.merge.threshold' must be a number between 0 and 1, got '2'",
                threshold.getMessage());
        IllegalArgumentException articles = assertThrows(IllegalArgumentException.class, () ->
                EnrichService.options(Settings.defaults().with(Map.of("story.merge.max.articles", "-1"))));
        assertEquals("setting 'story.merge.max.articles' must be 0 or more, got '-1'", articles.getMessage());
    }
}
