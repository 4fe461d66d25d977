package io.newsflow.enrich.support;

import io.newsflow.enrich.synthetic.SyndicationEdits;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** One article of enrich/src/test/resources/fixtures: a header of "key: value" lines, a blank line, the body. */
public record Fixture(String id, String source, String url, Instant publishedAt, String title, String body) {
    public static final List<String> ALL = List.of("amnesty-wire", "amnesty-exact-copy", "amnesty-syndicated",
            "amnesty-harbor-daily", "maduro-rejects", "sanctions-license", "port-strike", "rate-cut");

    public static Fixture load(String name) {
        String resource = "/fixtures/" + name + ".txt";
        try (InputStream in = Fixture.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + resource);
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            int headerEnd = text.indexOf("\n\n");
            Map<String, String> header = new HashMap<>();
            for (String line : text.substring(0, headerEnd).split("\n")) {
                int colon = line.indexOf(':');
                header.put(line.substring(0, colon).strip(), line.substring(colon + 1).strip());
            }
            return new Fixture(header.get("id"), header.get("source"), header.get("url"),
                    Instant.parse(header.get("published")), header.get("title"), text.substring(headerEnd + 2).strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Fixture withBody(String id, String title, String newBody) {
        return new Fixture(id, source, url, publishedAt, title, newBody);
    }

    /** This article as a syndicating outlet would republish it, under a new id. */
    public Fixture syndicated(SyndicationEdits edits, String copyId, Random random) {
        SyndicationEdits.Copy copy = edits.syndicate(title, body, random);
        return withBody(copyId, copy.title(), copy.body());
    }
}
