package se.kompetenslaget.access;

import io.agroal.api.AgroalDataSource;
import jakarta.inject.Singleton;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The person behind a session cookie, asked on every signed-in request: one plain statement (the session, its person
 * and their grants) outside a container transaction, instead of a Hibernate query, a lazy collection and a Narayana
 * transaction. The rule is {@link UserSession#isValidAt} and {@link User#active}: a session not revoked and not
 * expired at the clock's now, of an active person; grants in the order they were granted, as {@link User#grants}.
 */
@Singleton
public class SessionCallers {

    private final AgroalDataSource dataSource;
    private final Clock clock;

    public SessionCallers(AgroalDataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** The caller, or null when the session is unknown, ended, or the person deactivated. */
    public Caller callerForSession(String secret) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT u.id, u.email, g.role, g.county_code, g.municipality_code
                          FROM user_session s
                          JOIN app_user u ON u.id = s.user_id
                          LEFT JOIN role_grant g ON g.user_id = u.id
                         WHERE s.token_hash = ? AND s.revoked_at IS NULL AND s.expires_at > ? AND u.active
                         ORDER BY g.granted_at""")) {
            query.setString(1, Secrets.sha256(secret));
            query.setObject(2, OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC));
            try (ResultSet rows = query.executeQuery()) {
                UUID userId = null;
                String email = null;
                List<Caller.Grant> grants = new ArrayList<>();
                while (rows.next()) {
                    userId = rows.getObject(1, UUID.class);
                    email = rows.getString(2);
                    String role = rows.getString(3);
                    if (role != null) {
                        grants.add(new Caller.Grant(Role.of(role).orElseThrow(), rows.getString(4), rows.getString(5)));
                    }
                }
                return userId == null ? null
                        : new Caller(Caller.Kind.SESSION, userId, null, email, List.copyOf(grants), null);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the session", e);
        }
    }
}
