package se.kompetenslaget.access;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Gives a person signed in through an external OpenID Connect provider (a municipality's own identity provider,
 * see the README) the grants of the user with the same e-mail address. The provider proves who they are; what
 * they may do stays here. Someone the platform does not know is signed in but may do nothing.
 */
@ApplicationScoped
public class ExternalIdentityAugmentor implements SecurityIdentityAugmentor {

    private final CredentialService credentials;

    public ExternalIdentityAugmentor(CredentialService credentials) {
        this.credentials = credentials;
    }

    @Override
    public Uni<SecurityIdentity> augment(SecurityIdentity identity, AuthenticationRequestContext context) {
        if (identity.isAnonymous() || identity.getAttribute(AccessPolicy.CALLER_ATTRIBUTE) != null) {
            return Uni.createFrom().item(identity);
        }
        return context.runBlocking(() -> {
            Caller caller = credentials.callerForExternalIdentity(identity.getPrincipal().getName());
            return QuarkusSecurityIdentity.builder(identity)
                    .addAttribute(AccessPolicy.CALLER_ATTRIBUTE, caller)
                    .addRoles(CredentialIdentityProvider.rolesOf(caller))
                    .build();
        });
    }
}
