package se.kompetenslaget.access;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

/** Reads and stores people. E-mail addresses are stored in lower case. */
@ApplicationScoped
public class UserRepository implements PanacheRepositoryBase<User, UUID> {

    public Optional<User> findByEmail(String email) {
        return find("email", email.strip().toLowerCase(java.util.Locale.ROOT)).firstResultOptional();
    }

    public boolean anyAdmin() {
        return count("select count(g) from RoleGrant g where g.role = ?1", Role.ADMIN) > 0;
    }
}
