package io.newsflow.deploy.explorer;

import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Where a live feed stands on a multi-partition topic: the next offset to read per partition. It is the
 * SSE event id ("0-13.1-4.2-0.3-7"), so a browser that reconnects with Last-Event-ID resumes right after
 * the last alert it received, on every partition.
 */
record FeedPosition(Map<Integer, Long> nextOffsets) {
    FeedPosition {
        nextOffsets = Map.copyOf(nextOffsets);
    }

    static FeedPosition parse(String eventId) {
        Map<Integer, Long> offsets = new TreeMap<>();
        for (String part : eventId.strip().split("\\.")) {
            String[] partitionAndOffset = part.split("-");
            if (partitionAndOffset.length != 2) {
                throw new IllegalArgumentException("Last-Event-ID '" + eventId
                        + "' is not a feed position (partition-offset pairs joined by '.', e.g. 0-13.1-4)");
            }
            try {
                int partition = Integer.parseInt(partitionAndOffset[0]);
                long offset = Long.parseLong(partitionAndOffset[1]);
                if (partition < 0 || offset < 0) {
                    throw new NumberFormatException("negative");
                }
                offsets.put(partition, offset);
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("Last-Event-ID '" + eventId + "' has '" + part
                        + "', which is not a partition-offset pair of non-negative numbers", e);
            }
        }
        return new FeedPosition(offsets);
    }

    FeedPosition after(int partition, long offset) {
        Map<Integer, Long> moved = new TreeMap<>(nextOffsets);
        moved.put(partition, offset + 1);
        return new FeedPosition(moved);
    }

    String eventId() {
        return new TreeMap<>(nextOffsets).entrySet().stream()
                .map(entry -> entry.getKey() + "-" + entry.getValue())
                .collect(Collectors.joining("."));
    }
}
