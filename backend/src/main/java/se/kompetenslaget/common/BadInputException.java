package se.kompetenslaget.common;

import jakarta.ws.rs.BadRequestException;
import java.util.List;

/**
 * Input the service cannot read: a parameter of the wrong type or a body that is not JSON. It is a
 * {@link BadRequestException} so that JAX-RS passes it on unchanged from parameter converters and readers;
 * {@link BadInputExceptionMapper} turns it into a problem with the detail and violations given here.
 */
public class BadInputException extends BadRequestException {

    private final ProblemType type;
    private final String detail;
    private final List<Violation> violations;

    public BadInputException(String detail, List<Violation> violations) {
        this(ProblemType.VALIDATION, detail, violations);
    }

    public BadInputException(ProblemType type, String detail, List<Violation> violations) {
        super(detail);
        this.type = type;
        this.detail = detail;
        this.violations = List.copyOf(violations);
    }

    public ProblemType type() {
        return type;
    }

    public String detail() {
        return detail;
    }

    public List<Violation> violations() {
        return violations;
    }

    /**
     * One invalid field or parameter, in the shape of the problem's {@code violations}; {@code code} is a stable
     * name for the kind of violation (see {@link ViolationCode}), absent where none is given.
     */
    public record Violation(String field, String in, String message, String code) {

        public Violation(String field, String in, String message) {
            this(field, in, message, null);
        }
    }
}
