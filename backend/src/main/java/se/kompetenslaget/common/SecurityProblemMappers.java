package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.ext.Provider;

/**
 * 401 and 403 as problem documents with a useful detail. Without these the framework answers a refused credential
 * with its own bodiless challenge.
 */
public final class SecurityProblemMappers {

    static final String SIGN_IN = "Sign in, or send a valid API token as 'Authorization: Bearer <token>'.";

    private SecurityProblemMappers() {
    }

    static HttpProblem unauthorized(String detail) {
        return HttpProblem.builder()
                .withStatus(401)
                .withTitle("Unauthorized")
                .withDetail(detail == null || detail.isBlank() ? SIGN_IN : detail)
                .withHeader("WWW-Authenticate", "Bearer")
                .build();
    }

    /** No credential where one is needed. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class Unauthorized extends ExceptionMapperBase<UnauthorizedException> {

        @Override
        protected HttpProblem toProblem(UnauthorizedException exception) {
            return unauthorized(exception.getMessage());
        }
    }

    /** A credential that is unknown, expired or revoked. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class AuthenticationFailed extends ExceptionMapperBase<AuthenticationFailedException> {

        @Override
        protected HttpProblem toProblem(AuthenticationFailedException exception) {
            return unauthorized(exception.getMessage());
        }
    }

    /** A known caller who may not do this. */
    @Provider
    @Priority(Priorities.USER - 100)
    public static class Forbidden extends ExceptionMapperBase<ForbiddenException> {

        @Override
        protected HttpProblem toProblem(ForbiddenException exception) {
            String detail = exception.getMessage();
            return HttpProblem.builder()
                    .withStatus(403)
                    .withTitle("Forbidden")
                    .withDetail(detail == null || detail.isBlank() ? "You may not do this." : detail)
                    .build();
        }
    }
}
