package se.kompetenslaget.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

/** Reads and stores browser sessions by the hash of their cookie value. */
@ApplicationScoped
public class UserSessionRepository implements PanacheRepositoryBase<UserSession, UUID> {

    public Optional<UserSession> findByTokenHash(String tokenHash) {
        return find("from UserSession s join fetch s.user where s.tokenHash = ?1", tokenHash).firstResultOptional();
    }

    public void revokeAllOf(User user, Instant now) {
        update("revokedAt = ?1 where user = ?2 and revokedAt is null", now, user);
    }
}
