package se.kompetenslaget.common;

import io.quarkiverse.resteasy.problem.ExceptionMapperBase;
import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.annotation.Priority;
import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.ext.Provider;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import org.hibernate.StaleStateException;
import org.hibernate.exception.JDBCConnectionException;

/**
 * The safety net for exceptions no other mapper knows (the library's own mappers for JAX-RS, validation, JSON and
 * security exceptions are more specific and still win): a concurrent change or a duplicate is a 409, a database
 * that cannot be reached a 503 with Retry-After, a value the database cannot store a 400, and anything else a 500
 * without internals. The library logs every 5xx once, with its stack trace.
 */
@Provider
@Priority(ProblemTypes.BEFORE_LIBRARY)
public class UnexpectedProblemMapper extends ExceptionMapperBase<Exception> {

    /** Seconds a client should wait before trying again while the database is unreachable. */
    public static final int RETRY_AFTER_SECONDS = 5;

    @Override
    protected HttpProblem toProblem(Exception exception) {
        return problemFor(exception);
    }

    static HttpProblem problemFor(Throwable exception) {
        if (databaseUnreachable(exception)) {
            return problem(ProblemType.SERVICE_UNAVAILABLE,
                    "The database cannot be reached right now; nothing was changed. Try again in a few seconds.")
                    .withHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS))
                    .build();
        }
        if (concurrentChange(exception)) {
            return problem(ProblemType.CONFLICT,
                    "Someone else changed this at the same moment; nothing was changed. Load it again and retry.").build();
        }
        String state = sqlState(exception);
        if (state != null && state.equals("23505")) {
            return problem(ProblemType.CONFLICT, "This already exists; nothing was changed.").build();
        }
        if (state != null && state.startsWith("23")) {
            return problem(ProblemType.CONFLICT,
                    "This clashes with what is stored (it refers to something missing, or breaks a rule of the data); "
                            + "nothing was changed.").build();
        }
        if (state != null && state.startsWith("22")) {
            return problem(ProblemType.VALIDATION,
                    "A value in the request cannot be stored (too large, too long or not valid text); nothing was changed.").build();
        }
        return problem(ProblemType.INTERNAL, "An unexpected error occurred; it has been logged. Try again later.").build();
    }

    private static HttpProblem.Builder problem(ProblemType type, String detail) {
        return HttpProblem.builder().withType(type.uri()).withStatus(type.status()).withTitle(type.title()).withDetail(detail);
    }

    static boolean concurrentChange(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof OptimisticLockException || cause instanceof StaleStateException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true; // serialization failure or deadlock: the other writer won, a retry will succeed
            }
        }
        return false;
    }

    /**
     * Connection failures (SQLState class 08, an administrator shutdown 57P01–57P03, a refused socket) and a pool
     * that cannot hand out a connection in time.
     */
    static boolean databaseUnreachable(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            // A commit whose connection broke (Narayana's RollbackException carries the pool's XAException as a
            // suppressed exception): the outcome is unknown to the client, who should retry (idempotently) later.
            for (Throwable suppressed : cause.getSuppressed()) {
                if (suppressed != cause && databaseUnreachable(suppressed)) {
                    return true;
                }
            }
            if (cause instanceof javax.transaction.xa.XAException xa && (xa.errorCode == javax.transaction.xa.XAException.XAER_RMFAIL
                    || xa.getMessage() != null && xa.getMessage().contains("connection has been closed"))) {
                return true;
            }
            if (cause instanceof JDBCConnectionException || cause instanceof ConnectException
                    || cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof SQLRecoverableException) {
                return true;
            }
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("53300"))) {
                return true;
            }
            String message = cause.getMessage();
            if (message != null && (message.contains("Acquisition timeout") || message.contains("acquisition timeout")
                    || message.contains("Unable to acquire JDBC Connection")
                    || message.contains("is not currently accepting connections"))) {
                return true;
            }
        }
        return false;
    }

    /** The SQLState of the first SQL error in the cause chain, or null. */
    static String sqlState(Throwable exception) {
        for (Throwable cause = exception; cause != null; cause = next(cause)) {
            if (cause instanceof SQLException sql && sql.getSQLState() != null) {
                return sql.getSQLState();
            }
            if (cause instanceof org.hibernate.JDBCException jdbc && jdbc.getSQLState() != null) {
                return jdbc.getSQLState();
            }
        }
        return null;
    }

    private static Throwable next(Throwable cause) {
        if (cause instanceof SQLException sql && sql.getNextException() != null && sql.getCause() == null) {
            return sql.getNextException();
        }
        return cause.getCause() == cause ? null : cause.getCause();
    }
}
