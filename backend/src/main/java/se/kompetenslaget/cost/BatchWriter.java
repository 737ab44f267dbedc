package se.kompetenslaget.cost;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.DomainMetrics;
import se.kompetenslaget.common.Idempotency;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.CostDtos.LineWarning;

/**
 * How every batch of figures (cost lines, workforce figures, population) is stored, inside the caller's transaction:
 * the Idempotency-Key claimed first (a replay returns the first answer), then the batch checked and upserted, audited,
 * and its answer kept for the key.
 */
@ApplicationScoped
public class BatchWriter {

    /** A stored or replayed answer to a batch. */
    public record Outcome(BatchResult result, boolean replayed) {
    }

    /** Checks and stores the batch on the connection; throws BadInputException to store nothing. */
    @FunctionalInterface
    interface Store {
        BatchResult store(Connection connection) throws SQLException;
    }

    private final AgroalDataSource dataSource;
    private final Idempotency idempotency;
    private final AuditService audit;
    private final DomainMetrics metrics;

    public BatchWriter(AgroalDataSource dataSource, Idempotency idempotency, AuditService audit, DomainMetrics metrics) {
        this.dataSource = dataSource;
        this.idempotency = idempotency;
        this.audit = audit;
        this.metrics = metrics;
    }

    /**
     * @param kind what the batch holds, e.g. cost-lines: it scopes the keys and names the audit entry
     * @param owner the municipality's code, or "all"
     */
    Outcome write(Caller caller, String kind, String owner, String municipalityCode, String idempotencyKey,
            Object batch, Store store) {
        try (Connection connection = dataSource.getConnection()) {
            String scope = (caller.tokenId() != null ? "token:" + caller.tokenId() : "user:" + caller.userId()) + " "
                    + kind + " " + owner;
            if (idempotencyKey != null) {
                BatchResult earlier = idempotency.claim(connection, scope, idempotencyKey, batch, BatchResult.class);
                if (earlier != null) {
                    return new Outcome(earlier, true);
                }
            }
            BatchResult result = store.store(connection);
            audit.record("report", kind.replace('-', '_'), owner, municipalityCode, Changes.none()
                    .field("received", null, result.received()).field("created", null, result.created())
                    .field("updated", null, result.updated()));
            if (idempotencyKey != null) {
                idempotency.remember(connection, scope, idempotencyKey, result);
            }
            metrics.batchStored(kind, result.received());
            return new Outcome(result, false);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the " + kind, e);
        }
    }

    /** Runs an upsert that returns {@code xmax = 0} per row written, and counts new, changed and unchanged lines. */
    static BatchResult run(PreparedStatement upsert, int received, List<LineWarning> warnings) throws SQLException {
        int created = 0;
        int updated = 0;
        try (ResultSet rows = upsert.executeQuery()) {
            while (rows.next()) {
                if (rows.getBoolean(1)) {
                    created++;
                } else {
                    updated++;
                }
            }
        }
        return new BatchResult(received, created, updated, received - created - updated, warnings);
    }
}
