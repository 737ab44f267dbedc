package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/** 412 and 428 problems for conditional writes (ETag / If-Match). */
public final class PreconditionProblemMappers {

    private PreconditionProblemMappers() {
    }

    @Provider
    @Priority(Priorities.USER)
    public static class Failed extends ExceptionMapperBase<PreconditionFailedException> {

        @Override
        protected HttpProblem toProblem(PreconditionFailedException exception) {
            return HttpProblem.builder()
                    .withStatus(412)
                    .withTitle("Precondition Failed")
                    .withDetail(exception.detail())
                    .with("currentRevision", exception.currentRevision())
                    .with("changed", exception.changed())
                    .build();
        }
    }

    @Provider
    @Priority(Priorities.USER)
    public static class Required extends ExceptionMapperBase<PreconditionRequiredException> {

        @Override
        protected HttpProblem toProblem(PreconditionRequiredException exception) {
            return HttpProblem.builder()
                    .withStatus(428)
                    .withTitle("Precondition Required")
                    .withDetail(exception.getMessage())
                    .build();
        }
    }
}
