package se.kompetenslaget.common;

import java.net.URI;
import java.util.Arrays;

/**
 * The kinds of problem the service answers with, one stable {@code type} URI each (documented in the contract's
 * Problem schema). Clients branch on the type, people read the title and detail.
 */
public enum ProblemType {

    VALIDATION("validation", 400, "Invalid request"),
    MALFORMED_BODY("malformed-body", 400, "Unreadable request body"),
    UNAUTHORIZED("unauthorized", 401, "Unauthorized"),
    FORBIDDEN("forbidden", 403, "Forbidden"),
    NOT_FOUND("not-found", 404, "Not Found"),
    METHOD_NOT_ALLOWED("method-not-allowed", 405, "Method Not Allowed"),
    NOT_ACCEPTABLE("not-acceptable", 406, "Not Acceptable"),
    CONFLICT("conflict", 409, "Conflict"),
    PRECONDITION_FAILED("precondition-failed", 412, "Precondition Failed"),
    PAYLOAD_TOO_LARGE("payload-too-large", 413, "Payload Too Large"),
    URI_TOO_LONG("uri-too-long", 414, "URI Too Long"),
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported Media Type"),
    PRECONDITION_REQUIRED("precondition-required", 428, "Precondition Required"),
    RATE_LIMITED("rate-limited", 429, "Too Many Requests"),
    REQUEST_HEADER_FIELDS_TOO_LARGE("headers-too-large", 431, "Request Header Fields Too Large"),
    INTERNAL("internal", 500, "Internal Server Error"),
    SERVICE_UNAVAILABLE("service-unavailable", 503, "Service Unavailable"),
    /** Any other status: the status line says it all. */
    OTHER("http-status", 0, null);

    public static final String BASE = "https://kompetenslaget.se/problems/";

    private final URI uri;
    private final int status;
    private final String title;

    ProblemType(String slug, int status, String title) {
        this.uri = URI.create(BASE + slug);
        this.status = status;
        this.title = title;
    }

    public URI uri() {
        return uri;
    }

    public int status() {
        return status;
    }

    public String title() {
        return title;
    }

    /** The usual kind of problem for a status; a 400 is a validation problem unless its mapper says otherwise. */
    public static ProblemType forStatus(int status) {
        return Arrays.stream(values()).filter(type -> type.status == status).findFirst().orElse(OTHER);
    }
}
