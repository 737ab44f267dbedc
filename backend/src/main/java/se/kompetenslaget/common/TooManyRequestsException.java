package se.kompetenslaget.common;

import java.time.Duration;

/** Too many requests of one kind from one client or for one account: 429 with {@code Retry-After}. */
public class TooManyRequestsException extends RuntimeException {

    private final Duration retryAfter;

    public TooManyRequestsException(String detail, Duration retryAfter) {
        super(detail, null, false, false);
        this.retryAfter = retryAfter;
    }

    /** Whole seconds until a new attempt may succeed, at least one. */
    public long retryAfterSeconds() {
        long seconds = (retryAfter.toMillis() + 999) / 1000;
        return Math.max(1, seconds);
    }

    public String detail() {
        return getMessage();
    }
}
