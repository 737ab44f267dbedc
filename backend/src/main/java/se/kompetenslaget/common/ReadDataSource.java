package se.kompetenslaget.common;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.agroal.DataSource;
import io.quarkus.arc.Arc;
import io.quarkus.arc.InjectableInstance;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.RequestScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Where heavy read-only queries (hired-staff shares, KPI series, survey results and exports) get their connection:
 * the read-only datasource {@code readonly} (a streaming standby, KL_READONLY_JDBC_URL) when one is configured,
 * otherwise the primary. Plain JDBC through Agroal, not a second Hibernate persistence unit: these queries are
 * already plain SQL, and the entities (and every write) stay in the one persistence unit on the primary.
 * <p>
 * The primary answers instead when the request asks for it ({@code Cache-Control: no-cache}: a client that has just
 * written and must see it, see {@link ReadPreference}), when the standby's replay lag is above
 * KL_READONLY_MAX_LAG, or when the lag cannot be measured (the standby is down). The lag is measured every few
 * seconds and exported as the gauge {@code kl_readonly_replica_lag_seconds} (-1: no standby configured or not
 * reachable).
 */
@ApplicationScoped
public class ReadDataSource {

    private final AgroalDataSource primary;
    private final InjectableInstance<AgroalDataSource> readonly;
    private final Duration maxLag;
    private volatile double lagSeconds = -1;

    public ReadDataSource(AgroalDataSource primary, @DataSource("readonly") InjectableInstance<AgroalDataSource> readonly,
            @ConfigProperty(name = "kl.readonly.max-lag", defaultValue = "PT30S") Duration maxLag, MeterRegistry registry) {
        this.primary = primary;
        this.readonly = readonly;
        this.maxLag = maxLag;
        Gauge.builder("kl.readonly.replica.lag.seconds", this, ReadDataSource::lagSeconds)
                .description("Replay lag of the read-only standby in seconds (0 when it has replayed all it received; "
                        + "-1 when no standby is configured or it cannot be reached)")
                .register(registry);
    }

    /** Whether a read-only datasource other than the primary is configured. */
    public boolean standbyConfigured() {
        return readonly.getHandle().getBean().isActive();
    }

    /** The last measured replay lag in seconds, or -1. */
    public double lagSeconds() {
        return lagSeconds;
    }

    /** A connection for a read-only query: the standby's when it may answer this request, otherwise the primary's. */
    public Connection connection() throws SQLException {
        if (useStandby()) {
            Connection connection = readonly.get().getConnection();
            connection.setReadOnly(true);
            return connection;
        }
        return primary.getConnection();
    }

    /** Whether the current read goes to the standby. */
    public boolean useStandby() {
        if (!standbyConfigured() || lagSeconds < 0 || lagSeconds > maxLag.toSeconds()) {
            return false;
        }
        if (Arc.container().requestContext().isActive()) {
            ReadPreference preference = Arc.container().instance(ReadPreference.class).get();
            return !preference.primary();
        }
        return true;
    }

    /** Measures the standby's replay lag every 5 s (on every replica: each has its own pool to the standby). */
    @Scheduled(every = "5s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void measureLag() {
        if (!standbyConfigured()) {
            lagSeconds = -1;
            return;
        }
        try (Connection connection = readonly.get().getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT CASE WHEN NOT pg_is_in_recovery() THEN 0
                                    WHEN pg_last_wal_receive_lsn() = pg_last_wal_replay_lsn() THEN 0
                                    ELSE COALESCE(EXTRACT(EPOCH FROM now() - pg_last_xact_replay_timestamp()), -1)
                               END""");
                ResultSet row = query.executeQuery()) {
            row.next();
            lagSeconds = row.getDouble(1);
        } catch (SQLException e) {
            if (lagSeconds >= 0) {
                Log.warnf("The read-only standby cannot be reached (%s): reads go to the primary", e.getMessage());
            }
            lagSeconds = -1;
        }
    }

    /**
     * Per request: whether its reads must come from the primary. Set by {@link ReadPreferenceFilter} from the request's
     * {@code Cache-Control: no-cache} (or {@code no-store}).
     */
    @RequestScoped
    public static class ReadPreference {
        private boolean primary;

        public boolean primary() {
            return primary;
        }

        public void requirePrimary() {
            primary = true;
        }
    }
}
