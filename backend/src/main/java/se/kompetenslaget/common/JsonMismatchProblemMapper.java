package se.kompetenslaget.common;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.ext.Provider;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A JSON body of the wrong shape ({@code "values": "Luleå"} where a list is expected, an unknown enum value, a
 * date in another format, a string holding U+0000) becomes a 400 problem naming the field and saying what is
 * expected in words, never with a Java type name.
 */
@Provider
@Priority(ProblemTypes.BEFORE_LIBRARY)
public class JsonMismatchProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Inject
    ObjectMapper json;

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        return problemFor(exception, json);
    }

    static HttpProblem problemFor(MismatchedInputException exception, ObjectMapper json) {
        String field = field(exception);
        if (exception instanceof NulCharacterException) {
            return problem(field, field.isEmpty() ? "The request body " + NulCharacterException.MESSAGE + "."
                    : "The field '" + field + "' " + NulCharacterException.MESSAGE + ".", NulCharacterException.MESSAGE,
                    ViolationCode.NOT_ALLOWED);
        }
        String expected = expected(exception, json);
        String code = exception.getTargetType() != null && exception.getTargetType().isEnum()
                ? ViolationCode.NOT_ALLOWED : ViolationCode.WRONG_TYPE;
        return problem(field, field.isEmpty()
                ? "The request body does not have the expected shape" + (expected.isEmpty() ? "" : " (" + expected + ")") + "."
                : "The field '" + field + "' does not have the expected type" + (expected.isEmpty() ? "" : " (" + expected + ")") + ".",
                expected.isEmpty() ? "has the wrong type" : "must be " + expected, code);
    }

    private static HttpProblem problem(String field, String detail, String message, String code) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(ProblemType.VALIDATION.uri())
                .withStatus(400)
                .withTitle(ProblemType.VALIDATION.title())
                .withDetail(detail);
        if (!field.isEmpty()) {
            problem.with("field", field);
            problem.with("violations", List.of(new BadInputException.Violation(field, "body", message, code)));
        }
        return problem.build();
    }

    private static String field(MismatchedInputException exception) {
        String path = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        if (exception instanceof NulCharacterException nul && !nul.innerPath().isEmpty()) {
            path = path.isEmpty() ? nul.innerPath().replaceFirst("^\\.", "") : path + nul.innerPath();
        }
        return path;
    }

    /** What the field should hold, in words ("a date as YYYY-MM-DD", "one of all, county"); empty if unknown. */
    private static String expected(MismatchedInputException exception, ObjectMapper json) {
        Class<?> target = exception.getTargetType();
        if (target == null) {
            return "";
        }
        if (target.isEnum()) {
            return "one of " + Arrays.stream(target.getEnumConstants()).map(constant -> jsonName(constant, json)).collect(Collectors.joining(", "));
        }
        if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
            return "a list";
        }
        if (target == Boolean.class || target == boolean.class) {
            return "true or false";
        }
        if (target == Integer.class || target == int.class || target == Long.class || target == long.class
                || target == Short.class || target == short.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
            return "a number";
        }
        if (target == String.class) {
            return "a string";
        }
        if (target == LocalDate.class) {
            return "a date as YYYY-MM-DD, e.g. 2026-03-31";
        }
        if (target == YearMonth.class) {
            return "a month as YYYY-MM, e.g. 2026-03";
        }
        if (target == Instant.class || target == OffsetDateTime.class) {
            return "an ISO 8601 instant, e.g. 2026-03-31T12:00:00Z";
        }
        if (target == UUID.class) {
            return "a UUID, e.g. 3f2b8c1e-5d4a-4e2b-9c1d-7a6b5c4d3e2f";
        }
        if (java.util.Map.class.isAssignableFrom(target) || !target.getName().startsWith("java.")) {
            return "an object";
        }
        return "";
    }

    private static String jsonName(Object constant, ObjectMapper json) {
        try {
            return json.convertValue(constant, String.class);
        } catch (IllegalArgumentException e) {
            return ((Enum<?>) constant).name();
        }
    }

    /** The library maps this subclass itself (naming Java types); this mapper's answer wins. */
    @Provider
    @Priority(ProblemTypes.BEFORE_LIBRARY)
    public static class InvalidFormat extends ExceptionMapperBase<InvalidFormatException> {

        @Inject
        ObjectMapper json;

        @Override
        protected HttpProblem toProblem(InvalidFormatException exception) {
            return problemFor(exception, json);
        }
    }
}
