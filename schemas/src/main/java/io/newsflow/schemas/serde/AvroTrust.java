package io.newsflow.schemas.serde;

import org.apache.avro.util.ClassSecurityValidator;

/**
 * Avro 1.12 refuses to instantiate classes it has not been told to trust. newsflow's generated records
 * are trusted here, in code, so no service or test depends on a system property being set. Every serde
 * installs the trust, and so does configuring {@code Topics}; code that builds records before either (a unit
 * test) calls {@link #trustGeneratedRecords()} itself: a builder resolves its fields' defaults, and
 * {@code Alert.developments} defaults to a list of generated records.
 */
public final class AvroTrust {
    private static final String GENERATED_PACKAGE = "io.newsflow.schemas.avro.";
    private static boolean installed;

    private AvroTrust() {
    }

    public static synchronized void trustGeneratedRecords() {
        if (installed) {
            return;
        }
        ClassSecurityValidator.ClassSecurityPredicate previous = ClassSecurityValidator.getGlobal();
        ClassSecurityValidator.setGlobal(ClassSecurityValidator.composite(
                previous, type -> type.getName().startsWith(GENERATED_PACKAGE)));
        installed = true;
    }
}
