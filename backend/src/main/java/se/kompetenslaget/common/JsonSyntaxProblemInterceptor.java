package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Arrays;
import java.util.List;

/**
 * Says where a request body stops being JSON. The JSON reader reports a syntax error as a bare
 * "HTTP 400 Bad Request"; this turns it into a problem whose detail names the line and column. A body that is
 * empty or the JSON {@code null} is refused here too, for every operation that reads one, so no resource ever
 * receives a null body.
 */
@Provider
public class JsonSyntaxProblemInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        Object body;
        try {
            body = context.proceed();
        } catch (WebApplicationException e) {
            if (e.getCause() instanceof StreamConstraintsException) {
                throw new BadInputException(ProblemType.MALFORMED_BODY, "The request body has a string, number or nesting "
                        + "larger than this service reads.", List.of());
            }
            if (e.getCause() instanceof JsonProcessingException syntaxError) {
                throw new BadInputException(ProblemType.MALFORMED_BODY, "The request body is not valid JSON" + where(syntaxError.getLocation()) + ": "
                        + withoutSource(syntaxError.getOriginalMessage()), List.of());
            }
            throw e;
        }
        if (body == null && !optional(context.getAnnotations())) {
            throw new BadInputException("A request body is required; it was empty or null.",
                    List.of(new BadInputException.Violation("body", "body", "is required", ViolationCode.REQUIRED)));
        }
        return body;
    }

    /** A body the contract declares optional ({@code @RequestBody(required = false)}) may be absent. */
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
