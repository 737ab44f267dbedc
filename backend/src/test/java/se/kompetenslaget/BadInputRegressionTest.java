package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.survey.SurveyApi;

/**
 * The six measured causes of a 500 from bad input (issue 11), and the HTTP limits, each answered with a 4xx
 * problem that has a stable type, a title and a detail free of Java names.
 */
@QuarkusTest
class BadInputRegressionTest {

    private static final String VALIDATION = "https://kompetenslaget.se/problems/validation";

    @Inject
    Fixtures fixtures;

    @TestHTTPResource("/")
    URL root;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("bad-input-admin", Role.ADMIN, null));
    }

    private static ValidatableResponse isValidationProblem(ValidatableResponse response) {
        return response.statusCode(400)
                .contentType("application/problem+json")
                .body("type", equalTo(VALIDATION))
                .body("title", equalTo("Invalid request"))
                .body("detail", not(containsString("$")))
                .body("detail", not(containsString("java.")))
                .body("detail", not(containsString("se.kompetenslaget")));
    }

    @Test
    void shouldRefuseAPageWhoseOffsetOverflowsAsOutOfRange() {
        isValidationProblem(given().when().get("/api/v1/municipalities?page=42949674&size=50").then())
                .body("violations[0].field", equalTo("page"))
                .body("violations[0].in", equalTo("query"))
                .body("violations[0].code", equalTo("out_of_range"));
        given().when().get("/api/v1/municipalities?page=2&size=50").then().statusCode(200);
    }

    @ParameterizedTest
    @ValueSource(strings = { "null", "", " " })
    void shouldRequireABodyOnEveryOperationThatReadsOne(String body) {
        String userId = given().cookie("kl_session", admin).when().get("/api/v1/users?q=bad-input-admin")
                .then().statusCode(200).extract().path("items[0].id");
        isValidationProblem(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/auth/sign-in").then())
                .body("violations[0].field", equalTo("body"))
                .body("violations[0].code", equalTo("required"));
        isValidationProblem(given().contentType(ContentType.JSON).body(body).when().post("/api/v1/municipalities/lookup").then());
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users").then());
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON).body(body)
                .when().patch("/api/v1/users/" + userId).then());
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users/" + userId + "/grants").then());
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON).body(body)
                .when().patch("/api/v1/municipalities/2580").then());
    }

    @Test
    void shouldRefuseTheNulCharacterInBodiesQueriesAndPathsNamingTheField() {
        isValidationProblem(given().contentType(ContentType.JSON)
                .body("{\"email\": \"anna\\u0000@lulea.se\", \"password\": \"x\"}").when().post("/api/v1/auth/sign-in").then())
                .body("violations[0].field", equalTo("email"))
                .body("violations[0].in", equalTo("body"))
                .body("violations[0].code", equalTo("not_allowed"));
        isValidationProblem(given().contentType(ContentType.JSON)
                .body("{\"values\": [\"Luleå\", \"Pite\\u0000å\"]}").when().post("/api/v1/municipalities/lookup").then())
                .body("violations[0].field", equalTo("values[1]"));
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body("{\"title\": \"Enkät\\u0000 2026\"}").when().post("/api/v1/campaigns").then())
                .body("violations[0].field", equalTo("title"));
        isValidationProblem(given().urlEncodingEnabled(false).when().get("/api/v1/municipalities?q=lule%00").then())
                .body("violations[0].field", equalTo("q"))
                .body("violations[0].in", equalTo("query"));
        isValidationProblem(given().urlEncodingEnabled(false).cookie("kl_session", admin).when().get("/api/v1/users?q=%00").then())
                .body("violations[0].field", equalTo("q"));
        isValidationProblem(given().urlEncodingEnabled(false).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": {}}").when().patch("/api/v1/respond/abc%00def/answers").then())
                .body("violations[0].field", equalTo("token"))
                .body("violations[0].in", equalTo("path"));
    }

    @Test
    void shouldRefuseTheNulCharacterInsideAnswers() {
        String token = respondentToken();
        isValidationProblem(given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": {\"hired_children_authority\": true, \"note\\u0000\": \"x\"}}")
                .when().patch("/api/v1/respond/" + token + "/answers").then())
                .body("violations[0].field", containsString("answers.note"))
                .body("violations[0].code", equalTo("not_allowed"));
    }

    @Test
    void shouldRefuseAnActorThatLooksLikeAnIdButIsNotOne() {
        isValidationProblem(given().cookie("kl_session", admin)
                .when().get("/api/v1/audit-events?actor=------------------------------------").then())
                .body("violations[0].field", equalTo("actor"))
                .body("violations[0].code", equalTo("pattern"));
        given().cookie("kl_session", admin).when().get("/api/v1/audit-events?actor=3f2b8c1e-5d4a-4e2b-9c1d-7a6b5c4d3e2f")
                .then().statusCode(200);
    }

    @Test
    void shouldRefuseANullHiringReasonNamingTheLine() {
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body("{\"lines\": [{\"year\": 2020, \"serviceArea\": \"aldre\", \"hiredCost\": 1, \"ownCost\": 2}, "
                        + "{\"year\": 2020, \"serviceArea\": \"hsl\", \"hiredCost\": 1, \"ownCost\": 2, \"reasons\": [null]}]}")
                .when().post("/api/v1/municipalities/2580/cost-lines").then())
                .body("violations.field", hasItem("lines[1].reasons"));
    }

    @Test
    void shouldRefuseANumberAnswerTooLargeForANumber() {
        String token = respondentToken();
        isValidationProblem(given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body("{\"answers\": {\"hired_children_authority\": true, \"cost_2016\": 1e400}}")
                .when().patch("/api/v1/respond/" + token + "/answers").then())
                .body("violations.field", hasItem("answers.cost_2016"));
    }

    @Test
    void shouldListTheAllowedValuesOfAnEnumAndTheFormOfADate() {
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("target", "everyone")).when().post("/api/v1/questionnaires/" + openQuestionnaire() + "/invitations").then())
                .body("violations[0].field", equalTo("target"))
                .body("detail", containsString("one of all, county, municipalities, follow_up"))
                .body("violations[0].code", equalTo("not_allowed"));
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("ownerLevel", "national", "title", "Plan", "periodStart", "31/12/2026", "periodEnd", "2028-12-31"))
                .when().post("/api/v1/action-plans").then())
                .body("violations[0].field", equalTo("periodStart"))
                .body("detail", containsString("YYYY-MM-DD"))
                .body("violations[0].code", equalTo("wrong_type"));
    }

    /** CI found {@code "periodEnd": 42949674} read as days since 1970: stored as the year 119562 (issue 11). */
    @ParameterizedTest
    @ValueSource(strings = {"42949674", "\"+119562-03-20\"", "\"2028-2-1\"", "[2028, 12, 31]"})
    void shouldAcceptADateOnlyAsYearMonthDayWithFourDigits(String periodEnd) {
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body("{\"ownerLevel\": \"national\", \"title\": \"Plan\", \"periodStart\": \"2026-01-01\", \"periodEnd\": "
                        + periodEnd + "}")
                .when().post("/api/v1/action-plans").then())
                .body("violations[0].field", equalTo("periodEnd"))
                .body("detail", containsString("YYYY-MM-DD"));
    }

    @Test
    void shouldRefuseAnInstantGivenAsANumber() {
        isValidationProblem(given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body("{\"title\": {\"sv\": \"Enkät\"}, \"closesAt\": 99999999999999}")
                .when().post("/api/v1/questionnaires").then())
                .body("violations[0].field", equalTo("closesAt"));
    }

    @Test
    void shouldGiveMalformedJsonItsOwnType() {
        given().contentType(ContentType.JSON).body("{\"email\": ").when().post("/api/v1/auth/sign-in")
                .then().statusCode(400).contentType("application/problem+json")
                .body("type", equalTo("https://kompetenslaget.se/problems/malformed-body"));
    }

    @Test
    void shouldAnswerAnOverlongUriWithAProblem() {
        given().noFilters().when().get("/api/v1/municipalities?q=" + "a".repeat(9000))
                .then().statusCode(414)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("type", equalTo("https://kompetenslaget.se/problems/uri-too-long"))
                .body("status", equalTo(414))
                .body("title", equalTo("URI Too Long"));
    }

    @Test
    void shouldAnswerAnOversizedBodyWithAProblem() throws IOException {
        String response = rawRequest("POST /api/v1/municipalities/lookup HTTP/1.1\r\nHost: localhost\r\n"
                + "Content-Type: application/json\r\nContent-Length: 40000000\r\n\r\n{\"values\": [");
        assertTrue(response.startsWith("HTTP/1.1 413"), response);
        assertTrue(response.toLowerCase().contains("content-type: application/problem+json"), response);
        assertTrue(response.contains("\"type\":\"https://kompetenslaget.se/problems/payload-too-large\""), response);
    }

    @Test
    void shouldTypeTheProblemsOfTheRestLayer() {
        given().noFilters().when().get("/api/v1/nothing-here").then().statusCode(404)
                .body("type", equalTo("https://kompetenslaget.se/problems/not-found"));
        given().noFilters().when().delete("/api/v1/municipalities/2580").then().statusCode(405)
                .body("type", equalTo("https://kompetenslaget.se/problems/method-not-allowed"));
        given().noFilters().contentType(ContentType.XML).body("<values/>").when().post("/api/v1/municipalities/lookup")
                .then().statusCode(415).contentType("application/problem+json")
                .body("type", equalTo("https://kompetenslaget.se/problems/unsupported-media-type"));
        given().when().get("/api/v1/users").then().statusCode(401)
                .body("type", equalTo("https://kompetenslaget.se/problems/unauthorized"));
        given().when().get("/api/v1/municipalities?size=0").then().statusCode(400)
                .body("type", equalTo(VALIDATION))
                .body("violations[0].code", equalTo("out_of_range"));
    }

    private String openQuestionnaire() {
        SurveyApi api = new SurveyApi(admin);
        String id = api.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Felaktig indata", null));
        api.open(id);
        return id;
    }

    private String respondentToken() {
        return new SurveyApi(admin).invite(openQuestionnaire(),
                Map.of("target", "municipalities", "municipalityCodes", List.of("2581"))).get("2581");
    }

    private String rawRequest(String request) throws IOException {
        try (Socket socket = new Socket(root.getHost(), root.getPort())) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            InputStream in = socket.getInputStream();
            ByteArrayOutputStream read = new ByteArrayOutputStream();
            byte[] buffer = new byte[8192];
            int n;
            while ((n = in.read(buffer)) > 0) {
                read.write(buffer, 0, n);
                String text = read.toString(StandardCharsets.UTF_8);
                if (text.contains("\r\n\r\n") && text.trim().endsWith("}")) {
                    break;
                }
            }
            assertEquals(false, read.size() == 0, "an answer");
            return read.toString(StandardCharsets.UTF_8);
        }
    }
}
