package se.kompetenslaget.access;

import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kompetenslaget.common.ClusterJobs;

/**
 * Removes browser sessions that ended (expired or signed out) longer ago than the retention period: they are no
 * longer any use and tell who was signed in when, which the audit trail already records.
 */
@ApplicationScoped
public class SessionRetention {

    private final UserSessionRepository sessions;
    private final Clock clock;
    private final ClusterJobs cluster;
    private final Duration retention;

    public SessionRetention(UserSessionRepository sessions, Clock clock, ClusterJobs cluster,
            @ConfigProperty(name = "kl.session.retention") Duration retention) {
        this.sessions = sessions;
        this.clock = clock;
        this.cluster = cluster;
        this.retention = retention;
    }

    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void removeEndedSessionsHourly() {
        // once an hour across all replicas, not once per replica
        cluster.oncePerPeriod("session-retention", Duration.ofHours(1), this::removeEndedSessions);
    }

    /** Deletes the sessions that ended before the retention period; returns how many. */
    @Transactional
    public long removeEndedSessions() {
        Instant before = clock.instant().minus(retention);
        long removed = sessions.delete("expiresAt < ?1 or revokedAt < ?1", before);
        if (removed > 0) {
            Log.infof("Removed %d browser sessions that ended before %s", removed, before);
        }
        return removed;
    }
}
