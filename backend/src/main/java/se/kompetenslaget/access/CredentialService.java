package se.kompetenslaget.access;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/** Checks API tokens (session cookies: {@link SessionCallers}) against their stored hashes; revocation takes effect on the next request. */
@ApplicationScoped
@Transactional
public class CredentialService {

    /** A token's last use is recorded at most this often, so busy integrations do not write on every call. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final ApiTokenRepository tokens;
    private final UserRepository users;
    private final Clock clock;

    public CredentialService(ApiTokenRepository tokens, UserRepository users, Clock clock) {
        this.tokens = tokens;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A person authenticated by an external identity provider, by e-mail address: the active user with that address
     * and their grants, or, for an address the platform does not know, a signed-in caller with no grants.
     */
    public Caller callerForExternalIdentity(String email) {
        return users.findByEmail(email == null ? "" : email)
                .filter(user -> user.active)
                .map(user -> new Caller(Caller.Kind.SESSION, user.id, null, user.email, grantsOf(user), null))
                .orElseGet(() -> new Caller(Caller.Kind.SESSION, null, null, String.valueOf(email), List.of(), null));
    }

    /** The caller behind a bearer token, or null when the token is unknown, expired, revoked or its owner deactivated. */
    public Caller callerForToken(String secret) {
        Instant now = clock.instant();
        ApiToken token = tokens.findByTokenHash(Secrets.sha256(secret)).orElse(null);
        if (token == null || !token.isValidAt(now) || (token.owner != null && !token.owner.active)) {
            return null;
        }
        if (token.lastUsedAt == null || token.lastUsedAt.isBefore(now.minus(LAST_USED_RESOLUTION))) {
            token.lastUsedAt = now;
        }
        Set<Scope> scopes = Arrays.stream(token.scopes).map(scope -> Scope.of(scope).orElseThrow())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Scope.class)));
        if (token.owner != null) {
            return new Caller(Caller.Kind.PERSONAL_TOKEN, token.owner.id, token.id,
                    token.owner.email + " (token " + token.prefix + ")", grantsOf(token.owner), scopes);
        }
        return new Caller(Caller.Kind.INTEGRATION_TOKEN, null, token.id,
                "integration " + token.name + " (token " + token.prefix + ")",
                List.of(new Caller.Grant(Role.MUNICIPALITY_EDITOR, null, token.municipalityCode)), scopes);
    }

    static List<Caller.Grant> grantsOf(User user) {
        return user.grants.stream()
                .map(grant -> new Caller.Grant(grant.role, grant.countyCode, grant.municipalityCode))
                .toList();
    }
}
