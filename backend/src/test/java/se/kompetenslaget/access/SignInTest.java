package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;

@QuarkusTest
class SignInTest {

    @Inject
    Fixtures fixtures;

    @Inject
    UserRepository users;

    @Test
    void shouldSignInWithAnHttpOnlySecureStrictCookieAndKnowTheCaller() {
        String email = fixtures.createUser("editor", Role.MUNICIPALITY_EDITOR, "2580");
        Response response = given().contentType(ContentType.JSON).body(Map.of("email", email.toUpperCase(), "password",
                Fixtures.PASSWORD)).when().post("/api/v1/auth/sign-in");
        response.then().statusCode(200)
                .body("kind", equalTo("session"))
                .body("user.email", equalTo(email))
                .body("grants.municipalityCode", hasItem("2580"));
        String setCookie = response.getHeader("Set-Cookie");
        assertTrue(setCookie.contains("HttpOnly"), setCookie);
        assertTrue(setCookie.contains("Secure"), setCookie);
        assertTrue(setCookie.contains("SameSite=Strict"), setCookie);

        given().cookie("kl_session", response.getCookie("kl_session")).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("user.email", equalTo(email));
    }

    @Test
    void shouldGiveUnknownUserAndWrongPasswordTheSameAnswer() {
        String email = fixtures.createUser("analyst", Role.ANALYST, null);
        String wrongPassword = given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "fel lösenord"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401).contentType("application/problem+json")
                .extract().path("detail");
        String unknownUser = given().contentType(ContentType.JSON)
                .body(Map.of("email", "nobody@test.kompetenslaget.se", "password", "fel lösenord"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401).extract().path("detail");
        assertEquals(wrongPassword, unknownUser);
    }

    @Test
    void shouldStopGuessingAfterFiveFailuresAndSaySoInsteadOfCallingTheRightPasswordWrong() {
        String email = fixtures.createUser("locked", Role.ANALYST, null);
        for (int i = 0; i < 5; i++) {
            given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "fel lösenord " + i))
                    .when().post("/api/v1/auth/sign-in").then().statusCode(401);
        }
        // From this address the account now waits, and the answer says so: no password is checked, not even the right one.
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", Fixtures.PASSWORD))
                .when().post("/api/v1/auth/sign-in").then().statusCode(429).contentType("application/problem+json")
                .header("Retry-After", org.hamcrest.Matchers.notNullValue())
                .body("detail", containsString("temporarily locked"));
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "fel lösenord 6"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(429);
    }

    @Test
    void shouldEndTheSessionOnSignOut() {
        String session = Fixtures.signIn(fixtures.createUser("leaver", Role.ANALYST, null));
        given().cookie("kl_session", session).when().post("/api/v1/auth/sign-out")
                .then().statusCode(204).header("Set-Cookie", containsString("Max-Age=0"));
        given().cookie("kl_session", session).when().get("/api/v1/auth/me")
                .then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    void shouldChangeThePasswordAndEndTheOtherSessions() {
        String email = fixtures.createUser("changer", Role.ANALYST, null);
        String current = Fixtures.signIn(email);
        String other = Fixtures.signIn(email);
        given().cookie("kl_session", current).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", "inte rätt lösenord", "newPassword", "ett-helt-nytt-lösenord"))
                .when().put("/api/v1/auth/password").then().statusCode(400).body("violations.field", hasItem("currentPassword"));
        given().cookie("kl_session", current).contentType(ContentType.JSON)
                .body(Map.of("currentPassword", Fixtures.PASSWORD, "newPassword", "ett-helt-nytt-lösenord"))
                .when().put("/api/v1/auth/password").then().statusCode(204);
        given().cookie("kl_session", current).when().get("/api/v1/auth/me").then().statusCode(200);
        given().cookie("kl_session", other).when().get("/api/v1/auth/me").then().statusCode(401);
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "ett-helt-nytt-lösenord"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(200);
    }

    @Test
    void shouldStoreOnlyAnArgon2idHashOfThePassword() {
        String email = fixtures.createUser("hashed", Role.ANALYST, null);
        String hash = users.findByEmail(email).orElseThrow().passwordHash;
        assertTrue(hash.startsWith("$argon2id$"), hash);
        assertTrue(!hash.contains(Fixtures.PASSWORD));
    }

    @Test
    void shouldRefuseAnUnknownSessionWhereSigningInMattersButNotOnPublicPages() {
        given().cookie("kl_session", "kls_not-a-session").when().get("/api/v1/auth/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("The session has ended; sign in again."));
        // A browser whose session expired can still read public reference data.
        given().cookie("kl_session", "kls_not-a-session").when().get("/api/v1/municipalities/2580")
                .then().statusCode(200);
    }

    @Test
    void shouldTellWhetherSomeoneIsSignedInWithoutA401() {
        given().when().get("/api/v1/auth/session").then().statusCode(200).contentType("application/json")
                .body("signedIn", equalTo(false)).body("$", not(hasKey("me")));
        String email = fixtures.createUser("session-asker", Role.ANALYST, null);
        String session = Fixtures.signIn(email);
        given().cookie("kl_session", session).when().get("/api/v1/auth/session").then().statusCode(200)
                .body("signedIn", equalTo(true)).body("me.kind", equalTo("session")).body("me.user.email", equalTo(email))
                .body("me.grants.role", hasItem("analyst"));
        given().cookie("kl_session", session).when().post("/api/v1/auth/sign-out").then().statusCode(204);
        // A session that has ended is refused, not taken for no session: the browser is told to sign in again.
        given().cookie("kl_session", session).when().get("/api/v1/auth/session").then().statusCode(401)
                .contentType("application/problem+json").body("detail", equalTo("The session has ended; sign in again."));
    }
}
