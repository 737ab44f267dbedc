package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** Maps {@link BadInputException} to a 400 problem through quarkus-resteasy-problem, so it is logged and gets its instance. */
@Provider
@Priority(Priorities.USER)
public class BadInputExceptionMapper extends ExceptionMapperBase<BadInputException> {

    @Override
    protected HttpProblem toProblem(BadInputException exception) {
        HttpProblem.Builder problem = HttpProblem.builder()
                .withType(exception.type().uri())
                .withStatus(400)
                .withTitle(exception.type().title())
                .withDetail(exception.detail());
        if (!exception.violations().isEmpty()) {
            problem.with("violations", exception.violations());
        }
        return problem.build();
    }
}
