package se.kompetenslaget.common;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.core.Response;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.function.Supplier;

/**
 * Retry-safe creates: with an Idempotency-Key the first answer is kept for the key, so a retried POST (the same key and
 * body) gets it again and creates nothing more; the same key with another body is a 409. The key is claimed in the
 * create's own transaction, so a create that fails leaves no key behind, and a concurrent retry waits for the first.
 */
@ApplicationScoped
public class Creates {

    public static final String HEADER = "Idempotency-Key";
    public static final String REPLAYED = "Idempotent-Replayed";
    public static final String KEY_DESCRIPTION = "Makes a retry safe: the same key and body create once, and a retry "
            + "gets the first answer again; the same key with another body is a 409. A key is remembered for seven days.";

    /** What was created, or (replayed) what was created the first time the key was sent. */
    public record Outcome<T>(T answer, boolean replayed) {

        /** Marks a replayed answer with {@code Idempotent-Replayed: true}. */
        public Response.ResponseBuilder replayed(Response.ResponseBuilder response) {
            return replayed ? response.header(REPLAYED, "true") : response;
        }
    }

    private final AgroalDataSource dataSource;
    private final Idempotency idempotency;

    public Creates(AgroalDataSource dataSource, Idempotency idempotency) {
        this.dataSource = dataSource;
        this.idempotency = idempotency;
    }

    /**
     * @param scope whose key it is and for what (e.g. "user:… action-plan"), so two callers' keys never meet
     * @param key the Idempotency-Key, or null to create without one
     */
    @Transactional
    public <T> Outcome<T> create(String scope, String key, Object request, Class<T> answerType, Supplier<T> create) {
        if (key == null) {
            return new Outcome<>(create.get(), false);
        }
        try (Connection connection = dataSource.getConnection()) {
            T earlier;
            try {
                earlier = idempotency.claim(connection, scope, key, request, answerType);
            } catch (ConflictException e) {
                throw new ConflictException("This Idempotency-Key was used before with a different request. "
                        + "Use a new key for a new request.");
            }
            if (earlier != null) {
                return new Outcome<>(earlier, true);
            }
            T answer = create.get();
            idempotency.remember(connection, scope, key, answer);
            return new Outcome<>(answer, false);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not keep the Idempotency-Key", e);
        }
    }
}
