package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.http.Header;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * A respondent's save to a draft this replica has saved before is one statement on the HTTP I/O thread
 * (DraftSaveRoute); everything that is not such a save, or that the statement refuses, is answered by the REST
 * resource as before. The two ways answer a save alike.
 */
@QuarkusTest
class DraftSaveRouteTest {

    @Inject
    Fixtures fixtures;

    @Inject
    MeterRegistry registry;

    @Inject
    RespondentService service;

    @Inject
    ResponseRepository store;

    @Inject
    Definitions definitions;

    SurveyApi admin;

    @BeforeEach
    void signIn() {
        admin = new SurveyApi(Fixtures.signIn(fixtures.createUser("direct-saves-admin", Role.ADMIN, null)));
    }

    private String link(String municipalityCode) {
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Direkta sparningar", null));
        admin.open(id);
        return admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", List.of(municipalityCode)))
                .get(municipalityCode);
    }

    private double directSaves() {
        return registry.counter("kl.draft.saves", "thread", "io").count();
    }

    private static ExtractableResponse<Response> save(String token, String ifMatch, Object body) {
        return given().header("If-Match", ifMatch).contentType(ContentType.JSON).body(body)
                .when().patch("/api/v1/respond/" + token + "/answers").then().extract();
    }

    /** A response's headers by lower-case name, without those that differ from one request to the next. */
    private static Map<String, String> stableHeaders(ExtractableResponse<Response> response) {
        Set<String> varying = Set.of("etag", "x-request-id", "date", "content-length");
        return response.headers().asList().stream().filter(h -> !varying.contains(h.getName().toLowerCase()))
                .collect(Collectors.toMap(h -> h.getName().toLowerCase(), Header::getValue, (a, b) -> a + ", " + b,
                        TreeMap::new));
    }

