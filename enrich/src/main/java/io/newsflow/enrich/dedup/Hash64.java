package io.newsflow.enrich.dedup;

import java.nio.charset.StandardCharsets;

/** Fast 64-bit hashing for shingles and LSH buckets; stable across JVMs, unlike String.hashCode mixing. */
public final class Hash64 {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    /** FNV-1a over the UTF-8 bytes, finished with {@link #mix} so that similar strings spread apart. */
    public static long of(String text) {
        long hash = FNV_OFFSET;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash ^= b & 0xff;
            hash *= FNV_PRIME;
        }
        return mix(hash);
    }

    /** SplitMix64 finaliser: a bijection whose output bits each depend on every input bit. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
