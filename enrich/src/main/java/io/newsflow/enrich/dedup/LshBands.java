package io.newsflow.enrich.dedup;

import java.util.ArrayList;
import java.util.List;

/**
 * Locality-sensitive banding of MinHash signatures: the signature is cut into bands of rows, and each
 * band hashes to one bucket key. Two texts share at least one bucket with probability
 * 1 - (1 - s^rows)^bands for resemblance s, so similar texts meet in a bucket while unrelated ones
 * almost never do, and a lookup reads a fixed number of buckets whatever the number of stored texts.
 */
public final class LshBands {
    private static final String BAND_PREFIX = "b";
    private final int bands;
    private final int rows;

    public LshBands(int bands, int rows) {
        if (bands <= 0 || rows <= 0) {
            throw new IllegalArgumentException("bands and rows must be positive, got " + bands + "x" + rows);
        }
        this.bands = bands;
        this.rows = rows;
    }

    public int count() {
        return bands;
    }

    public int signatureLength() {
        return bands * rows;
    }

    /** One key per band, "b<band>:<hex hash of the band's rows>". */
    public List<String> bucketKeys(MinHashSignature signature) {
        requireLength(signature);
        List<String> keys = new ArrayList<>(bands);
        for (int band = 0; band < bands; band++) {
            keys.add(bandKey(signature, band));
        }
        return keys;
    }

    /** The key of one band, as {@link #bucketKeys} lists it. */
    public String bucketKey(MinHashSignature signature, int band) {
        requireLength(signature);
        if (band < 0 || band >= bands) {
            throw new IllegalArgumentException("band " + band + " is not one of the " + bands + " bands");
        }
        return bandKey(signature, band);
    }

    private String bandKey(MinHashSignature signature, int band) {
        long hash = band;
        for (int row = 0; row < rows; row++) {
            hash = Hash64.mix(hash * 31 + signature.value(band * rows + row));
        }
        return BAND_PREFIX + band + ":" + Long.toHexString(hash);
    }

    /**
     * The band a key names, from its "b<band>:" prefix, or -1 when it is no band key of this banding; the
     * key itself may still belong to another signature.
     */
    public int bandOf(String key) {
        int colon = key.indexOf(':');
        if (!key.startsWith(BAND_PREFIX) || colon <= BAND_PREFIX.length()) {
            return -1;
        }
        try {
            int band = Integer.parseInt(key, BAND_PREFIX.length(), colon, 10);
            return band < bands ? band : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private void requireLength(MinHashSignature signature) {
        if (signature.length() != signatureLength()) {
            throw new IllegalArgumentException("signature has " + signature.length() + " values, banding expects "
                    + signatureLength());
        }
    }
}
