package se.kompetenslaget.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Fixed-window counters against abuse, kept in PostgreSQL (table {@code throttle}) so every replica sees the same
 * counts. A hit is one upsert that counts it and, past the limit, blocks the key for a while; a blocked key is not
 * counted further. Each call commits on its own, whatever transaction the caller is in, so a refused request still
 * counts. Rows nobody has hit for {@code kl.throttle.retention} are deleted hourly.
 */
@ApplicationScoped
public class Throttle {

    /** A limit: at most {@code max} hits per {@code window}; the next one blocks the key for {@code lockout}. */
    public record Limit(int max, Duration window, Duration lockout) {
    }

    /** The state after a hit: the hits in the window, and until when the key is blocked (empty: not blocked). */
    public record State(int hits, Optional<Instant> blockedUntil) {

        public boolean blocked() {
            return blockedUntil.isPresent();
        }

        /** How long until the key may be tried again (zero when it is not blocked). */
        public Duration retryAfter(Instant now) {
            return blockedUntil.map(until -> Duration.between(now, until)).filter(d -> !d.isNegative()).orElse(Duration.ZERO);
        }
    }

    private static final String HIT = """
            INSERT INTO throttle AS t (kind, key, window_start, hits, blocked_until, updated_at)
            VALUES (?, ?, ?, 1, CASE WHEN ? < 1 THEN ?::timestamptz END, ?)
            ON CONFLICT (kind, key) DO UPDATE SET
                hits = CASE
                    WHEN t.blocked_until > EXCLUDED.updated_at THEN t.hits
                    WHEN t.window_start <= ? OR t.blocked_until IS NOT NULL THEN 1
                    ELSE t.hits + 1 END,
                window_start = CASE
                    WHEN t.blocked_until > EXCLUDED.updated_at THEN t.window_start
                    WHEN t.window_start <= ? OR t.blocked_until IS NOT NULL THEN EXCLUDED.window_start
                    ELSE t.window_start END,
                blocked_until = CASE
                    WHEN t.blocked_until > EXCLUDED.updated_at THEN t.blocked_until
                    WHEN t.window_start <= ? OR t.blocked_until IS NOT NULL THEN CASE WHEN ? < 1 THEN ?::timestamptz END
                    WHEN t.hits + 1 > ? THEN ?::timestamptz
                    ELSE NULL END,
                updated_at = EXCLUDED.updated_at
            RETURNING hits, blocked_until""";

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final ClusterJobs cluster;
    private final Duration retention;
    private final DomainMetrics metrics;

    public Throttle(AgroalDataSource dataSource, Clock clock, DomainMetrics metrics, ClusterJobs cluster,
            @ConfigProperty(name = "kl.throttle.retention", defaultValue = "P1D") Duration retention) {
        this.dataSource = dataSource;
        this.metrics = metrics;
        this.clock = clock;
        this.cluster = cluster;
        this.retention = retention;
    }

    /** Counts one hit on the key and returns the state after it; past the limit the key is blocked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public State hit(String kind, String key, Limit limit) {
        Instant now = clock.instant();
        Timestamp at = Timestamp.from(now);
        Timestamp windowOpenedBefore = Timestamp.from(now.minus(limit.window()));
        Timestamp blockUntil = Timestamp.from(now.plus(limit.lockout()));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement(HIT)) {
            upsert.setString(1, kind);
            upsert.setString(2, key);
            upsert.setTimestamp(3, at);
            upsert.setInt(4, limit.max());
            upsert.setTimestamp(5, blockUntil);
            upsert.setTimestamp(6, at);
            upsert.setTimestamp(7, windowOpenedBefore);
            upsert.setTimestamp(8, windowOpenedBefore);
            upsert.setTimestamp(9, windowOpenedBefore);
            upsert.setInt(10, limit.max());
            upsert.setTimestamp(11, blockUntil);
            upsert.setInt(12, limit.max());
            upsert.setTimestamp(13, blockUntil);
            try (ResultSet row = upsert.executeQuery()) {
                row.next();
                Timestamp blocked = row.getTimestamp(2);
                State state = new State(row.getInt(1), Optional.ofNullable(blocked).map(Timestamp::toInstant)
                        .filter(now::isBefore));
                // Only the hit that starts a block writes this very time: log each block once.
                if (state.blocked() && blocked.toInstant().truncatedTo(ChronoUnit.MILLIS)
                        .equals(blockUntil.toInstant().truncatedTo(ChronoUnit.MILLIS))) {
                    Log.warnf("Throttle %s: key %s blocked for %s after %d hits", kind, key, limit.lockout(), state.hits());
                }
                return state;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not count a hit on throttle " + kind, e);
        }
    }

    /** Takes back one hit that turned out to be harmless (a sign-in that succeeded), unless the key is blocked. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refund(String kind, String key) {
        update("UPDATE throttle SET hits = greatest(hits - 1, 0) WHERE kind = ? AND key = ? "
                + "AND (blocked_until IS NULL OR blocked_until <= ?)", kind, key);
    }

    /** Forgets the key's hits and block (the right password, from this client, for this account). */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void reset(String kind, String key) {
        update("DELETE FROM throttle WHERE kind = ? AND key = ? AND (blocked_until IS NULL OR blocked_until <= ?)",
                kind, key);
    }

    /** Until when the key is blocked, if it is; a read only, for checks on every request of a hot path. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public Optional<Instant> blockedUntil(String kind, String key) {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(
                        "SELECT blocked_until FROM throttle WHERE kind = ? AND key = ? AND blocked_until > ?")) {
            select.setString(1, kind);
            select.setString(2, key);
            select.setTimestamp(3, Timestamp.from(now));
            try (ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read throttle " + kind, e);
        }
    }

    /** Counts a request refused by a throttle of this kind (kl_throttled_requests_total at /q/metrics). */
    public void countRefused(String kind) {
        metrics.throttled(kind);
    }

    /** Every hour, on one replica, deletes rows nobody has hit for the retention period and that block nothing. */
    @Scheduled(every = "1h", delayed = "2m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldRowsHourly() {
        cluster.oncePerPeriod("throttle-cleanup", Duration.ofHours(1), this::forgetOldRows);
    }

    /** Deletes rows nobody has hit for the retention period and that block nothing; returns how many. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public int forgetOldRows() {
        Instant now = clock.instant();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM throttle WHERE updated_at < ? AND (blocked_until IS NULL OR blocked_until < ?)")) {
            delete.setTimestamp(1, Timestamp.from(now.minus(retention)));
            delete.setTimestamp(2, Timestamp.from(now));
            return delete.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not forget old throttle rows", e);
        }
    }

    private void update(String sql, String kind, String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(sql)) {
            update.setString(1, kind);
            update.setString(2, key);
            update.setTimestamp(3, Timestamp.from(clock.instant()));
            update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not update throttle " + kind, e);
        }
    }
}
