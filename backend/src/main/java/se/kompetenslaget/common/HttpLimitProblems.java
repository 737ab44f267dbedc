package se.kompetenslaget.common;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.json.JsonObject;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers a request over the HTTP limits with a problem document, before the HTTP layer would answer it with an
 * empty body: a URI longer than {@code kl.http.max-uri-length} gets 414, a declared body larger than
 * {@code quarkus.http.limits.max-body-size} gets 413. The HTTP layer's own line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set far above ours, so only absurd request lines still
 * meet its bare 414.
 */
@ApplicationScoped
public class HttpLimitProblems {

    @ConfigProperty(name = "kl.http.max-uri-length", defaultValue = "8192")
    int maxUriLength;

    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(this::checkLimits);
    }

    private void checkLimits(RoutingContext context) {
        if (context.request().uri().length() > maxUriLength) {
            send(context, ProblemType.URI_TOO_LONG, "The request URI is longer than " + maxUriLength
                    + " characters; send long input in a request body instead.", false);
            return;
        }
        String declared = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (declared != null && tooLarge(declared)) {
            send(context, ProblemType.PAYLOAD_TOO_LARGE, "The request body is larger than " + maxBodySize.asLongValue()
                    + " bytes.", true);
            return;
        }
        context.next();
    }

    private boolean tooLarge(String declared) {
        try {
            return Long.parseLong(declared.strip()) > maxBodySize.asLongValue();
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void send(RoutingContext context, ProblemType type, String detail, boolean close) {
        JsonObject problem = new JsonObject()
                .put("type", type.uri().toString())
                .put("title", type.title())
                .put("status", type.status())
                .put("detail", detail);
        String path = context.request().path();
        if (path != null && path.length() <= 2048) {
            problem.put("instance", path);
        }
        // Answered before the route that adds the configured headers (quarkus.http.header.*): the same ones here.
        var response = context.response().setStatusCode(type.status())
                .putHeader(HttpHeaders.CONTENT_TYPE, "application/problem+json")
                .putHeader("X-Content-Type-Options", "nosniff")
                .putHeader("Referrer-Policy", "same-origin");
        if (close) {
            // The body is not read: the connection cannot be reused.
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> context.request().connection().close());
        }
        response.end(problem.encode());
    }
}
