package se.kompetenslaget.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * The stored responses as the results and exports read them ({@link ResponseRows}): every visible, unrevoked one once,
 * in municipality order, whether read ahead on a reader thread, by the caller itself (all reader threads busy) or in
 * a transaction; and a caller that fails mid-way (a client gone) leaves no transaction or reader behind.
 */
@QuarkusTest
class ResponseRowsTest {

    @Inject
    Fixtures fixtures;
    @Inject
    ResponseRows rows;
    @Inject
    AgroalDataSource dataSource;

    private UUID questionnaire;
    private List<String> expected;

    /** A questionnaire sent to all 290 municipalities, every one answered, one invitation revoked, one a draft. */
    @BeforeEach
    void answeredByAll() throws SQLException {
        String session = Fixtures.signIn(fixtures.createUser("rows-" + UUID.randomUUID(), Role.ADMIN, null));
        SurveyApi admin = new SurveyApi(session);
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Rader " + UUID.randomUUID(), null));
        admin.open(id);
        admin.invite(id, Map.of("target", "all"));
        questionnaire = UUID.fromString(id);
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement fill = connection.prepareStatement("""
                    INSERT INTO survey_response (invitation_id, questionnaire_id, municipality_code, version, status,
                                                 answers, answer_revisions, revision, started_at, updated_at, submitted_at)
                    SELECT i.id, i.questionnaire_id, i.municipality_code, 1,
                           CASE WHEN i.municipality_code = '2580' THEN 'started' ELSE 'submitted' END,
                           jsonb_build_object('code', i.municipality_code), '{}', 1, now(), now(),
                           CASE WHEN i.municipality_code = '2580' THEN NULL ELSE now() END
                      FROM invitation i WHERE i.questionnaire_id = ?""")) {
                fill.setObject(1, questionnaire);
                assertEquals(290, fill.executeUpdate());
            }
            try (PreparedStatement revoke = connection.prepareStatement(
                    "UPDATE invitation SET revoked_at = now() WHERE questionnaire_id = ? AND municipality_code = '0180'")) {
                revoke.setObject(1, questionnaire);
                assertEquals(1, revoke.executeUpdate());
            }
            List<String> codes = new ArrayList<>();
            try (PreparedStatement all = connection.prepareStatement(
                    "SELECT code FROM municipality WHERE code NOT IN ('0180', '2580') ORDER BY code");
                    ResultSet result = all.executeQuery()) {
                while (result.next()) {
                    codes.add(result.getString(1));
                }
            }
            expected = codes;
        }
    }

    private List<String> read(boolean drafts) throws IOException {
        List<String> seen = new ArrayList<>();
        rows.each(questionnaire, code -> true, drafts, (code, answers, submittedAt, version) -> {
            assertEquals("{\"code\": \"" + code + "\"}", new String(answers, java.nio.charset.StandardCharsets.UTF_8));
            assertEquals(submittedAt == null, code.equals("2580"), code);
            seen.add(code);
        });
        return seen;
    }

    @Test
    void shouldGiveEveryUnrevokedResponseOnceInMunicipalityOrder() throws IOException {
        assertEquals(288, expected.size());
        assertEquals(expected, read(false));
        List<String> withDraft = new ArrayList<>(expected);
        withDraft.add("2580");
        Collections.sort(withDraft);
        assertEquals(withDraft, read(true));
        // In a transaction the caller reads the rows itself, on the transaction's connection.
        assertEquals(expected, QuarkusTransaction.requiringNew().call(() -> read(false)));
        // Only what the filter lets through.
        List<String> county = new ArrayList<>();
        rows.each(questionnaire, code -> code.startsWith("25"), false, (code, answers, at, version) -> county.add(code));
        assertEquals(expected.stream().filter(code -> code.startsWith("25")).toList(), county);
    }

    @Test
    void shouldGiveEveryRowWhenMoreReadAtOnceThanThereAreReaders() throws Exception {
        ExecutorService callers = Executors.newFixedThreadPool(20);
        try {
            List<Callable<List<String>>> reads = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                reads.add(() -> read(false));
            }
            for (Future<List<String>> read : callers.invokeAll(reads, 120, TimeUnit.SECONDS)) {
                assertEquals(expected, read.get());
            }
        } finally {
            callers.shutdownNow();
        }
    }

    @Test
    void shouldLeaveNothingBehindWhenTheCallerFailsMidWay() throws Exception {
        for (int stopAt : new int[] { 0, 1, 40, 200, 287 }) {
            int[] seen = { 0 };
            IOException gone = assertThrows(IOException.class, () -> rows.each(questionnaire, code -> true, false,
                    (code, answers, at, version) -> {
                        if (seen[0]++ == stopAt) {
                            throw new IOException("client gone");
                        }
                    }));
            assertEquals("client gone", gone.getMessage());
            assertEquals(stopAt + 1, seen[0]);
            // The reader has let go of the rows: no connection is left in a transaction, and no reader is reading.
            assertTrue(Thread.getAllStackTraces().entrySet().stream()
                    .filter(thread -> thread.getKey().getName().startsWith("kl-response-reader-"))
                    .noneMatch(thread -> Arrays.stream(thread.getValue()).anyMatch(frame -> frame.toString()
                            .contains("ResponseRows$Reader"))), "a reader still runs after stopping at " + stopAt);
            assertNoOpenTransaction("after stopping at " + stopAt);
        }
        assertEquals(expected, read(false));
    }

    /**
     * No connection to this database is left inside a transaction. A scheduled job may be in one for a moment, so
     * this waits up to 10 s for none; a transaction left open by the read stays.
     */
    private void assertNoOpenTransaction(String when) throws Exception {
        long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        int open;
        while ((open = openTransactions()) > 0 && System.nanoTime() < giveUp) {
            Thread.sleep(50);
        }
        assertEquals(0, open, when);
    }

    /** Connections of this database other than this one inside a transaction. */
    private int openTransactions() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT count(*) FROM pg_stat_activity
                         WHERE datname = current_database() AND pid <> pg_backend_pid()
                           AND state LIKE 'idle in transaction%'""");
                ResultSet result = query.executeQuery()) {
            result.next();
            return result.getInt(1);
        }
    }
}
