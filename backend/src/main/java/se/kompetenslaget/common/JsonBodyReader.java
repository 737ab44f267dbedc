package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import io.quarkus.resteasy.reactive.jackson.runtime.serialisers.ServerJacksonMessageBodyReader;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyReader;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;

/**
 * Reads every JSON request body through Quarkus' Jackson reader and says where a body stops being JSON: that reader
 * reports a syntax error as a bare "HTTP 400 Bad Request"; this turns it into a problem whose detail names the line
 * and column. A body that is empty or the JSON {@code null} is refused here too, for every operation that reads one,
 * so no resource ever receives a null body.
 *
 * <p>A reader of its own rather than a {@code ReaderInterceptor} around Jackson's: with any reader interceptor,
 * RESTEasy Reactive looks up the body parameter's annotations by reflection on every request (a new parse of the
 * method's annotations each time, ~7 % of the worker threads' time in a respondent-sequence profile) and reads
 * through the generic interface; here that lookup is made once per operation. A reader of the application's own is chosen before the built-in
 * Jackson one for the same type and media type.
 */
@Provider
@Consumes({ MediaType.APPLICATION_JSON, "application/*+json" })
public class JsonBodyReader implements ServerMessageBodyReader<Object> {

    private final ServerJacksonMessageBodyReader jackson;
    /** Per operation: whether the contract declares its body optional. */
    private final Map<ResteasyReactiveResourceInfo, Boolean> optional = new ConcurrentHashMap<>();

    public JsonBodyReader(ServerJacksonMessageBodyReader jackson) {
        this.jackson = jackson;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, ResteasyReactiveResourceInfo operation, MediaType mediaType) {
        return jackson.isReadable(type, genericType, operation, mediaType);
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return jackson.isReadable(type, genericType, annotations, mediaType);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, MediaType mediaType, ServerRequestContext context)
            throws IOException {
        Object body = null;
        // A body declared empty is read as none without Jackson, which would find no content by throwing and catching an
        // exception (a submit of answers saved before has no body: once per questionnaire).
        if (!"0".equals(context.getRequestHeaders().getHeaderString(HttpHeaders.CONTENT_LENGTH))) {
            try {
                body = jackson.readFrom(type, genericType, mediaType, context);
            } catch (WebApplicationException e) {
                throw problem(e);
            }
        }
        ResteasyReactiveResourceInfo operation = context.getResteasyReactiveResourceInfo();
        return required(body, operation != null && optional.computeIfAbsent(operation, JsonBodyReader::optional));
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
            MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        Object body;
        try {
            body = jackson.readFrom(type, genericType, annotations, mediaType, headers, entity);
        } catch (WebApplicationException e) {
            throw problem(e);
        }
        return required(body, optional(annotations));
    }

    private static RuntimeException problem(WebApplicationException e) {
        if (e.getCause() instanceof StreamConstraintsException) {
            return new BadInputException(ProblemType.MALFORMED_BODY, "The request body has a string, number or nesting "
                    + "larger than this service reads.", List.of());
        }
        if (e.getCause() instanceof JsonProcessingException syntaxError) {
            return new BadInputException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON"
                    + where(syntaxError.getLocation()) + ": " + withoutSource(syntaxError.getOriginalMessage()), List.of());
        }
        return e;
    }

    private static Object required(Object body, boolean optional) {
        if (body == null && !optional) {
            throw new BadInputException("A request body is required; it was empty or null.",
                    List.of(new BadInputException.Violation("body", "body", "is required", ViolationCode.REQUIRED)));
        }
        return body;
    }

    /** Whether the operation declares its body optional ({@code @RequestBody(required = false)}). */
    private static boolean optional(ResteasyReactiveResourceInfo operation) {
        for (int i = 0; i < operation.getParameterTypes().length; i++) {
            if (optional(operation.getParameterAnnotations(i))) {
                return true;
            }
        }
        return false;
    }

    private static boolean optional(Annotation[] annotations) {
        return annotations != null && Arrays.stream(annotations)
                .anyMatch(annotation -> annotation instanceof RequestBody body && !body.required());
    }

    /** Jackson appends where it read from ("at [Source: ...]"), which says nothing to a client. */
    private static String withoutSource(String message) {
        String text = message == null ? "unreadable input" : message;
        for (String marker : new String[] { " (start marker at", "\n at [Source", " at [Source" }) {
            int cut = text.indexOf(marker);
            if (cut >= 0) {
                text = text.substring(0, cut);
            }
        }
        return text.strip() + ".";
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 1
                ? ""
                : " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }
}
