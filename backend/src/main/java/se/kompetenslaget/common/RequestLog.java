package se.kompetenslaget.common;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

/**
 * Gives every request an id (the caller's {@code X-Request-Id} when it is a plain token, else a new UUID), echoes it
 * in the response, puts it in the log context ({@code requestId}) of every line logged for the request, and logs one
 * line per API request (category {@code se.kompetenslaget.http}) with its status and duration. Secrets never reach the line: respondent links are masked and
 * neither the query string nor any header is logged.
 */
@ApplicationScoped
public class RequestLog {

    public static final String HEADER = "X-Request-Id";
    public static final String MDC_KEY = "requestId";

    private static final Logger LOG = Logger.getLogger("se.kompetenslaget.http");
    private static final Pattern CALLER_ID = Pattern.compile("[A-Za-z0-9._:-]{1,64}");
    private static final String RESPONDENT_LINK = "/respond/kls_";

    void install(@Observes Router router) {
        router.route().order(Integer.MIN_VALUE).handler(RequestLog::handle);
    }

    private static void handle(RoutingContext context) {
        String assigned = context.get(MDC_KEY);
        if (assigned != null) { // a client-side route rerouted to index.html: the same request
            context.next();
            return;
        }
        String given = context.request().getHeader(HEADER);
        String id = given != null && CALLER_ID.matcher(given).matches() ? given : newId();
        context.put(MDC_KEY, id);
        MDC.put(MDC_KEY, id);
        context.response().putHeader(HEADER, id);
        String path = context.request().path();
        // Nothing to measure or mask when the line would not be logged (a level above INFO, as under load tests).
        if (path != null && path.startsWith("/api/") && LOG.isInfoEnabled()) {
            long started = System.nanoTime();
            String method = context.request().method().name();
            String loggable = masked(path);
            context.addEndHandler(ignored -> {
                Object previous = MDC.get(MDC_KEY);
                MDC.put(MDC_KEY, id);
                // Concatenated, not formatted: this line is written for every API request.
                LOG.info(method + " " + loggable + " " + context.response().getStatusCode() + " "
                        + (System.nanoTime() - started) / 1_000_000 + " ms");
                if (previous == null) {
                    MDC.remove(MDC_KEY);
                }
            });
        }
        context.next();
    }

    /**
     * A random (version 4) UUID from the thread's own generator: a request id only has to be unique, not secret, and
     * {@link UUID#randomUUID()} draws from the shared SecureRandom on every request.
     */
    static String newId() {
        ThreadLocalRandom random = ThreadLocalRandom.current();
        long high = random.nextLong() & ~0xF000L | 0x4000L;
        long low = random.nextLong() & ~(3L << 62) | (2L << 62);
        return new UUID(high, low).toString();
    }

    /**
     * The path with any respondent link replaced, so a log never holds one: each {@code /respond/kls_…} up to the next
     * {@code /} (what the pattern {@code (/respond/)kls_[^/]*} replaces, without a regular expression on every request).
     */
    static String masked(String path) {
        int at = path.indexOf(RESPONDENT_LINK);
        if (at < 0) {
            return path;
        }
        StringBuilder out = new StringBuilder(path.length());
        int from = 0;
        while (at >= 0) {
            int link = at + "/respond/".length(); // where the link (kls_…) starts
            out.append(path, from, link).append("kls_[hidden]");
            int end = path.indexOf('/', link);
            from = end < 0 ? path.length() : end;
            at = path.indexOf(RESPONDENT_LINK, from);
        }
        return out.append(path, from, path.length()).toString();
    }
}
