package se.kompetenslaget.common;

import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

/**
 * Serves the SPA's index.html for its client-side routes (/municipalities/2580 and so on), so a reload or a shared
 * link opens the right page; a respondent's link (/respond/kls_…) gets the respondent's own lean page, respond.html
 * (the questionnaire without the rest of the app). The API (/api), the management endpoints (/q) and files (a last
 * segment with a dot) are left alone, so an unknown API route is still a 404 problem.
 */
@ApplicationScoped
public class SpaRouting {

    // Only GETs reach the handler: a POST or PATCH to the API (answering, saving) costs the router nothing here.
    void install(@Observes Router router) {
        router.route().method(HttpMethod.GET).order(Integer.MIN_VALUE + 1).handler(SpaRouting::rerouteClientSideRoutes);
    }

    private static void rerouteClientSideRoutes(RoutingContext context) {
        String path = context.normalizedPath();
        if (isClientSideRoute(path)) {
            context.reroute(pageFor(path));
        } else {
            context.next();
        }
    }

    /** The HTML page that shows a client-side route: the respondent's page for a respondent's link, else the app. */
    static String pageFor(String path) {
        return path.startsWith("/respond/") ? "/respond.html" : "/";
    }

    static boolean isClientSideRoute(String path) {
        if (path.equals("/") || path.startsWith("/api/") || path.equals("/api") || path.startsWith("/q/") || path.equals("/q")) {
            return false;
        }
        String lastSegment = path.substring(path.lastIndexOf('/') + 1);
        return !lastSegment.contains(".");
    }
}
