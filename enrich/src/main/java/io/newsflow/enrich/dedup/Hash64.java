package io.newsflow.enrich.dedup;


/** Fast 64-bit hashing for shingles and LSH buckets; stable across JVMs, unlike String.hashCode mixing. */
public final class Hash64 {
    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private Hash64() {
    }

    /**
     * FNV-1a over the UTF-8 bytes, finished with {@link #mix} so that similar strings spread apart. The bytes
     * are encoded on the fly, as {@code getBytes(UTF_8)} would encode them (a lone surrogate as '?'), rather
     * than copied into an array: every word of every article is hashed.
     */
    public static long of(String text) {
        long hash = FNV_OFFSET;
        int length = text.length();
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                hash = step(hash, c);
            } else if (c < 0x800) {
                hash = step(step(hash, 0xC0 | c >> 6), 0x80 | c & 0x3F);
            } else if (!Character.isSurrogate(c)) {
                hash = step(step(step(hash, 0xE0 | c >> 12), 0x80 | c >> 6 & 0x3F), 0x80 | c & 0x3F);
            } else if (Character.isHighSurrogate(c) && i + 1 < length && Character.isLowSurrogate(text.charAt(i + 1))) {
                int codePoint = Character.toCodePoint(c, text.charAt(++i));
                hash = step(step(step(step(hash, 0xF0 | codePoint >> 18), 0x80 | codePoint >> 12 & 0x3F),
                        0x80 | codePoint >> 6 & 0x3F), 0x80 | codePoint & 0x3F);
            } else {
                hash = step(hash, '?');
            }
        }
        return mix(hash);
    }

    private static long step(long hash, int utf8Byte) {
        return (hash ^ utf8Byte) * FNV_PRIME;
    }

    /** SplitMix64 finaliser: a bijection whose output bits each depend on every input bit. */
    static long mix(long value) {
        long z = value;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
