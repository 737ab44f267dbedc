package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkiverse.resteasy.problem.HttpProblem;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.RollbackException;
import java.net.ConnectException;
import java.sql.SQLException;
import org.hibernate.StaleObjectStateException;
import org.hibernate.exception.ConstraintViolationException;
import org.hibernate.exception.GenericJDBCException;
import org.hibernate.exception.JDBCConnectionException;
import org.junit.jupiter.api.Test;

/** The safety net: what an exception no other mapper knows becomes, wherever in the cause chain its reason lies. */
class UnexpectedProblemMapperTest {

    private static HttpProblem problem(Throwable exception) {
        return UnexpectedProblemMapper.problemFor(exception);
    }

    private static RuntimeException wrapped(Throwable cause) {
        RollbackException commit = new RollbackException("commit failed");
        commit.initCause(cause);
        return new IllegalStateException("transaction", commit);
    }

    @Test
    void shouldAnswerAConcurrentChangeWithAConflict() {
        assertEquals(409, problem(wrapped(new OptimisticLockException("Row was updated or deleted by another transaction"))).getStatusCode());
        assertEquals(409, problem(wrapped(new StaleObjectStateException("ActionPlan", 1))).getStatusCode());
        assertEquals(409, problem(wrapped(new SQLException("could not serialize access", "40001"))).getStatusCode());
        assertEquals(ProblemType.CONFLICT.uri(), problem(new OptimisticLockException()).getType());
    }

    @Test
    void shouldAnswerADuplicateKeyWithAConflict() {
        SQLException duplicate = new SQLException("duplicate key value violates unique constraint \"campaign_pkey\"", "23505");
        HttpProblem problem = problem(new PersistenceException(new ConstraintViolationException("insert", duplicate, "campaign_pkey")));
        assertEquals(409, problem.getStatusCode());
        assertFalse(problem.getDetail().contains("campaign_pkey"));
    }

    @Test
    void shouldAnswerAnUnreachableDatabaseWith503AndRetryAfter() {
        for (Throwable outage : new Throwable[] {
                new JDBCConnectionException("Unable to acquire JDBC Connection", new SQLException("refused", "08001")),
                wrapped(new SQLException("Acquisition timeout while waiting for new connection")),
                new GenericJDBCException("Unable to acquire JDBC Connection", new SQLException("x", (String) null)),
                new PersistenceException(new SQLException("terminating connection due to administrator command", "57P01")),
                new IllegalStateException(new ConnectException("Connection refused")),
                commitOnAClosedConnection() }) {
            HttpProblem problem = problem(outage);
            assertEquals(503, problem.getStatusCode(), outage.toString());
            assertEquals(ProblemType.SERVICE_UNAVAILABLE.uri(), problem.getType());
            assertEquals("5", String.valueOf(problem.getHeaders().get("Retry-After")));
        }
    }

    /** What Narayana throws when the connection breaks during commit: the pool's XAException rides as suppressed. */
    private static Throwable commitOnAClosedConnection() {
        var rollback = new jakarta.transaction.RollbackException("ARJUNA016053: Could not commit transaction.");
        rollback.addSuppressed(new javax.transaction.xa.XAException(
                "Error trying to transactionCommit local transaction: This connection has been closed."));
        return new RuntimeException("Error invoking subclass method", rollback);
    }

    @Test
    void shouldAnswerAValueTheDatabaseCannotStoreWithA400() {
        assertEquals(400, problem(new PersistenceException(new SQLException("numeric field overflow", "22003"))).getStatusCode());
    }

    @Test
    void shouldAnswerAnythingElseWithA500WithoutInternals() {
        HttpProblem problem = problem(new NullPointerException("Cannot invoke \"se.kompetenslaget.Foo.bar()\" because x is null"));
        assertEquals(500, problem.getStatusCode());
        assertEquals(ProblemType.INTERNAL.uri(), problem.getType());
        assertFalse(problem.getDetail().contains("se.kompetenslaget"));
        assertNull(problem.getParameters().get("stackTrace"));
    }
}
