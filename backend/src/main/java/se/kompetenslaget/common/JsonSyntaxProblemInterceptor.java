package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.IOException;
import java.util.List;

/**
 * Says where a request body stops being JSON. The JSON reader reports a syntax error as a bare
 * "HTTP 400 Bad Request"; this turns it into a problem whose detail names the line and column.
 */
@Provider
public class JsonSyntaxProblemInterceptor implements ReaderInterceptor {

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException {
        try {
            return context.proceed();
        } catch (WebApplicationException e) {
            if (e.getCause() instanceof JsonProcessingException syntaxError) {
                throw new BadInputException("The request body is not valid JSON" + where(syntaxError.getLocation()) + ": "
                        + withoutSource(syntaxError.getOriginalMessage()), List.of());
            }
            throw e;
        }
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
