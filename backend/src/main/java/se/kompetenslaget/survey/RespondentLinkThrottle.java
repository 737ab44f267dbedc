package se.kompetenslaget.survey;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import se.kompetenslaget.access.ClientAddress;
import se.kompetenslaget.common.Throttle;
import se.kompetenslaget.common.Throttle.Limit;
import se.kompetenslaget.common.TooManyRequestsException;

/**
 * Respondent links are guessed one 404 at a time: each unknown link counts against the client address
 * ({@code kl.respond.*}), and an address past the limit gets 429 with Retry-After for every respondent request until
 * the lockout ends, so a guess that happens to be right is not answered either. Valid links are not counted; their
 * only cost is one primary-key read.
 */
@ApplicationScoped
public class RespondentLinkThrottle {

    static final String KIND = "respond_unknown_link";
    private static final String PATH = "/api/v1/respond/";

    private final Throttle throttle;
    private final Clock clock;
    private final Limit limit;

    public RespondentLinkThrottle(Throttle throttle, Clock clock,
            @ConfigProperty(name = "kl.respond.max-unknown-links", defaultValue = "20") int max,
            @ConfigProperty(name = "kl.respond.window", defaultValue = "PT10M") Duration window,
            @ConfigProperty(name = "kl.respond.lockout", defaultValue = "PT10M") Duration lockout) {
        this.throttle = throttle;
        this.clock = clock;
        // Counted after the answer, so the max-th unknown link already blocks the next request.
        this.limit = new Limit(max - 1, window, lockout);
    }

    /** Refuses every respondent request from an address that is waiting. */
    @ServerRequestFilter
    public void refuseBlockedAddresses(ContainerRequestContext request, HttpServerRequest http) {
        if (!isRespondentPath(request) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        Optional<Instant> blocked = throttle.blockedUntil(KIND, ClientAddress.of(http));
        if (blocked.isPresent()) {
            throttle.countRefused(KIND);
            throw tooMany(Duration.between(clock.instant(), blocked.get()));
        }
    }

    /** Counts an unknown link against the address. */
    @ServerResponseFilter
    public void countUnknownLinks(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http) {
        // A path no resource matched (e.g. /api/v1/respond/) is answered on the I/O thread and reveals nothing: not counted.
        if (response.getStatus() == 404 && isRespondentPath(request) && BlockingOperationControl.isBlockingAllowed()) {
            throttle.hit(KIND, ClientAddress.of(http), limit);
        }
    }

    private static boolean isRespondentPath(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getPath().startsWith(PATH);
    }

    private static TooManyRequestsException tooMany(Duration wait) {
        return new TooManyRequestsException("Too many unknown respondent links from your address. Check the link you "
                + "were sent, and try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.", wait);
    }
}
