package se.kompetenslaget.access;

import io.quarkus.security.UnauthorizedException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kompetenslaget.access.AccessDtos.MeView;
import se.kompetenslaget.access.AccessDtos.GrantView;
import se.kompetenslaget.access.AccessDtos.UserView;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;

/**
 * Browser sign-in with e-mail and password. Unknown e-mail, wrong password, deactivated and locked accounts all
 * get the same answer; after {@code kl.sign-in.max-failures} failures in a row the account is locked for
 * {@code kl.sign-in.lockout}.
 */
@ApplicationScoped
@Transactional
public class AuthService {

    private final UserRepository users;
    private final UserSessionRepository sessions;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final int maxFailures;
    private final Duration lockout;
    private final Duration sessionLifetime;

    public AuthService(UserRepository users, UserSessionRepository sessions, AccessPolicy access, AuditService audit,
            Clock clock,
            @ConfigProperty(name = "kl.sign-in.max-failures", defaultValue = "5") int maxFailures,
            @ConfigProperty(name = "kl.sign-in.lockout", defaultValue = "PT15M") Duration lockout,
            @ConfigProperty(name = "kl.session.lifetime", defaultValue = "PT12H") Duration sessionLifetime) {
        this.users = users;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.maxFailures = maxFailures;
        this.lockout = lockout;
        this.sessionLifetime = sessionLifetime;
    }

    /** A new session: the cookie value (shown only here) and how long it lasts. */
    public record SignedIn(String sessionSecret, Duration lifetime, MeView me) {
    }

    /** Signs in; empty when the credentials are refused. Failures are recorded (and counted) even so. */
    public Optional<SignedIn> signIn(String email, String password) {
        Instant now = clock.instant();
        User user = users.findByEmail(email).orElse(null);
        boolean locked = user != null && user.lockedUntil != null && now.isBefore(user.lockedUntil);
        boolean passwordOk = Secrets.passwordMatches(password, user == null ? null : user.passwordHash);
        if (user == null || !user.active || locked || !passwordOk) {
            if (user != null && !locked) {
                user.failedSignIns++;
                if (user.failedSignIns >= maxFailures) {
                    user.lockedUntil = now.plus(lockout);
                    user.failedSignIns = 0;
                }
            }
            // The person is named by id when known; what was typed is not kept (it may be a password in the wrong field).
            audit.recordAs(Caller.ANONYMOUS, "sign_in_failed", "user", user == null ? null : user.id, null,
                    Changes.none().field("locked", null, user != null && user.lockedUntil != null && now.isBefore(user.lockedUntil)));
            return Optional.empty();
        }
        user.failedSignIns = 0;
        user.lockedUntil = null;
        String secret = Secrets.newSecret("kls");
        UserSession session = new UserSession();
        session.id = UUID.randomUUID();
        session.tokenHash = Secrets.sha256(secret);
        session.user = user;
        session.createdAt = now;
        session.expiresAt = now.plus(sessionLifetime);
        sessions.persist(session);
        Caller caller = new Caller(Caller.Kind.SESSION, user.id, null, user.email, CredentialService.grantsOf(user), null);
        audit.recordAs(caller, "sign_in", "user", user.id, null, Changes.none());
        return Optional.of(new SignedIn(secret, sessionLifetime, meOf(caller, user)));
    }

    /** Ends the session behind the cookie, if any; signing out twice is harmless. */
    public void signOut(String sessionSecret) {
        if (sessionSecret == null || sessionSecret.isBlank()) {
            return;
        }
        sessions.findByTokenHash(Secrets.sha256(sessionSecret)).filter(s -> s.revokedAt == null).ifPresent(session -> {
            session.revokedAt = clock.instant();
            Caller caller = new Caller(Caller.Kind.SESSION, session.user.id, null, session.user.email,
                    CredentialService.grantsOf(session.user), null);
            audit.recordAs(caller, "sign_out", "user", session.user.id, null, Changes.none());
        });
    }

    public MeView me() {
        Caller caller = access.requireAuthenticated();
        User user = caller.userId() == null ? null : users.findById(caller.userId());
        return meOf(caller, user);
    }

    /** Changes the caller's own password; other sessions end, this one goes on. */
    public void changePassword(String currentPassword, String newPassword, String currentSessionSecret) {
        Caller caller = access.requireSession();
        User user = users.findById(caller.userId());
        if (!Secrets.passwordMatches(currentPassword, user.passwordHash)) {
            throw new BadInputException("The current password is wrong.",
                    java.util.List.of(new BadInputException.Violation("currentPassword", "body", "is wrong")));
        }
        Instant now = clock.instant();
        user.passwordHash = Secrets.hashPassword(newPassword);
        user.passwordChangedAt = now;
        String keep = currentSessionSecret == null ? "" : Secrets.sha256(currentSessionSecret);
        sessions.update("revokedAt = ?1 where user = ?2 and revokedAt is null and tokenHash <> ?3", now, user, keep);
        audit.record("password_changed", "user", user.id, null, Changes.none());
    }

    private static MeView meOf(Caller caller, User user) {
        String kind = switch (caller.kind()) {
            case SESSION -> "session";
            case PERSONAL_TOKEN -> "personal_token";
            case INTEGRATION_TOKEN -> "integration_token";
            case ANONYMOUS, SYSTEM -> throw new UnauthorizedException();
        };
        var grants = caller.grants().stream()
                .map(g -> new GrantView(null, g.role().value(), g.countyCode(), g.municipalityCode()))
                .toList();
        var scopes = caller.scopes() == null ? null
                : caller.scopes().stream().map(Scope::value).collect(java.util.stream.Collectors.toCollection(java.util.TreeSet::new));
        return new MeView(kind, user == null ? null : UserView.of(user),
                user == null ? grants : user.grants.stream().map(GrantView::of).toList(), scopes);
    }
}
