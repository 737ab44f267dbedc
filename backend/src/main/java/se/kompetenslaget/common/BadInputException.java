package se.kompetenslaget.common;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * Input the service cannot read: a parameter of the wrong type or a body that is not JSON. It is a
 * {@link BadRequestException} so that JAX-RS passes it on unchanged from parameter converters and readers;
 * {@link BadInputExceptionMapper} turns it into a problem with the detail and violations given here.
 */
public class BadInputException extends BadRequestException {

    private final String detail;
    private final List<Violation> violations;

    public BadInputException(String detail, List<Violation> violations) {
        super(detail);
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    /** One invalid field or parameter, in the shape of the problem's {@code violations}. */
    public record Violation(String field, String in, String message) {
    }
}
