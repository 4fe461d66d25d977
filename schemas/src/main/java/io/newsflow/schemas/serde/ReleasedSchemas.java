package io.newsflow.schemas.serde;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.avro.Schema;

/**
 * Every released version of each schema, kept as a resource
 * ({@code io/newsflow/schemas/released/<full name>/v<N>.avsc}), so that readers resolve data written
 * by any older release. Releasing a schema change means adding its next {@code vN.avsc}.
 */
public final class ReleasedSchemas {
    private static final String ROOT = "/io/newsflow/schemas/released/";

    private ReleasedSchemas() {
    }

    /** Released versions of the schema with this full name, oldest first; empty when none is released. */
    public static List<Schema> of(String fullName) {
        List<Schema> versions = new ArrayList<>();
        for (int version = 1; ; version++) {
            String resource = ROOT + fullName + "/v" + version + ".avsc";
            try (InputStream in = ReleasedSchemas.class.getResourceAsStream(resource)) {
                if (in == null) {
                    return versions;
                }
                versions.add(new Schema.Parser().parse(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read released schema " + resource, e);
            }
        }
    }
}
