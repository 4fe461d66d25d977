package io.newsflow.alerts.subscription;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * One subscription's current throttle window (in event time): how many alerts it delivered and what it
 * held back. A window starts with the first alert after the previous one ended.
 */
public record ThrottleWindow(Instant start, int delivered, List<String> heldBack) {
    public ThrottleWindow {
        heldBack = List.copyOf(heldBack);
    }

    /** The outcome of offering one alert: deliver it or not, the window after it, and a window that closed. */
    public record Decision(boolean deliver, ThrottleWindow window, ThrottleWindow closed) {
    }

    public static Decision offer(ThrottleWindow current, Instant eventTime, int maxAlerts, Duration length,
                                 String summary) {
        ThrottleWindow closed = null;
        ThrottleWindow window = current;
        if (window == null || window.hasEndedBy(eventTime, length)) {
            closed = window;
            window = new ThrottleWindow(eventTime, 0, List.of());
        }
        if (window.delivered < maxAlerts) {
            return new Decision(true, new ThrottleWindow(window.start, window.delivered + 1, window.heldBack), closed);
        }
        List<String> held = new ArrayList<>(window.heldBack);
        held.add(summary);
        return new Decision(false, new ThrottleWindow(window.start, window.delivered, held), closed);
    }

    public boolean hasEndedBy(Instant time, Duration length) {
        return !time.isBefore(end(length));
    }

    public Instant end(Duration length) {
        return start.plus(length);
    }
}
