package io.newsflow.enrich.dedup;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * Shingle hashes and MinHash signatures are stored (dedup members, bucket probes) and compared with the ones
 * later articles get, across releases and restarts: a change that moved them would stop copies of articles
 * already filed from being found. The values below are what the release of 2026-12-07 computed.
 */
class SketchStabilityTest {
    private static final String TEXT = "Venezuela's Nicolás Maduro was offered amnesty by the United States on"
            + " Tuesday, officials said.\n\nThe offer — reported first in Caracas — drew a sharp reply: «Jamás»,"
            + " said Diosdado Cabello. Ελλάδα 😀 naïve café.";

    @Test
    void shinglesAndSignaturesAreTheOnesEarlierReleasesStored() {
        List<String> words = new TextNormalizer().words(TEXT);
        long[] shingles = Shingles.hashes(words, 3);
        assertEquals(31, words.size());
        assertEquals(29, shingles.length);
        assertEquals(-9053031553261415123L, shingles[0]);
        assertEquals(9210739867175037512L, shingles[shingles.length - 1]);
        assertEquals(746919313, Arrays.hashCode(shingles));

        int[] signature = new MinHasher(128).signature(shingles).values();
        assertArrayEquals(new int[] {58303, 17337, 20765, 15641, 54216, 58822, 6646, 7527, 4769, 28696, 54542, 51234,
                39909, 25401, 33010, 42432}, Arrays.copyOf(signature, 16));
        assertEquals(-1723575512, Arrays.hashCode(signature));
    }

    @Test
    void wordHashesAreFnvOverTheUtf8BytesWhateverTheCharacters() {
        assertEquals(-2419694753247504352L, Hash64.of("naïve"));
        assertEquals(-4774419270215965328L, Hash64.of("😀"));
        assertEquals(4141727126811614364L, Hash64.of("\uD800x"), "a lone surrogate is encoded as '?'");
        assertEquals(-6315346109989645371L, Hash64.of("Ελλάδα"));
        SplittableRandom random = new SplittableRandom(7);
        for (int s = 0; s < 20_000; s++) {
            char[] chars = new char[random.nextInt(1, 12)];
            for (int c = 0; c < chars.length; c++) {
                int range = random.nextInt(4);
                chars[c] = (char) (range == 0 ? random.nextInt(0x80) : range == 1 ? random.nextInt(0x80, 0x800)
                        : range == 2 ? random.nextInt(0xD700, 0xE100) : random.nextInt(0x10000));
            }
            String text = new String(chars);
            assertEquals(fnvOverUtf8Bytes(text), Hash64.of(text), () -> "hash of " + text.codePoints().boxed().toList());
        }
    }

    /** The definition: FNV-1a over {@code getBytes(UTF_8)}, then the SplitMix64 finaliser. */
    private static long fnvOverUtf8Bytes(String text) {
        long hash = 0xcbf29ce484222325L;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= 0x100000001b3L;
        }
        return Hash64.mix(hash);
    }
}
