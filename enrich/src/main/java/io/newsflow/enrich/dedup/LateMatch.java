package io.newsflow.enrich.dedup;

/**
 * A bucket member seen after the probe that filed it, yet similar to it: the probe is an earlier match the
 * member could not see when it asked. It is sent to the member's verdict, which may still be held.
 *
 * @param articleId the later-seen member, which is the copy
 * @param order     the member's arrival order, which names its delivery
 * @param earlier   the probe, as the match that makes the member a copy
 */
public record LateMatch(String articleId, ArrivalOrder order, EarlierMatch earlier) {
    /** Which delivery of which article the late match is for. */
    record Delivery(String articleId, ArrivalOrder order) {
    }

    Delivery delivery() {
        return new Delivery(articleId, order);
    }

    /** Of two late matches for one delivery, the one with the preferred earlier article. */
    LateMatch preferredOver(LateMatch other) {
        return new LateMatch(articleId, order, earlier.preferredOver(other.earlier));
    }
}
