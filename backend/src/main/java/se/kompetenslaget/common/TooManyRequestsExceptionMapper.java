package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** Maps {@link TooManyRequestsException} to a 429 problem with {@code Retry-After} in seconds. */
@Provider
@Priority(Priorities.USER)
public class TooManyRequestsExceptionMapper extends ExceptionMapperBase<TooManyRequestsException> {

    /** The 429 response of a refusal decided after the resource answered (see RespondentLinkThrottle). */
    public static jakarta.ws.rs.core.Response response(TooManyRequestsException exception, jakarta.ws.rs.core.UriInfo uri) {
        return postProcessorsRegistry.applyPostProcessing(problem(exception),
                io.quarkiverse.resteasy.problem.postprocessing.ProblemContext.of(exception, uri)).toResponse();
    }

    @Override
    protected HttpProblem toProblem(TooManyRequestsException exception) {
        return problem(exception);
    }

    private static HttpProblem problem(TooManyRequestsException exception) {
        return HttpProblem.builder()
                .withStatus(429)
                .withTitle("Too Many Requests")
                .withDetail(exception.detail())
                .withHeader("Retry-After", exception.retryAfterSeconds())
                .build();
    }
}
