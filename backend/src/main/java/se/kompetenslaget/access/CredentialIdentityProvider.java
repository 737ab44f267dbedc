package se.kompetenslaget.access;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.IdentityProvider;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/** Turns a session cookie or bearer token into the caller it belongs to, checked on every request. */
@ApplicationScoped
public class CredentialIdentityProvider implements IdentityProvider<CredentialAuthenticationRequest> {

    private final CredentialService credentials;
    private final SessionCallers sessions;

    public CredentialIdentityProvider(CredentialService credentials, SessionCallers sessions) {
        this.credentials = credentials;
        this.sessions = sessions;
    }

    /**
     * The coarse roles checked before a request body is even read: "person" and "session" say how the caller
     * authenticated; grant roles count for a token only within its scopes (admin needs the admin scope).
     */
    static java.util.Set<String> rolesOf(Caller caller) {
        java.util.Set<String> roles = new java.util.HashSet<>();
        switch (caller.kind()) {
            case SESSION -> roles.addAll(java.util.List.of(Roles.PERSON, Roles.SESSION));
            case PERSONAL_TOKEN -> roles.add(Roles.PERSON);
            case INTEGRATION_TOKEN -> roles.add(Roles.INTEGRATION);
            default -> {
            }
        }
        caller.grants().stream()
                .filter(grant -> grant.role() != Role.ADMIN || caller.isAdmin())
                .forEach(grant -> roles.add(grant.role().value()));
        return roles;
    }

    @Override
    public Class<CredentialAuthenticationRequest> getRequestType() {
        return CredentialAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CredentialAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Caller caller = switch (request.source()) {
                case SESSION_COOKIE -> sessions.callerForSession(request.secret());
                case BEARER_TOKEN -> credentials.callerForToken(request.secret());
            };
            if (caller == null) {
                throw new AuthenticationFailedException(request.source() == CredentialAuthenticationRequest.Source.BEARER_TOKEN
                        ? "The API token is unknown, expired or revoked."
                        : "The session has ended; sign in again.");
            }
            QuarkusSecurityIdentity.Builder identity = QuarkusSecurityIdentity.builder()
                    .setPrincipal(new QuarkusPrincipal(caller.label()))
                    .addAttribute(AccessPolicy.CALLER_ATTRIBUTE, caller);
            identity.addRoles(rolesOf(caller));
            return identity.build();
        });
    }
}
