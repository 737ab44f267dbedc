package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.access.Secrets;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.support.Fixtures;

/**
 * A submit that can go through is a read without a lock and one conditional statement (RespondentService's
 * directSubmit, ResponseRepository#submit). It stores what the locked way stores; whatever changes between the read
 * and the write makes the statement write nothing, and the locked way then answers as it always has.
 */
@QuarkusTest
class UnlockedSubmitTest {

    @Inject
    Fixtures fixtures;

    @Inject
    ResponseRepository store;

    @Inject
    RespondentService service;

    @Inject
    AuditService audit;

    @Inject
    Definitions definitions;

    @Inject
    AgroalDataSource dataSource;

    SurveyApi admin;
    String adminSession;

    @BeforeEach
    void signIn() {
        adminSession = Fixtures.signIn(fixtures.createUser("unlocked-submit-admin", Role.ADMIN, null));
        admin = new SurveyApi(adminSession);
    }

    private String questionnaire() {
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Inlämning utan lås", null));
        admin.open(id);
        return id;
    }

    private static ExtractableResponse<Response> submit(String token, String ifMatch, Map<String, Object> answers) {
        return given().header("If-Match", ifMatch).contentType(ContentType.JSON).body(Map.of("answers", answers))
                .when().post("/api/v1/respond/" + token + "/submit").then().extract();
    }

