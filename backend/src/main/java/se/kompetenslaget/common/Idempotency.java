package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.quarkus.logging.Log;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kompetenslaget.common.BadInputException.Violation;

/**
 * The Idempotency-Key of batch requests: the first answer to a key is kept, so a retried request gets it again and
 * stores nothing twice; the same key with another body is a conflict. Keys are forgotten after a retention period.
 * Used inside the caller's transaction, on its connection, so a rejected batch leaves no key behind.
 */
@ApplicationScoped
public class Idempotency {

    /** Longest key accepted. */
    public static final int MAX_KEY_LENGTH = 200;

    private final AgroalDataSource dataSource;
    private final ObjectMapper json;
    private final Clock clock;
    private final ClusterJobs cluster;
    private final Duration retention;

    public Idempotency(AgroalDataSource dataSource, ObjectMapper json, Clock clock, ClusterJobs cluster,
            @ConfigProperty(name = "kl.idempotency.retention") Duration retention) {
        this.dataSource = dataSource;
        this.json = json;
        this.clock = clock;
        this.cluster = cluster;
        this.retention = retention;
    }

    /**
     * Claims the key for this request, or returns the answer given to it before. A request still under way holds the
     * key's row, so a concurrent retry waits for its answer.
     *
     * @param scope whose keys these are and for what, so two callers' keys never meet
     */
    public <T> T claim(Connection connection, String scope, String key, Object request, Class<T> answerType)
            throws SQLException {
        if (key.isBlank() || key.length() > MAX_KEY_LENGTH) {
            throw new BadInputException("The Idempotency-Key is not valid.", List.of(
                    new Violation("Idempotency-Key", "header", "must be 1–" + MAX_KEY_LENGTH + " characters")));
        }
        byte[] hash = hash(request);
        try (PreparedStatement insert = connection.prepareStatement("""
                INSERT INTO idempotency_key (scope, key, request_hash, created_at) VALUES (?, ?, ?, ?)
                ON CONFLICT DO NOTHING""")) {
            insert.setString(1, scope);
            insert.setString(2, key);
            insert.setBytes(3, hash);
            insert.setTimestamp(4, Timestamp.from(clock.instant()));
            if (insert.executeUpdate() == 1) {
                return null;
            }
        }
        try (PreparedStatement select = connection.prepareStatement(
                "SELECT request_hash, response::text FROM idempotency_key WHERE scope = ? AND key = ?")) {
            select.setString(1, scope);
            select.setString(2, key);
            try (ResultSet row = select.executeQuery()) {
                row.next();
                if (!Arrays.equals(row.getBytes(1), hash)) {
                    throw new ConflictException("This Idempotency-Key was used before with a different batch. "
                            + "Use a new key for a new batch.");
                }
                return json.readValue(row.getString(2), answerType);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored answer for an Idempotency-Key", e);
        }
    }

    /** Keeps the answer for the claimed key. */
    public void remember(Connection connection, String scope, String key, Object answer) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE idempotency_key SET status = 200, response = ?::jsonb WHERE scope = ? AND key = ?")) {
            update.setString(1, json.writeValueAsString(answer));
            update.setString(2, scope);
            update.setString(3, key);
            update.executeUpdate();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private byte[] hash(Object request) {
        try {
            return MessageDigest.getInstance("SHA-256")
                    .digest(json.writeValueAsString(request).getBytes(StandardCharsets.UTF_8));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Every hour, on one replica, forgets the keys older than the retention period. */
    @Scheduled(every = "1h", delayed = "1m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldKeysHourly() {
        cluster.oncePerPeriod("idempotency-cleanup", Duration.ofHours(1), this::forgetOldKeys);
    }

    /** Forgets the keys older than the retention period; returns how many. */
    public int forgetOldKeys() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM idempotency_key WHERE created_at < ?")) {
            delete.setTimestamp(1, Timestamp.from(clock.instant().minus(retention)));
            int forgotten = delete.executeUpdate();
            if (forgotten > 0) {
                Log.infof("Forgot %d Idempotency-Keys older than %s", forgotten, retention);
            }
            return forgotten;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not forget old Idempotency-Keys", e);
        }
    }
}
