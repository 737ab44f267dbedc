package se.kompetenslaget.access;

import io.quarkus.security.identity.IdentityProviderManager;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.request.AuthenticationRequest;
import io.quarkus.vertx.http.runtime.security.ChallengeData;
import io.quarkus.vertx.http.runtime.security.HttpAuthenticationMechanism;
import io.quarkus.vertx.http.runtime.security.HttpSecurityUtils;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.Cookie;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/**
 * Reads the caller's credential: {@code Authorization: Bearer <token>} for scripts and systems, else the session
 * cookie set at sign-in. No credential means an anonymous caller; a wrong one is refused, never ignored.
 */
@ApplicationScoped
public class CredentialAuthenticationMechanism implements HttpAuthenticationMechanism {

    public static final String SESSION_COOKIE = "kl_session";
    private static final String BEARER = "Bearer ";
    private static final String TOKEN_PREFIX = "klt_";

    @Override
    public Uni<SecurityIdentity> authenticate(RoutingContext context, IdentityProviderManager identityProviderManager) {
        String authorization = context.request().getHeader("Authorization");
        CredentialAuthenticationRequest request = null;
        // Only our own tokens (klt_…); other bearer tokens are left to an external OpenID Connect provider, if enabled.
        if (authorization != null && authorization.regionMatches(true, 0, BEARER + TOKEN_PREFIX, 0,
                BEARER.length() + TOKEN_PREFIX.length())) {
            request = new CredentialAuthenticationRequest(CredentialAuthenticationRequest.Source.BEARER_TOKEN,
                    authorization.substring(BEARER.length()).strip());
        } else {
            Cookie cookie = context.request().getCookie(SESSION_COOKIE);
            if (cookie != null && !cookie.getValue().isBlank()) {
                request = new CredentialAuthenticationRequest(CredentialAuthenticationRequest.Source.SESSION_COOKIE,
                        cookie.getValue());
            }
        }
        if (request == null) {
            return Uni.createFrom().nullItem();
        }
        return identityProviderManager.authenticate(HttpSecurityUtils.setRoutingContextAttribute(request, context));
    }

    @Override
    public Uni<ChallengeData> getChallenge(RoutingContext context) {
        return Uni.createFrom().item(new ChallengeData(401, "WWW-Authenticate", "Bearer"));
    }

    @Override
    public Set<Class<? extends AuthenticationRequest>> getCredentialTypes() {
        return Set.of(CredentialAuthenticationRequest.class);
    }
}
