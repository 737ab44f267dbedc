package se.kompetenslaget.common;

/**
 * Names of the problem-details responses declared once in {@code META-INF/openapi.yaml}, for
 * {@code @APIResponse(ref = ...)}; {@link ProblemResponsesFilter} adds the ones every operation can give.
 */
public final class ProblemResponses {

    public static final String BAD_REQUEST = "BadRequest";
    public static final String NOT_FOUND = "NotFound";
    public static final String UNAUTHORIZED = "Unauthorized";
    public static final String FORBIDDEN = "Forbidden";
    public static final String CONFLICT = "Conflict";
    public static final String PRECONDITION_FAILED = "PreconditionFailed";
    public static final String PRECONDITION_REQUIRED = "PreconditionRequired";
    public static final String UNSUPPORTED_MEDIA_TYPE = "UnsupportedMediaType";
    public static final String TOO_MANY_REQUESTS = "TooManyRequests";
    public static final String NOT_ACCEPTABLE = "NotAcceptable";
    public static final String INTERNAL_SERVER_ERROR = "InternalServerError";
    public static final String SERVICE_UNAVAILABLE = "ServiceUnavailable";
    public static final String URI_TOO_LONG = "UriTooLong";
    public static final String PAYLOAD_TOO_LARGE = "PayloadTooLarge";

    private ProblemResponses() {
    }
}
