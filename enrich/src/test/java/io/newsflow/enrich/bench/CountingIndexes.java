package io.newsflow.enrich.bench;

import io.newsflow.enrich.dedup.DedupIndex;
import io.newsflow.enrich.dedup.DedupMember;
import io.newsflow.enrich.story.StoryIndex;
import io.newsflow.enrich.story.StoryProfile;
import io.newsflow.enrich.story.StoryState;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Counts the index work the benchmark's articles cause (bucket members compared, postings read, story
 * profiles scored, full story states read), to show that the work per article does not grow with the
 * number of stored articles even where the time does.
 */
final class CountingIndexes {
    long membersRead;
    long postingsRead;
    long profilesRead;
    long statesRead;

    DedupIndex counting(DedupIndex index) {
        return new DedupIndex() {
            @Override
            public List<DedupMember> members(String bucketKey, int limit) {
                List<DedupMember> members = index.members(bucketKey, limit);
                membersRead += members.size();
                return members;
            }

            @Override
            public void file(String bucketKey, DedupMember member) {
                index.file(bucketKey, member);
            }
        };
    }

    StoryIndex counting(StoryIndex index) {
        return new StoryIndex() {
            @Override
            public List<String> storiesWith(String feature, int limit) {
                List<String> stories = index.storiesWith(feature, limit);
                postingsRead += stories.size();
                return stories;
            }

            @Override
            public Optional<StoryProfile> profile(String storyId) {
                profilesRead++;
                return index.profile(storyId);
            }

            @Override
            public Optional<StoryState> story(String storyId) {
                statesRead++;
                return index.story(storyId);
            }

            @Override
            public void save(StoryState story, StoryProfile profile, Collection<String> features) {
                index.save(story, profile, features);
            }
        };
    }

    CountingIndexes minus(CountingIndexes earlier) {
        CountingIndexes difference = new CountingIndexes();
        difference.membersRead = membersRead - earlier.membersRead;
        difference.postingsRead = postingsRead - earlier.postingsRead;
        difference.profilesRead = profilesRead - earlier.profilesRead;
        difference.statesRead = statesRead - earlier.statesRead;
        return difference;
    }

    CountingIndexes copy() {
        return minus(new CountingIndexes());
    }

    String perArticle(int articles) {
        return String.format(Locale.ROOT, "per article: %.1f bucket members compared, %.1f postings read, "
                        + "%.1f story profiles scored, %.2f full story states read",
                (double) membersRead / articles, (double) postingsRead / articles, (double) profilesRead / articles,
                (double) statesRead / articles);
    }
}
