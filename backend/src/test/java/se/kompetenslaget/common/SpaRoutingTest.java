package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Which page a browser gets for a client-side route: the respondent's lean page for a respondent's link, the app for
 * every other route; the API, the management endpoints and files are never rerouted. (That the pages are served is
 * seen end to end: e2e/routes.spec.ts and respond.spec.ts open respondent links on the built product.)
 */
class SpaRoutingTest {

    @Test
    void aRespondentsLinkOpensTheRespondentsPage() {
        assertTrue(SpaRouting.isClientSideRoute("/respond/kls_abc123"));
        assertEquals("/respond.html", SpaRouting.pageFor("/respond/kls_abc123"));
        assertEquals("/respond.html", SpaRouting.pageFor("/respond/kls_abc123/"));
    }

    @Test
    void everyOtherRouteOpensTheApp() {
        for (String path : new String[] {"/municipalities", "/municipalities/2580", "/surveys/abc/invitations/def",
            "/respondents", "/admin/users"}) {
            assertTrue(SpaRouting.isClientSideRoute(path), path);
            assertEquals("/", SpaRouting.pageFor(path), path);
        }
    }

    @Test
    void theApiManagementAndFilesAreLeftAlone() {
        for (String path : new String[] {"/", "/api/v1/respond/kls_abc123", "/api", "/q/health", "/q",
            "/respond.html", "/assets/index-abc.js", "/favicon.svg"}) {
            assertFalse(SpaRouting.isClientSideRoute(path), path);
        }
    }
}
