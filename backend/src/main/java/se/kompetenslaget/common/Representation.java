package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;

/**
 * A JSON body written once, with a strong ETag made from its bytes (the same on every replica that holds the same
 * data), for reference reads: a client that sends the tag back in If-None-Match gets {@code 304 Not Modified} and no
 * body. {@code Cache-Control: no-cache} lets caches keep the body but makes them ask again each time, so a corrected
 * population is seen at once.
 */
public record Representation(byte[] body, String etag) {

    /** The names of the header and its documentation, the same on every operation that honours it. */
    public static final String IF_NONE_MATCH_DESCRIPTION = "The ETag of a copy the client holds: if it is still "
            + "current the answer is 304 Not Modified without a body.";
    public static final String ETAG_DESCRIPTION = "A strong entity tag of this body, for If-None-Match.";
    private static final CacheControl REVALIDATE = CacheControl.valueOf("no-cache");

    public static Representation of(ObjectMapper json, Object value) {
        try {
            byte[] body = json.writeValueAsBytes(value);
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(body);
            return new Representation(body,
                    "\"" + Base64.getUrlEncoder().withoutPadding().encodeToString(digest).substring(0, 27) + "\"");
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException("Could not write the representation", e);
        }
    }

    /** 304 when If-None-Match names this tag (or is {@code *}), else 200 with the body; both carry the ETag. */
    public Response respond(String ifNoneMatch) {
        if (matches(ifNoneMatch)) {
            return Response.notModified().header(HttpHeaders.ETAG, etag).cacheControl(REVALIDATE).build();
        }
        return Response.ok(body, MediaType.APPLICATION_JSON_TYPE).header(HttpHeaders.ETAG, etag).cacheControl(REVALIDATE)
                .build();
    }

    /** If-None-Match compares weakly (RFC 9110 13.1.2): {@code W/"x"} matches {@code "x"}. */
    boolean matches(String ifNoneMatch) {
        if (ifNoneMatch == null || ifNoneMatch.isBlank()) {
            return false;
        }
        for (String candidate : ifNoneMatch.split(",")) {
            String tag = candidate.strip();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** The body as text (for tests and logs). */
    @Override
    public String toString() {
        return etag + " " + new String(body, StandardCharsets.UTF_8);
    }
}
