package se.kompetenslaget.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemContext;
import io.quarkiverse.resteasy.problem.postprocessing.ProblemPostProcessor;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Gives every problem the service sends, whichever mapper made it (ours or the library's), a stable {@code type}
 * for its kind ({@link ProblemType}), a title, a detail that names no Java class, and a {@code code} on each
 * Bean Validation violation.
 */
@ApplicationScoped
@Unremovable
public class ProblemTypes implements ProblemPostProcessor {

    /**
     * The priority for our mappers of exception types quarkus-resteasy-problem maps too: it registers its own at
     * 999, and the lower number wins.
     */
    public static final int BEFORE_LIBRARY = 500;

    /** A qualified Java name (java.time.LocalDate) or a nested class (SurveyDtos$TargetKind). */
    private static final Pattern JAVA_NAME = Pattern.compile(
            "\\b(?:[a-z_][\\w$]*\\.){2,}[A-Z][\\w$]*|\\b[A-Z]\\w*\\.[a-z]\\w*\\(|\\b[A-Z]\\w*\\$[A-Za-z]\\w*|\\b(?:java|jakarta|org|com|io|se)\\.[a-z]\\w*\\.");

    private static final Set<String> REQUIRED = Set.of("NotNull", "NotEmpty", "NotBlank");
    private static final Set<String> PATTERN = Set.of("Pattern", "Email");
    private static final Set<String> RANGE = Set.of("Min", "Max", "DecimalMin", "DecimalMax", "Positive", "PositiveOrZero",
            "Negative", "NegativeOrZero", "Range", "Digits", "Past", "Future", "PastOrPresent", "FutureOrPresent");

    @Override
    public int priority() {
        // After the library fills in the instance (99), before it logs (0): the log shows the final problem.
        return 50;
    }

    @Override
    public HttpProblem apply(HttpProblem problem, ProblemContext context) {
        ProblemType kind = kind(problem, context.cause);
        HttpProblem.Builder builder = HttpProblem.builder(problem);
        if (problem.getType() == null) {
            builder.withType(kind.uri());
        }
        if (problem.getTitle() == null && kind.title() != null) {
            builder.withTitle(kind.title());
        }
        if (problem.getDetail() != null && JAVA_NAME.matcher(problem.getDetail()).find()) {
            builder.withDetail(plainDetail(kind));
        }
        if (context.cause instanceof ConstraintViolationException invalid
                && problem.getParameters().get("violations") instanceof List<?> violations) {
            builder.with("violations", withCodes(violations, invalid.getConstraintViolations()));
        }
        return builder.build();
    }

    static ProblemType kind(HttpProblem problem, Throwable cause) {
        int status = problem.getStatusCode();
        if (status == 400 && cause instanceof JsonProcessingException && !(cause instanceof JsonMappingException)) {
            return ProblemType.MALFORMED_BODY;
        }
        return ProblemType.forStatus(status);
    }

    private static String plainDetail(ProblemType kind) {
        return switch (kind) {
            case VALIDATION, MALFORMED_BODY -> "The request has a value of the wrong type or form.";
            case INTERNAL -> "An unexpected error occurred; it has been logged. Try again later.";
            default -> null;
        };
    }

    /**
     * The library lists violations in the order of the exception's set, so the two are walked side by side; the
     * constraint's annotation names the kind of violation.
     */
    private static List<Object> withCodes(List<?> violations, Set<ConstraintViolation<?>> constraints) {
        if (constraints == null || constraints.size() != violations.size()) {
            return new ArrayList<>(violations);
        }
        List<Object> coded = new ArrayList<>(violations.size());
        Iterator<ConstraintViolation<?>> constraint = constraints.iterator();
        for (Object violation : violations) {
            ConstraintViolation<?> cause = constraint.next();
            if (violation instanceof io.quarkiverse.resteasy.problem.validation.Violation plain) {
                coded.add(new BadInputException.Violation(plain.field, plain.in, plain.message, code(cause)));
            } else {
                coded.add(violation);
            }
        }
        return coded;
    }

    static String code(ConstraintViolation<?> violation) {
        Annotation annotation = violation.getConstraintDescriptor() == null ? null
                : violation.getConstraintDescriptor().getAnnotation();
        if (annotation == null) {
            return ViolationCode.INVALID;
        }
        String name = annotation.annotationType().getSimpleName();
        if (REQUIRED.contains(name)) {
            return ViolationCode.REQUIRED;
        }
        if (PATTERN.contains(name)) {
            return ViolationCode.PATTERN;
        }
        if (RANGE.contains(name)) {
            return ViolationCode.OUT_OF_RANGE;
        }
        if (name.equals("Size") || name.equals("Length")) {
            Object max = violation.getConstraintDescriptor().getAttributes().get("max");
            Integer length = length(violation.getInvalidValue());
            return length != null && max instanceof Integer limit && length > limit ? ViolationCode.TOO_LONG : ViolationCode.TOO_SHORT;
        }
        return ViolationCode.INVALID;
    }

    private static Integer length(Object value) {
        if (value instanceof CharSequence text) {
            return text.length();
        }
        if (value instanceof Collection<?> items) {
            return items.size();
        }
        if (value instanceof Map<?, ?> entries) {
            return entries.size();
        }
        if (value != null && value.getClass().isArray()) {
            return java.lang.reflect.Array.getLength(value);
        }
        return null;
    }
}
