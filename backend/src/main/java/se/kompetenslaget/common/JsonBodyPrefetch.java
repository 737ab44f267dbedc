package se.kompetenslaget.common;

import io.smallrye.mutiny.Uni;
import io.vertx.core.AsyncResult;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.RoutingContext;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.io.ByteArrayInputStream;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Reads a small JSON request body on the I/O thread, before the request goes to a worker thread. Otherwise a blocking
 * operation reads its body on the worker, which waits for each piece and for the end of the body while the I/O thread
 * is asked for them and wakes it: two cross-thread hand-overs per request, ~7 % of a respondent save's CPU in a
 * profile. Only a body whose length is declared (at most 64 KB: a respondent save is a few hundred bytes, a cost batch
 * may be far larger and keeps the streaming way) and that the client sends without waiting for {@code 100 Continue};
 * anything else is read as before. A client that declares a body and never sends it holds no thread while it waits.
 */
@Singleton
public class JsonBodyPrefetch {

    static final long MAX_BYTES = 64 * 1024;

    /** Where a route that read the body before the REST layer (survey.DraftSaveRoute) leaves what it read. */
    private static final String READ = "kl.body-read-ahead";

    @ServerRequestFilter(preMatching = true)
    public Uni<Void> readSmallJsonBody(ContainerRequestContext request, HttpServerRequest http, RoutingContext routing) {
        AsyncResult<Buffer> read = routing == null ? null : routing.get(READ);
        if (read != null) {
            return read.succeeded() ? given(request, read.result()) : Uni.createFrom().failure(read.cause());
        }
        if (!worthReadingAhead(http)) {
            return null; // No filter work at all: the request goes on as it came.
        }
        return Uni.createFrom().<Void>emitter(done -> {
            http.body().onComplete(body -> {
                if (body.succeeded()) {
                    given(request, body.result());
                    done.complete(null);
                } else {
                    done.fail(body.cause());
                }
            });
            http.resume();
        });
    }

    /**
     * Keeps a body a route read before the REST layer (or the failure to read it) for this filter to give the
     * resource: a request's body can be read only once.
     */
    public static void keep(RoutingContext routing, AsyncResult<Buffer> read) {
        routing.put(READ, read);
    }

    private static Uni<Void> given(ContainerRequestContext request, Buffer body) {
        request.setEntityStream(new ByteArrayInputStream(body.getBytes()));
        return null;
    }

    /** A small JSON body of an API request, its length declared and sent without waiting (see above). */
    public static boolean worthReadingAhead(HttpServerRequest http) {
        HttpMethod method = http.method();
        if (method != HttpMethod.POST && method != HttpMethod.PATCH && method != HttpMethod.PUT || http.isEnded()
                || http.headers().contains(HttpHeaders.EXPECT) || http.headers().contains(HttpHeaders.TRANSFER_ENCODING)
                || !http.path().startsWith("/api/")) {
            return false;
        }
        String type = http.getHeader(HttpHeaders.CONTENT_TYPE);
        if (type == null || !isJson(type)) {
            return false;
        }
        String length = http.getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            long bytes = length == null ? -1 : Long.parseLong(length.strip());
            return bytes > 0 && bytes <= MAX_BYTES;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isJson(String contentType) {
        int end = contentType.indexOf(';');
        String type = (end < 0 ? contentType : contentType.substring(0, end)).strip();
        return type.equalsIgnoreCase("application/json")
                || type.regionMatches(true, 0, "application/", 0, 12) && type.regionMatches(true, type.length() - 5, "+json", 0, 5);
    }
}
