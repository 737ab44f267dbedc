package se.kompetenslaget.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;

/** The clock services read the time from, so tests can reason about expiry. */
@ApplicationScoped
public class ClockProducer {

    // A plain singleton, not a client proxy: the respondent's hot path reads the time several times per request.
    @Produces
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
