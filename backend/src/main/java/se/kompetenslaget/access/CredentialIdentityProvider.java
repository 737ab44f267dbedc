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

    public CredentialIdentityProvider(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public Class<CredentialAuthenticationRequest> getRequestType() {
        return CredentialAuthenticationRequest.class;
    }

    @Override
    public Uni<SecurityIdentity> authenticate(CredentialAuthenticationRequest request, AuthenticationRequestContext context) {
        return context.runBlocking(() -> {
            Caller caller = switch (request.source()) {
                case SESSION_COOKIE -> credentials.callerForSession(request.secret());
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
            caller.grants().forEach(grant -> identity.addRole(grant.role().value()));
            return identity.build();
        });
    }
}
