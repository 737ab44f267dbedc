package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;
import se.kompetenslaget.survey.SurveyApi;

/**
 * The sign-in and respondent-link throttles. Tests trust X-Forwarded-For (see %test in application.properties), so
 * each address below is a different client.
 */
@QuarkusTest
class SignInThrottleTest {

    @Inject
    Fixtures fixtures;

    private static ValidatableResponse signIn(String from, String email, String password) {
        return given().header("X-Forwarded-For", from).contentType(ContentType.JSON)
                .body(Map.of("email", email, "password", password))
                .when().post("/api/v1/auth/sign-in").then();
    }

    private static String address() {
        UUID random = UUID.randomUUID();
        return "10." + (random.hashCode() & 0x7f) + "." + (random.getLeastSignificantBits() & 0xff) + "."
                + ((random.getMostSignificantBits() & 0xfe) + 1);
    }

    @Test
    void shouldLetThePersonSignInFromAnotherAddressAfterFiveWrongPasswordsFromOne() {
        String email = fixtures.createUser("target", Role.ADMIN, null);
        String attacker = address();
        for (int i = 0; i < 5; i++) {
            signIn(attacker, email, "gissning " + i).statusCode(401);
        }
        // The attacker's address now waits, told why and for how long, even with the right password...
        signIn(attacker, email, Fixtures.PASSWORD).statusCode(429).contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.allOf(
                        org.hamcrest.Matchers.greaterThan(0), org.hamcrest.Matchers.lessThanOrEqualTo(15 * 60)))
                .body("status", equalTo(429))
                .body("detail", containsString("temporarily locked"))
                .body("detail", containsString("15 minutes"));
        // ...but the person signs in from their own address at once.
        signIn(address(), email, Fixtures.PASSWORD).statusCode(200).body("user.email", equalTo(email));
        // Other accounts are not affected for the attacker's address until the address limit.
        String other = fixtures.createUser("other", Role.ANALYST, null);
        signIn(attacker, other, Fixtures.PASSWORD).statusCode(200);
    }

    @Test
    void shouldThrottleAFloodFromOneAddressBeforeCheckingAnyPassword() {
        String flooder = address();
        String email = fixtures.createUser("bystander", Role.ANALYST, null);
        int limit = 30; // %test.kl.sign-in.client.max-failures
        int refusedAt = -1;
        for (int i = 1; i <= limit + 1 && refusedAt < 0; i++) {
            // A new e-mail each time, so only the address limit can stop it.
            int status = signIn(flooder, "flood-" + i + "@test.kompetenslaget.se", "gissning").extract().statusCode();
            if (status == 429) {
                refusedAt = i;
            } else {
                assertEquals(401, status, "attempt " + i);
            }
        }
        assertEquals(limit + 1, refusedAt, "the first refused attempt");
        long auditedBefore = failedSignInsAudited();
        for (int i = 0; i < 5; i++) {
            signIn(flooder, "flood-more-" + i + "@test.kompetenslaget.se", "gissning").statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(0))
                    .body("detail", containsString("from your address"));
        }
        // Refused before the password check: nothing was looked up, so no failed sign-in was recorded.
        assertEquals(auditedBefore, failedSignInsAudited());
        // The right password from the flooding address waits too; from elsewhere it works.
        signIn(flooder, email, Fixtures.PASSWORD).statusCode(429);
        signIn(address(), email, Fixtures.PASSWORD).statusCode(200);
    }

    @Test
    void shouldLockAnAccountGuessedFromManyAddressesAndSaySo() {
        String email = fixtures.createUser("popular", Role.ANALYST, null);
        int limit = 15; // %test.kl.sign-in.account.max-failures
        for (int i = 0; i < limit / 5; i++) {
            String from = address();
            for (int j = 0; j < 5; j++) {
                signIn(from, email, "gissning " + i + "-" + j).statusCode(401);
            }
        }
        signIn(address(), email, Fixtures.PASSWORD).statusCode(429)
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(0))
                .body("detail", containsString("This account is temporarily locked after many failed sign-ins"));
    }

    @Test
    void shouldThrottleGuessingOfRespondentLinksButNotValidLinks() {
        String admin = Fixtures.signIn(fixtures.createUser("links", Role.ADMIN, null));
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Länkar", null));
        surveys.open(questionnaire);
        String token = surveys.invite(questionnaire, Map.of("target", "municipalities", "municipalityCodes",
                List.of("2580"))).get("2580");
        String guesser = address();
        // The guesser's own draft, saved twice: the second save takes the one-statement way, as a blocked one would.
        save(guesser, token, "\"0\"", Map.of("answers", Map.of("hired_children_authority", true)))
                .statusCode(200).header("ETag", "\"1\"");
        save(guesser, token, "\"1\"", Map.of("answers", Map.of("hired_children_authority", false)))
                .statusCode(200).header("ETag", "\"2\"");
        int limit = 60; // %test.kl.respond.max-unknown-links
        for (int i = 0; i < limit; i++) {
            // A valid link in between is neither counted nor slowed.
            given().header("X-Forwarded-For", guesser).when().get("/api/v1/respond/" + token).then().statusCode(200);
            given().header("X-Forwarded-For", guesser).when()
                    .get("/api/v1/respond/kls_" + UUID.randomUUID().toString().replace("-", "")).then().statusCode(404);
        }
        given().header("X-Forwarded-For", guesser).when()
                .get("/api/v1/respond/kls_" + UUID.randomUUID().toString().replace("-", ""))
                .then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(0));
        // A right guess from that address is not answered either; the respondent elsewhere goes on.
        given().header("X-Forwarded-For", guesser).when().get("/api/v1/respond/" + token).then().statusCode(429);
        given().header("X-Forwarded-For", guesser).when().get("/api/v1/respond/inte-en-länk").then().statusCode(429)
                .contentType("application/problem+json");
        given().header("X-Forwarded-For", address()).when().get("/api/v1/respond/" + token).then().statusCode(200);
        // Nor any write: the check is in the write's own statement, and 429 still comes before whatever else is wrong.
        save(guesser, token, "\"2\"", Map.of("answers", Map.of("hired_children_authority", true))).statusCode(429)
                .contentType("application/problem+json").body("status", equalTo(429))
                .header("Retry-After", Integer::parseInt, org.hamcrest.Matchers.greaterThan(0));
        save(guesser, token, "\"1\"", Map.of("answers", Map.of("hired_children_authority", true))).statusCode(429);
        save(guesser, token, "\"2\"", Map.of("answers", Map.of("no_such_question", 1))).statusCode(429);
        save(guesser, token, null, Map.of("answers", Map.of("hired_children_authority", true))).statusCode(429);
        save(guesser, token, "\"2\"", "{\"answers\": ").statusCode(429).contentType("application/problem+json");
        save(guesser, "kls_" + UUID.randomUUID().toString().replace("-", ""), "\"0\"",
                Map.of("answers", Map.of("hired_children_authority", true))).statusCode(429);
        save(guesser, "inte-en-länk", "\"0\"", Map.of("answers", Map.of())).statusCode(429);
        given().header("X-Forwarded-For", guesser).header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of())).when().post("/api/v1/respond/" + token + "/submit").then()
                .statusCode(429).contentType("application/problem+json");
        // None of them was stored: the respondent elsewhere saves on revision 2.
        save(address(), token, "\"2\"", Map.of("answers", Map.of("hired_children_authority", true)))
                .statusCode(200).header("ETag", "\"3\"");
    }

    private static ValidatableResponse save(String from, String token, String ifMatch, Object body) {
        var request = given().header("X-Forwarded-For", from).contentType(ContentType.JSON).body(body);
        if (ifMatch != null) {
            request = request.header("If-Match", ifMatch);
        }
        return request.when().patch("/api/v1/respond/" + token + "/answers").then();
    }

    @Test
    void shouldAnswerARespondentPathWithoutALinkWithA404ProblemNotA500() {
        // No resource matches: the throttle must not count it on the I/O thread (it was a 500).
        given().noFilters().header("X-Forwarded-For", address()).when().get("/api/v1/respond/")
                .then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void shouldKeepThrottleStateInOneRowPerKindAndKey() {
        String from = address();
        signIn(from, "nobody-" + UUID.randomUUID() + "@test.kompetenslaget.se", "x").statusCode(401);
        signIn(from, "nobody-" + UUID.randomUUID() + "@test.kompetenslaget.se", "x").statusCode(401);
        assertEquals("2", TestDatabase.query("SELECT hits FROM throttle WHERE kind = 'sign_in_client' AND key = '"
                + from + "'"));
        // What was typed is not stored: accounts are keyed by a hash.
        assertEquals("0", TestDatabase.query("SELECT count(*) FROM throttle WHERE key LIKE '%nobody-%'"));
        assertTrue(Long.parseLong(TestDatabase.query("SELECT count(*) FROM throttle WHERE kind = 'sign_in_account'")) >= 2);
    }

    private static long failedSignInsAudited() {
        return Long.parseLong(TestDatabase.query("SELECT count(*) FROM audit_event WHERE action = 'sign_in_failed'"));
    }
}