    @Test
    void aSaveToAPinnedDraftIsAnsweredOnTheIoThreadAsTheResourceAnswersIt() {
        String token = link("2581");
        double before = directSaves();
        // The first save locks and creates the draft: the resource's way.
        ExtractableResponse<Response> first = save(token, "\"0\"", Map.of("answers", Map.of("hired_children_authority", true)));
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(before, directSaves());
        // The next ones are single statements on the I/O thread, with the same headers and body.
        ExtractableResponse<Response> second = save(token, "\"1\"", Map.of("answers", Map.of("cost_2016", 1200)));
        assertEquals(200, second.statusCode(), second.asString());
        assertEquals(before + 1, directSaves());
        assertEquals("\"2\"", second.header("ETag"));
        assertEquals(stableHeaders(first), stableHeaders(second));
        assertEquals(2, (int) second.path("revision"));
        assertEquals("started", second.path("status"));
        assertEquals(first.jsonPath().getMap("").keySet(), second.jsonPath().getMap("").keySet());
        assertTrue(java.time.Instant.parse(second.path("savedAt")).isAfter(java.time.Instant.parse(first.path("savedAt"))));
        // A weak ETag and a cleared answer take that way too.
        ExtractableResponse<Response> third = save(token, "W/\"2\"", "{\"answers\": {\"cost_2016\": null}}");
        assertEquals(200, third.statusCode(), third.asString());
        assertEquals(before + 2, directSaves());
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"3\"")
                .body("answers.hired_children_authority", equalTo(true)).body("answers.cost_2016", equalTo(null));
    }

    @Test
    void aFirstSaveAfterTheFormWasShownStartsTheDraftOnTheIoThreadWithItsAuditEvent() {
        // Two links of one questionnaire: one saved first without its form shown (the resource's way), one after.
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Första sparningen", null));
        admin.open(id);
        Map<String, String> links = admin.invite(id, Map.of("target", "municipalities",
                "municipalityCodes", List.of("2521", "2523")));
        double before = directSaves();
        ExtractableResponse<Response> locked = save(links.get("2521"), "\"0\"",
                Map.of("answers", Map.of("hired_children_authority", true)));
        assertEquals(200, locked.statusCode(), locked.asString());
        assertEquals(before, directSaves());

        String token = links.get("2523");
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"0\"")
                .body("status", equalTo("not_started"));
        // If-Match other than "0" before any save: the resource's 412, nothing written.
        assertEquals(412, save(token, "\"1\"", Map.of("answers", Map.of("cost_2016", 1))).statusCode());
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).body("status", equalTo("not_started"));
        ExtractableResponse<Response> first = save(token, "\"0\"",
                Map.of("answers", Map.of("hired_children_authority", false, "cost_2016", 900)));
        assertEquals(200, first.statusCode(), first.asString());
        assertEquals(before + 1, directSaves());
        assertEquals("\"1\"", first.header("ETag"));
        assertEquals(stableHeaders(locked), stableHeaders(first));
        assertEquals(1, (int) first.path("revision"));
        assertEquals("started", first.path("status"));
        assertEquals(locked.jsonPath().getMap("").keySet(), first.jsonPath().getMap("").keySet());
        // A second first save (a retry, another tab): the draft exists, so the resource's 412 and nothing written.
        ExtractableResponse<Response> again = save(token, "\"0\"", Map.of("answers", Map.of("cost_2016", 5)));
        assertEquals(412, again.statusCode(), again.asString());
        // A refusal forgets the pin: the next save takes the locked way, which pins the draft again.
        assertEquals(200, save(token, "\"1\"", Map.of("answers", Map.of("cost_2016", 700))).statusCode());
        assertEquals(before + 1, directSaves());
        assertEquals(200, save(token, "\"2\"", Map.of("answers", Map.of("cost_2016", 1000))).statusCode());
        assertEquals(before + 2, directSaves());
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"3\"")
                .body("status", equalTo("started")).body("answers.hired_children_authority", equalTo(false))
                .body("answers.cost_2016", equalTo(1000));

        // Both first saves left one "create" event, alike but for the municipality.
        Map<String, String> invitations = admin.get("/api/v1/questionnaires/" + id + "/invitations").statusCode(200)
                .extract().<List<Map<String, Object>>>path("items").stream()
                .collect(Collectors.toMap(i -> (String) i.get("municipalityCode"), i -> (String) i.get("id")));
        List<String> shapes = new java.util.ArrayList<>();
        for (String code : List.of("2521", "2523")) {
            List<Map<String, Object>> events = admin.get("/api/v1/audit-events?type=survey_response&municipality="
                    + code + "&size=100").statusCode(200).extract().<List<Map<String, Object>>>path("items").stream()
                    .filter(e -> invitations.get(code).equals(e.get("entityId"))).toList();
            assertEquals(1, events.size(), events.toString());
            Map<String, Object> created = events.get(0);
            assertEquals("create", created.get("action"));
            assertEquals("anonymous", created.get("actorType"));
            assertTrue(((String) created.get("actorLabel")).startsWith("respondent link of "), created.toString());
            assertTrue(((String) created.get("actorLabel")).endsWith("(" + code + ")"), created.toString());
            assertEquals(code, created.get("municipalityCode"));
            Map<?, ?> status = (Map<?, ?>) ((Map<?, ?>) created.get("changes")).get("status");
            assertEquals("started", status.get("after"), created.toString());
            assertEquals(null, status.get("before"), created.toString());
            shapes.add(new TreeMap<>(created).keySet().toString() + created.get("changes"));
        }
        assertEquals(shapes.get(0), shapes.get(1));
    }

    @Test
    void theFirstSaveStatementRunsOnJdbcTooWhenTheResourceTakesTheSave() {
        // What RespondentService#save does when the route has left a save to the resource: the same statement on JDBC.
        String token = link("2514");
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"0\"");
        com.fasterxml.jackson.databind.node.ObjectNode update = definitions.json().createObjectNode();
        update.put("cost_2016", 400);
        update.putNull("hired_children_authority");
        java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        assertEquals(null, service.directSave(token, 1, update, null, now), "a first save is based on \"0\"");
        ResponseRepository.Patch first = service.directSave(token, 0, update, null, now);
        assertEquals(ResponseRepository.Form.FIRST, first.form());
        assertTrue(store.patch(first));
        // Pinned as started: the same first save again is the PATCH statement, which refuses revision 0.
        assertFalse(store.patch(service.directSave(token, 0, update, null, now)));
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"1\"")
                .body("status", equalTo("started")).body("answers.cost_2016", equalTo(400))
                .body("answers.containsKey('hired_children_authority')", equalTo(false));
        assertEquals(200, save(token, "\"1\"", Map.of("answers", Map.of("hired_children_authority", true)))
                .statusCode());
    }

    @Test
    void whatTheStatementRefusesIsAnsweredByTheResourceAndNothingIsWritten() {
        String token = link("2582");
        save(token, "\"0\"", Map.of("answers", Map.of("hired_children_authority", true)));
        save(token, "\"1\"", Map.of("answers", Map.of("cost_2016", 1000)));
        double before = directSaves();
        // Based on a revision that moved: 412 with what changed since.
        ExtractableResponse<Response> stale = save(token, "\"1\"", Map.of("answers", Map.of("cost_2016", 2000)));
        assertEquals(412, stale.statusCode(), stale.asString());
        assertEquals(List.of("cost_2016"), stale.path("changed"));
        // Not valid, not JSON, no If-Match, a question the questionnaire lacks: the resource's problems.
        assertEquals(400, save(token, "\"2\"", Map.of("answers", Map.of("cost_2016", "mycket"))).statusCode());
        assertEquals(400, save(token, "\"2\"", "{\"answers\": ").statusCode());
        assertEquals(400, save(token, "\"2\"", "{\"answers\": null}").statusCode());
        assertEquals(400, save(token, "\"2\"", Map.of("answers", Map.of("no_such_question", 1))).statusCode());
        assertEquals(400, save(token, "sju", Map.of("answers", Map.of("cost_2016", 7))).statusCode());
        assertEquals(428, given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("cost_2016", 7)))
                .when().patch("/api/v1/respond/" + token + "/answers").then().extract().statusCode());
        // Submitted meanwhile: 409.
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                .when().post("/api/v1/respond/" + token + "/submit").then().statusCode(200);
        assertEquals(409, save(token, "\"3\"", Map.of("answers", Map.of("cost_2016", 3000))).statusCode());
        assertEquals(before, directSaves());
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"3\"")
                .body("answers.cost_2016", equalTo(1000));
    }

    @Test
    void theJdbcSettingsAreReproducedOrTheWayIsOff() {
        PgConnectOptions plain = DraftSaveRoute.connectOptions("jdbc:postgresql://db.example:6543/kompetens%C3%A4get",
                Map.of("prepareThreshold", "5"));
        assertEquals("db.example", plain.getHost());
        assertEquals(6543, plain.getPort());
        assertEquals("kompetensäget", plain.getDatabase());
        assertEquals(SslMode.PREFER, plain.getSslMode()); // the JDBC driver's default
        assertTrue(plain.getCachePreparedStatements());
        PgConnectOptions bouncer = DraftSaveRoute.connectOptions("jdbc:postgresql://[::1]/k?sslmode=require&prepareThreshold=0",
                Map.of());
        assertEquals("::1", bouncer.getHost());
        assertEquals(5432, bouncer.getPort());
        assertEquals(SslMode.REQUIRE, bouncer.getSslMode());
        assertFalse(bouncer.getCachePreparedStatements());
        assertEquals(SslMode.DISABLE,
                DraftSaveRoute.connectOptions("jdbc:postgresql://h/k", Map.of("sslmode", "disable")).getSslMode());
        for (String refused : List.of("jdbc:postgresql://a:5432,b:5432/k", "jdbc:postgresql:k", "jdbc:postgresql:///k",
                "jdbc:postgresql://h/k?sslmode=verify-full", "jdbc:postgresql://h/k?targetServerType=primary",
                "jdbc:postgresql://h:port/k")) {
            assertThrows(IllegalArgumentException.class, () -> DraftSaveRoute.connectOptions(refused, Map.of()), refused);
        }
        assertThrows(IllegalArgumentException.class,
                () -> DraftSaveRoute.connectOptions("jdbc:postgresql://h/k", Map.of("sslfactory", "x")));
    }

    @Test
    void acceptHeadersThatTakeJson() {
        assertTrue(DraftSaveRoute.acceptsJson(List.of()));
        assertTrue(DraftSaveRoute.acceptsJson(List.of("application/json")));
        assertTrue(DraftSaveRoute.acceptsJson(List.of("text/html, */*;q=0.8")));
        assertTrue(DraftSaveRoute.acceptsJson(List.of("application/*")));
        assertFalse(DraftSaveRoute.acceptsJson(List.of("text/csv")));
        assertFalse(DraftSaveRoute.acceptsJson(List.of("application/json;q=0, text/csv")));
        assertFalse(DraftSaveRoute.acceptsJson(List.of("application/xml")));
    }

    @Test
    void statementsAreNumberedForTheReactiveClient() {
        assertEquals("UPDATE t SET a = a || $1::text::jsonb, b = $2 WHERE c = $3 AND d = ANY($4::text[])",
                ResponseRepository.numbered("UPDATE t SET a = a || ?::jsonb, b = ? WHERE c = ? AND d = ANY(?::text[])"));
    }
}