    /** The stored row: status, revision, answers, answer revisions, and whether submitted_at = updated_at. */
    private Map<String, Object> row(UUID invitationId) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT status, revision, answers::text, "
                        + "answer_revisions::text, submitted_at = updated_at, submit_digest IS NOT NULL, "
                        + "(SELECT count(*) FROM audit_event "
                        + "WHERE entity_id = r.invitation_id::text AND action = 'submit') "
                        + "FROM survey_response r WHERE invitation_id = ?")) {
            query.setObject(1, invitationId);
            try (ResultSet rs = query.executeQuery()) {
                if (!rs.next()) {
                    return Map.of();
                }
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("status", rs.getString(1));
                row.put("revision", rs.getInt(2));
                row.put("answers", definitions.object(rs.getString(3)));
                row.put("answerRevisions", definitions.object(rs.getString(4)));
                row.put("submittedWhenUpdated", rs.getObject(5));
                row.put("digest", rs.getBoolean(6));
                row.put("submitEvents", rs.getLong(7));
                return row;
            }
        }
    }

    /** Asserts the row is submitted at the revision with these answers and revisions, once; returns it. */
    private Map<String, Object> assertSubmitted(UUID invitationId, int revision, String answers, String revisions)
            throws Exception {
        Map<String, Object> row = row(invitationId);
        assertEquals("submitted", row.get("status"));
        assertEquals(revision, row.get("revision"));
        assertEquals(json(answers), row.get("answers"));
        assertEquals(json(revisions), row.get("answerRevisions"));
        assertEquals(true, row.get("submittedWhenUpdated"));
        assertEquals(true, row.get("digest"));
        assertEquals(1L, row.get("submitEvents"));
        return row;
    }

    private ObjectNode json(String text) {
        return definitions.object(text);
    }

    /** A submit the unlocked way (as the resource makes it, with no HTTP request's address); fails if it refused. */
    private SurveyDtos.DraftSaved unlocked(String token, int ifMatch, String answers) {
        ObjectNode given = json(answers);
        SurveyDtos.DraftSaved saved = service.directSubmit(token, ifMatch, given, service.submitDigest(ifMatch, given),
                null);
        assertNotNull(saved, "the unlocked way refused the submit");
        return saved;
    }

    private UUID invitationOf(String token) {
        return store.peekByLink(Secrets.sha256(token), null, Instant.now()).invitationId;
    }

    @Test
    void anUnlockedSubmitStoresWhatTheLockedWayStores() throws Exception {
        String id = questionnaire();
        Map<String, String> links = admin.invite(id, Map.of("target", "municipalities",
                "municipalityCodes", List.of("2560", "2513", "2518")));

        // A started draft, submitted with an answer that hides another: the hidden one is dropped, the answer named
        // stamped with the new revision, the others keep theirs.
        String changing = links.get("2560");
        SurveyApi.save(changing, "\"0\"", Map.of("hired_children_authority", true, "cost_2016", 1000)).statusCode(200);
        SurveyApi.save(changing, "\"1\"", Map.of("cost_2016", 1200)).statusCode(200);
        SurveyDtos.DraftSaved submitted = unlocked(changing, 2, "{\"hired_children_authority\": false}");
        assertEquals(3, submitted.revision());
        assertEquals(SurveyDtos.InvitationStatus.submitted, submitted.status());
        Map<String, Object> row = assertSubmitted(invitationOf(changing), 3, "{\"hired_children_authority\": false}",
                "{\"hired_children_authority\": 3, \"cost_2016\": 2}");
        // The same submit again over HTTP: the locked way finds the digest the unlocked one stored and answers with
        // the first result; nothing is written twice.
        ExtractableResponse<Response> retry = submit(changing, "\"2\"", Map.of("hired_children_authority", false));
        assertEquals(200, retry.statusCode(), retry.asString());
        assertEquals("\"3\"", retry.header("ETag"));
        assertEquals(submitted.savedAt(), Instant.parse(retry.path("savedAt")));
        assertEquals(row, row(invitationOf(changing)));

        // A started draft submitted as it is: answers and their revisions stay as stored.
        String keeping = links.get("2513");
        SurveyApi.save(keeping, "\"0\"", Map.of("hired_children_authority", false)).statusCode(200);
        assertEquals(2, unlocked(keeping, 1, "{}").revision());
        assertSubmitted(invitationOf(keeping), 2, "{\"hired_children_authority\": false}",
                "{\"hired_children_authority\": 1}");

        // A link with no draft, all answers in the submit: inserted submitted at revision 1.
        String first = links.get("2518");
        assertEquals(1, unlocked(first, 0, "{\"hired_children_authority\": true, \"cost_2016\": 500}").revision());
        assertSubmitted(invitationOf(first), 1, "{\"hired_children_authority\": true, \"cost_2016\": 500}",
                "{\"hired_children_authority\": 1, \"cost_2016\": 1}");

        // The audit events name the change as the locked way does.
        Map<String, Object> ofFirst = submitEvent("2518", invitationOf(first));
        assertEquals("anonymous", ofFirst.get("actorType"));
        assertEquals("respondent link of Övertorneå (2518)", ofFirst.get("actorLabel"));
        assertEquals("2518", ofFirst.get("municipalityCode"));
        Map<?, ?> status = (Map<?, ?>) ((Map<?, ?>) ofFirst.get("changes")).get("status");
        assertEquals(null, status.get("before"));
        assertEquals("submitted", status.get("after"));
        Map<?, ?> changes = (Map<?, ?>) submitEvent("2560", invitationOf(changing)).get("changes");
        assertEquals(Map.of("before", "started", "after", "submitted"), changes.get("status"));
        assertEquals(Map.of("before", 2, "after", 3), changes.get("revision"));
    }

    private Map<String, Object> submitEvent(String municipalityCode, UUID invitationId) {
        List<Map<String, Object>> events = admin.get("/api/v1/audit-events?type=survey_response&municipality="
                + municipalityCode + "&size=100").statusCode(200).extract().<List<Map<String, Object>>>path("items");
        List<Map<String, Object>> found = events.stream().filter(e -> invitationId.toString().equals(e.get("entityId"))
                && "submit".equals(e.get("action"))).toList();
        assertEquals(1, found.size(), events.toString());
        return found.get(0);
    }

    /**
     * Reads a link's draft as the unlocked submit does, lets {@code meanwhile} change something, then runs the
     * submit's statement for what was read: true if it wrote.
     */
    private boolean submitAfter(String token, String address, Consumer<UUID> meanwhile) {
        Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
        ResponseRepository.Draft draft = store.peekByLink(Secrets.sha256(token), address, now);
        assertNotNull(draft);
        meanwhile.accept(draft.invitationId);
        ObjectNode answers = null;
        if (!draft.exists) {
            draft.version = draft.currentVersion;
            answers = json("{\"hired_children_authority\": false}");
        }
        se.kompetenslaget.audit.AuditEvent event = audit.event(new Caller(Caller.Kind.ANONYMOUS, null, null,
                "respondent link (test)", List.of(), Set.of()), "submit", "survey_response", draft.invitationId,
                draft.municipalityCode, AuditService.Changes.none());
        event.occurredAt = now;
        return store.submit(draft, draft.revision, answers, definitions.json().createObjectNode(),
                Instant.now().truncatedTo(ChronoUnit.MICROS), new byte[32], address, event);
    }

    private void post(String path) {
        given().cookie("kl_session", adminSession).when().post(path).then().statusCode(200);
    }

    @Test
    void whatChangesBetweenTheReadAndTheWriteWritesNothingAndTheLockedWayTells() throws Exception {
        String id = questionnaire();
        Map<String, String> links = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes",
                List.of("0114", "0115", "0117", "0120", "0123", "0125")));
        links.values().forEach(token -> SurveyApi.save(token, "\"0\"", Map.of("hired_children_authority", false))
                .statusCode(200));

        // Nothing in between: written.
        String plain = links.get("0114");
        assertTrue(submitAfter(plain, null, invitation -> { }));
        assertEquals("submitted", row(invitationOf(plain)).get("status"));

        // A save in between: nothing written; the submit at the old revision gets 412.
        String saved = links.get("0115");
        assertFalse(submitAfter(saved, null, invitation -> SurveyApi.save(saved, "\"1\"",
                Map.of("hired_children_authority", true, "cost_2016", 10)).statusCode(200)));
        Map<String, Object> row = row(invitationOf(saved));
        assertEquals("started", row.get("status"));
        assertEquals(2, row.get("revision"));
        assertEquals(0L, row.get("submitEvents"));
        assertEquals(412, submit(saved, "\"1\"", Map.of()).statusCode());

        // Revoked in between: nothing written, 404.
        String revoked = links.get("0117");
        UUID revokedId = invitationOf(revoked);
        assertFalse(submitAfter(revoked, null, invitation -> post("/api/v1/invitations/" + invitation + "/revoke")));
        assertEquals("started", row(revokedId).get("status"));
        assertEquals(404, submit(revoked, "\"1\"", Map.of()).statusCode());

        // A new link in between: the old one writes nothing and is not valid any more.
        String replaced = links.get("0120");
        UUID replacedId = invitationOf(replaced);
        assertFalse(submitAfter(replaced, null, invitation -> post("/api/v1/invitations/" + invitation + "/link")));
        assertEquals("started", row(replacedId).get("status"));
        assertEquals(404, submit(replaced, "\"1\"", Map.of()).statusCode());

        // The address blocked in between (as RespondentLinkThrottle blocks it): nothing written.
        String blocked = links.get("0123");
        String address = "198.51.100.23";
        assertFalse(submitAfter(blocked, address, invitation -> block(address)));
        assertEquals("started", row(invitationOf(blocked)).get("status"));

        // A first submit, and a first save in between: the draft the save started stays as it is.
        String id2 = questionnaire();
        String fresh = admin.invite(id2, Map.of("target", "municipalities", "municipalityCodes", List.of("0114")))
                .get("0114");
        assertFalse(submitAfter(fresh, null, invitation -> SurveyApi.save(fresh, "\"0\"",
                Map.of("hired_children_authority", true)).statusCode(200)));
        row = row(invitationOf(fresh));
        assertEquals("started", row.get("status"));
        assertEquals(json("{\"hired_children_authority\": true}"), row.get("answers"));
        assertEquals(412, submit(fresh, "\"0\"", Map.of("hired_children_authority", false)).statusCode());

        // The questionnaire closed in between (last: it closes every link above too): nothing written, 409.
        String closing = links.get("0125");
        assertFalse(submitAfter(closing, null, invitation -> post("/api/v1/questionnaires/" + id + "/close")));
        assertEquals("started", row(invitationOf(closing)).get("status"));
        assertEquals(409, submit(closing, "\"1\"", Map.of()).statusCode());
    }

    private void block(String address) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = connection.prepareStatement("INSERT INTO throttle (kind, key, window_start, "
                        + "hits, blocked_until, updated_at) "
                        + "VALUES (?, ?, now(), 100, now() + interval '1 hour', now())")) {
            insert.setString(1, RespondentLinkThrottle.KIND);
            insert.setString(2, address);
            insert.executeUpdate();
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
