package io.newsflow.schemas.serde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.newsflow.schemas.avro.Alert;
import io.newsflow.schemas.avro.DeadLetter;
import io.newsflow.schemas.avro.DuplicateNotice;
import io.newsflow.schemas.avro.EnrichedArticle;
import io.newsflow.schemas.avro.KnowledgeEntity;
import io.newsflow.schemas.avro.RawArticle;
import io.newsflow.schemas.avro.Subscription;
import java.util.List;
import java.util.stream.Stream;
import org.apache.avro.Schema;
import org.apache.avro.SchemaCompatibility;
import org.apache.avro.SchemaCompatibility.SchemaCompatibilityType;
import org.apache.avro.SchemaNormalization;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A breaking schema change fails the build: each current schema must read data written by its latest
 * released version (backward) and be readable by it (forward), and must itself be released.
 */
class SchemaCompatibilityTest {
    static Stream<Schema> currentSchemas() {
        return Stream.of(RawArticle.getClassSchema(), EnrichedArticle.getClassSchema(),
                DuplicateNotice.getClassSchema(), Alert.getClassSchema(), DeadLetter.getClassSchema(),
                Subscription.getClassSchema(), KnowledgeEntity.getClassSchema());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void isBackwardAndForwardCompatibleWithItsLatestRelease(Schema current) {
        List<Schema> released = ReleasedSchemas.of(current.getFullName());
        assertFalse(released.isEmpty(), "no released version of " + current.getFullName());
        Schema latest = released.get(released.size() - 1);

        assertCompatible("backward: the new schema must read what the last release wrote", current, latest);
        assertCompatible("forward: the last release must read what the new schema writes", latest, current);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("currentSchemas")
    void isItselfAReleasedVersion(Schema current) {
        long fingerprint = SchemaNormalization.parsingFingerprint64(current);
        assertTrue(ReleasedSchemas.of(current.getFullName()).stream()
                        .anyMatch(schema -> SchemaNormalization.parsingFingerprint64(schema) == fingerprint),
                current.getFullName() + " changed without a release: add it as the next vN.avsc under "
                        + "schemas/src/main/resources/io/newsflow/schemas/released/" + current.getFullName());
    }

    private static void assertCompatible(String what, Schema reader, Schema writer) {
        SchemaCompatibility.SchemaPairCompatibility result =
                SchemaCompatibility.checkReaderWriterCompatibility(reader, writer);
        assertEquals(SchemaCompatibilityType.COMPATIBLE, result.getType(),
                () -> reader.getFullName() + " " + what + ": " + result.getResult().getIncompatibilities().stream()
                        .map(problem -> problem.getType() + " at " + problem.getLocation() + " (" + problem.getMessage()
                                + ")")
                        .toList());
    }
}
