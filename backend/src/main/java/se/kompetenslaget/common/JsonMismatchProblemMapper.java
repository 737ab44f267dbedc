package se.kompetenslaget.common;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;
import java.util.stream.Collectors;

/**
 * A JSON body of the wrong shape ({@code "values": "Luleå"} where a list is expected) becomes a 400 problem naming
 * the field, instead of the framework's own plain-JSON error.
 */
@Provider
@Priority(Priorities.USER - 100)
public class JsonMismatchProblemMapper extends ExceptionMapperBase<MismatchedInputException> {

    @Override
    protected HttpProblem toProblem(MismatchedInputException exception) {
        String field = exception.getPath().stream()
                .map(reference -> reference.getFieldName() != null ? reference.getFieldName() : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining(".")).replace(".[", "[");
        HttpProblem.Builder problem = HttpProblem.builder()
                .withStatus(400)
                .withTitle("Bad Request")
                .withDetail(field.isEmpty()
                        ? "The request body does not have the expected shape."
                        : "The field '" + field + "' does not have the expected type" + expected(exception) + ".");
        if (!field.isEmpty()) {
            problem.with("field", field);
        }
        return problem.build();
    }

    private static String expected(JsonMappingException exception) {
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            Class<?> target = mismatch.getTargetType();
            if (Iterable.class.isAssignableFrom(target) || target.isArray()) {
                return " (a list)";
            }
            if (Number.class.isAssignableFrom(target) || target.isPrimitive()) {
                return " (a number)";
            }
            if (target == String.class) {
                return " (a string)";
            }
        }
        return "";
    }
}
