package se.kompetenslaget.access;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.runtime.QuarkusPrincipal;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.mutiny.Uni;
import jakarta.inject.Inject;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;

/** A person an external OpenID Connect provider vouches for gets the grants of the user with that e-mail address. */
@QuarkusTest
class ExternalIdentityTest {

    private static final AuthenticationRequestContext DIRECT = new AuthenticationRequestContext() {
        @Override
        public Uni<SecurityIdentity> runBlocking(Supplier<SecurityIdentity> function) {
            return Uni.createFrom().item(function.get());
        }
    };

    @Inject
    ExternalIdentityAugmentor augmentor;

    @Inject
    Fixtures fixtures;

    @Test
    void shouldGiveAKnownPersonTheirGrants() {
        String email = fixtures.createUser("external", Role.MUNICIPALITY_EDITOR, "2580");
        SecurityIdentity identity = augment(email.toUpperCase());
        Caller caller = identity.getAttribute(AccessPolicy.CALLER_ATTRIBUTE);
        assertTrue(caller.mayEditMunicipality("2580"));
        assertTrue(!caller.mayEditMunicipality("2581"));
        assertTrue(identity.hasRole(Roles.SESSION));
        assertTrue(identity.hasRole("municipality_editor"));
    }

    @Test
    void shouldLetAnUnknownPersonDoNothing() {
        Caller caller = augment("stranger@elsewhere.se").getAttribute(AccessPolicy.CALLER_ATTRIBUTE);
        assertEquals(List.of(), caller.grants());
        assertTrue(!caller.mayReadMunicipality("2580"));
    }

    private SecurityIdentity augment(String email) {
        SecurityIdentity external = QuarkusSecurityIdentity.builder().setPrincipal(new QuarkusPrincipal(email)).build();
        return augmentor.augment(external, DIRECT).await().indefinitely();
    }
}
