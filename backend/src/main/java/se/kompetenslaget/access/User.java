package se.kompetenslaget.access;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** A person who signs in: an administrator, coordinator, editor or analyst, according to their grants. */
@Entity
@Table(name = "app_user")
public class User {

    @Id
    public UUID id;

    /** Null once the person is erased. */
    @Column
    public String email;

    /** When the person was erased (their e-mail and name removed); null for everyone else. */
    @Column(name = "erased_at")
    public Instant erasedAt;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    /** Argon2id hash in PHC string format; null while no password is set. */
    @Column(name = "password_hash")
    public String passwordHash;

    @Column(nullable = false)
    public boolean active = true;

    /** Sign-in bookkeeping, not an edit of the person: it does not change the revision (ETag) administrators edit. */
    @OptimisticLock(excluded = true)
    @Column(name = "failed_sign_ins", nullable = false)
    public int failedSignIns;

    @OptimisticLock(excluded = true)
    @Column(name = "locked_until")
    public Instant lockedUntil;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "password_changed_at")
    public Instant passwordChangedAt;

    @OneToMany(mappedBy = "user", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("grantedAt")
    public List<RoleGrant> grants = new ArrayList<>();

    @Version
    public long version;

    /** A new active person with a hashed password; e-mail addresses are kept in lower case. */
    public static User create(String email, String displayName, String password, Instant now) {
        User user = new User();
        user.id = UUID.randomUUID();
        user.email = email.strip().toLowerCase(java.util.Locale.ROOT);
        user.displayName = displayName.strip();
        user.passwordHash = Secrets.hashPassword(password);
        user.createdAt = now;
        user.passwordChangedAt = now;
        return user;
    }

    /** Grants the person a role, scoped to a county or municipality where the role needs one. */
    public RoleGrant grant(Role role, String countyCode, String municipalityCode, Instant now) {
        RoleGrant grant = new RoleGrant();
        grant.id = UUID.randomUUID();
        grant.user = this;
        grant.role = role;
        grant.countyCode = role == Role.COUNTY_COORDINATOR ? countyCode : null;
        grant.municipalityCode = role == Role.MUNICIPALITY_EDITOR ? municipalityCode : null;
        grant.grantedAt = now;
        grants.add(grant);
        return grant;
    }
}
