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
