package se.kompetenslaget.survey;

import io.quarkus.runtime.BlockingOperationControl;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.Response;
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
import se.kompetenslaget.common.TooManyRequestsExceptionMapper;

/**
 * Respondent links are guessed one 404 at a time: each unknown link counts against the client address
 * ({@code kl.respond.*}), and an address past the limit gets 429 with Retry-After for every respondent request until
 * the lockout ends, so a guess that happens to be right is not answered either. Valid links are not counted; their
 * only cost is one primary-key read.
 */
@Singleton
public class RespondentLinkThrottle {

    static final String KIND = "respond_unknown_link";
    private static final String PATH = "/api/v1/respond/";
    private static final String CHECK = "kl.respond.throttle-check";

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

    /**
     * The throttle check of one respondent request that reads the database anyway (opening the form, a save, a submit),
     * left to its own first statement so it costs no round trip of its own: that statement reads the address's block
     * along with the draft, and
     * {@link #settle} decides before anything else is decided from what it read. A request refused before it reaches
     * the database (a malformed body, no If-Match, a link of the wrong shape) is checked by the response filter
     * instead, so a waiting address gets 429 first exactly as when the check ran before the resource.
     */
    public static final class Check {

        private final String address;
        private boolean settled;

        Check(String address) {
            this.address = address;
        }

        /** The client address the block is kept under. */
        public String address() {
            return address;
        }
    }

    /** Refuses every respondent request from an address that is waiting (writes: see {@link Check}). */
    @ServerRequestFilter
    public void refuseBlockedAddresses(ContainerRequestContext request, HttpServerRequest http, RoutingContext routing) {
        if (!isRespondentPath(request) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        String address = ClientAddress.of(http);
        if (checksInItsStatement(request)) {
            routing.put(CHECK, new Check(address));
            return;
        }
        Optional<Instant> blocked = throttle.blockedUntil(KIND, address);
        if (blocked.isPresent()) {
            throttle.countRefused(KIND);
            throw tooMany(Duration.between(clock.instant(), blocked.get()));
        }
    }

    /** The deferred check of this request's write, or null when it is not a respondent write (see {@link Check}). */
    public static Check check(RoutingContext routing) {
        return routing == null ? null : routing.get(CHECK);
    }

    /**
     * Takes the check's decision from the block its write's statement read ({@code blockedUntil} null: none):
     * refuses a waiting address with 429 before anything else is decided. A null check (no HTTP request) passes.
     */
    public void settle(Check check, Instant blockedUntil) {
        if (check == null) {
            return;
        }
        check.settled = true;
        if (blockedUntil != null && clock.instant().isBefore(blockedUntil)) {
            throttle.countRefused(KIND);
            throw tooMany(Duration.between(clock.instant(), blockedUntil));
        }
    }

    /** Settles the check with a read of its own (a write that found no draft to read the block with). */
    public void settleByReading(Check check) {
        if (check != null) {
            settle(check, throttle.blockedUntil(KIND, check.address).orElse(null));
        }
    }

    /**
     * A write refused before its statement ran answers 429 if the address is waiting, as it did when the check ran
     * first; then counts an unknown link against the address.
     */
    @ServerResponseFilter
    public void countUnknownLinks(ContainerRequestContext request, ContainerResponseContext response,
            HttpServerRequest http, RoutingContext routing) {
        // A path no resource matched (e.g. /api/v1/respond/) is answered on the I/O thread and reveals nothing: not counted.
        if (!isRespondentPath(request) || !BlockingOperationControl.isBlockingAllowed()) {
            return;
        }
        Check check = check(routing);
        if (check != null && !check.settled) {
            try {
                settleByReading(check);
            } catch (TooManyRequestsException refused) {
                Response problem = TooManyRequestsExceptionMapper.response(refused, request.getUriInfo());
                response.setStatus(problem.getStatus());
                response.getHeaders().clear();
                response.getHeaders().putAll(problem.getHeaders());
                response.setEntity(problem.getEntity(), null, problem.getMediaType());
                return;
            }
        }
        if (response.getStatus() == 404) {
            throttle.hit(KIND, ClientAddress.of(http), limit);
        }
    }

    private static boolean isRespondentPath(ContainerRequestContext request) {
        return request.getUriInfo().getRequestUri().getPath().startsWith(PATH);
    }

    /** Opening the form, saving and submitting read the block in their own first statement (see {@link Check}). */
    private static boolean checksInItsStatement(ContainerRequestContext request) {
        String path = request.getUriInfo().getRequestUri().getPath();
        return switch (request.getMethod()) {
            case "GET" -> path.indexOf('/', PATH.length()) < 0;
            case "PATCH" -> path.endsWith("/answers");
            case "POST" -> path.endsWith("/submit");
            default -> false;
        };
    }

    private static TooManyRequestsException tooMany(Duration wait) {
        return new TooManyRequestsException("Too many unknown respondent links from your address. Check the link you "
                + "were sent, and try again in " + Math.max(1, (wait.toSeconds() + 59) / 60) + " minutes.", wait);
    }
}
