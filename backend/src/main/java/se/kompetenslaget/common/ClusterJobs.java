package se.kompetenslaget.common;

import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import jakarta.enterprise.context.ApplicationScoped;
import java.lang.management.ManagementFactory;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Work that must happen once across every replica of the service, coordinated through PostgreSQL (the one thing all
 * replicas share), so that nothing depends on which replica starts first or how many there are.
 * <ul>
 * <li>{@link #oncePerPeriod}: a scheduled job (every replica's timer fires) runs on one replica per period. The claim is
 * one conditional upsert on the job's row in {@code job_run}: of the replicas that fire within a period exactly one
 * moves {@code started_at} forward and runs the job; the others see zero rows changed and skip it.</li>
 * <li>{@link #tryLockForTransaction}: start-up work (the first administrator) runs under a transaction-scoped advisory
 * lock, so replicas starting at the same moment do it one after the other, each seeing what the one before committed.</li>
 * </ul>
 */
@ApplicationScoped
public class ClusterJobs {

    /**
     * A replica's timer may fire a little earlier than a whole period after another replica's claim (timers drift,
     * replicas start at different moments): a claim older than this share of the period is stale.
     */
    static final double SLACK = 0.9;

    private final AgroalDataSource dataSource;
    private final Clock clock;
    private final String instance;

    public ClusterJobs(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.instance = ManagementFactory.getRuntimeMXBean().getName();
    }

    /**
     * Runs the job when no replica has run it within the period; returns whether this replica ran it. The claim is
     * committed before the job runs (the job has its own transactions); a job that fails is not retried before the
     * next period.
     */
    public boolean oncePerPeriod(String job, Duration period, Runnable work) {
        if (!claim(job, period)) {
            Log.debugf("Job %s already ran within %s on another replica; skipped here", job, period);
            return false;
        }
        work.run();
        finished(job);
        return true;
    }

    /** Claims the job's current period for this replica; true when no other replica holds it. */
    boolean claim(String job, Duration period) {
        Instant now = clock.instant();
        Instant staleBefore = now.minusMillis((long) (period.toMillis() * SLACK));
        try (Connection connection = dataSource.getConnection();
                PreparedStatement upsert = connection.prepareStatement("""
                        INSERT INTO job_run (job, started_at, instance) VALUES (?, ?, ?)
                        ON CONFLICT (job) DO UPDATE
                           SET started_at = excluded.started_at, finished_at = NULL, instance = excluded.instance,
                               runs = job_run.runs + 1
                         WHERE job_run.started_at <= ?""")) {
            upsert.setString(1, job);
            upsert.setTimestamp(2, Timestamp.from(now));
            upsert.setString(3, instance);
            upsert.setTimestamp(4, Timestamp.from(staleBefore));
            return upsert.executeUpdate() == 1;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not claim job " + job, e);
        }
    }

    private void finished(String job) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "UPDATE job_run SET finished_at = ? WHERE job = ? AND instance = ?")) {
            update.setTimestamp(1, Timestamp.from(clock.instant()));
            update.setString(2, job);
            update.setString(3, instance);
            update.executeUpdate();
        } catch (SQLException e) {
            Log.warnf(e, "Could not record that job %s finished", job);
        }
    }

    /**
     * Tries the transaction-scoped advisory lock of this key in the caller's transaction (the data source hands out
     * the transaction's connection), without waiting: true when this transaction now holds it until it ends (so what
     * it does under the lock is committed before the next replica gets it), false when another replica's transaction
     * holds it. Start-up work loops over short transactions with this rather than waiting inside one, so a slow
     * holder never makes the waiting transactions time out.
     */
    public boolean tryLockForTransaction(String key) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement lock = connection.prepareStatement(
                        "SELECT pg_try_advisory_xact_lock(hashtextextended(?, 17))")) {
            lock.setString(1, "kompetenslaget:" + key);
            try (java.sql.ResultSet row = lock.executeQuery()) {
                row.next();
                return row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not try the lock " + key, e);
        }
    }

    /** This replica's name in {@code job_run}. */
    public String instance() {
        return instance;
    }
}
