package se.kompetenslaget.access;

import io.quarkus.narayana.jta.QuarkusTransaction;
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
import se.kompetenslaget.common.DomainMetrics;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;

/**
 * Browser sign-in with e-mail and password. Unknown e-mail, wrong password and deactivated accounts get the same
 * answer; {@link SignInThrottle} slows guessing down (429 with Retry-After) before any password is checked, and says
 * so when an account is temporarily locked. The password check itself runs outside any transaction, so it holds no
 * database connection.
 */
@ApplicationScoped
@Transactional
public class AuthService {

    private final UserRepository users;
    private final UserSessionRepository sessions;
    private final AccessPolicy access;
    private final AuditService audit;
    private final DomainMetrics metrics;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final Duration sessionLifetime;

    public AuthService(UserRepository users, UserSessionRepository sessions, AccessPolicy access, AuditService audit,
            SignInThrottle throttle, DomainMetrics metrics, Clock clock,
            @ConfigProperty(name = "kl.session.lifetime", defaultValue = "PT12H") Duration sessionLifetime) {
        this.users = users;
        this.metrics = metrics;
        this.sessions = sessions;
        this.access = access;
        this.audit = audit;
        this.throttle = throttle;
        this.clock = clock;
        this.sessionLifetime = sessionLifetime;
    }

    /** A new session: the cookie value (shown only here) and how long it lasts. */
    public record SignedIn(String sessionSecret, Duration lifetime, MeView me) {
    }

    /**
     * Signs in from a client address; empty when the credentials are refused (the failure is audited and counted).
     *
     * @throws se.kompetenslaget.common.TooManyRequestsException when the address or the account must wait
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Optional<SignedIn> signIn(String email, String password, String client) {
        SignInThrottle.Attempt attempt = throttle.admit(email, client);
        String hash = QuarkusTransaction.requiringNew().call(() -> users.findByEmail(email)
                .filter(user -> user.active).map(user -> user.passwordHash).orElse(null));
        boolean passwordOk = Secrets.passwordMatches(password, hash);
        Optional<SignedIn> signedIn = QuarkusTransaction.requiringNew().call(() -> record(email, passwordOk));
        if (signedIn.isPresent()) {
            throttle.succeeded(attempt);
        }
        return signedIn;
    }

    /** Starts the session after a right password, or audits the failure. */
    private Optional<SignedIn> record(String email, boolean passwordOk) {
        Instant now = clock.instant();
        User user = users.findByEmail(email).orElse(null);
        if (user == null || !user.active || !passwordOk) {
            // The person is named by id when known; what was typed is not kept (it may be a password in the wrong field).
            audit.recordAs(Caller.ANONYMOUS, "sign_in_failed", "user", user == null ? null : user.id, null, Changes.none());
            metrics.signInFailed();
            return Optional.empty();
        }
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

    /** Whether anyone is signed in, and who: the browser app's question on every page, answered without a 401. */
    public AccessDtos.SessionView session() {
        Caller caller = access.caller();
        if (!caller.isAuthenticated()) {
            return new AccessDtos.SessionView(false, null);
        }
        User user = caller.userId() == null ? null : users.findById(caller.userId());
        return new AccessDtos.SessionView(true, meOf(caller, user));
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
