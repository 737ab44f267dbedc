package se.kompetenslaget.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;

/**
 * Problems in the reader's language: Swedish when Accept-Language asks for it (as the web app does), English
 * otherwise; the type, field and code stay the same, so programs need not care.
 */
@QuarkusTest
class ProblemLanguageTest {

    @Inject
    Fixtures fixtures;

    String editor;

    @BeforeEach
    void signIn() {
        editor = Fixtures.signIn(fixtures.createUser("language-editor", Role.MUNICIPALITY_EDITOR, "2583"));
    }

    private static Map<String, Object> line(Object serviceArea, Object hiredCost) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("year", 2041);
        line.put("serviceArea", serviceArea);
        line.put("hiredCost", hiredCost);
        line.put("ownCost", 1000);
        return line;
    }

    private ValidatableResponse upload(String language, List<Map<String, Object>> lines) {
        var request = given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("lines", lines));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return request.when().post("/api/v1/municipalities/2583/cost-lines").then();
    }

    @Test
    void shouldAnswerABadUploadRowInSwedishWhenAskedInSwedish() {
        upload("sv-SE,sv;q=0.9,en;q=0.8", List.of(line("aldre", 10), line("socialtjanst_okand", 20))).statusCode(400)
                .header("Content-Language", "sv")
                .body("type", equalTo("https://kompetenslaget.se/problems/validation"))
                .body("title", equalTo("Ogiltig begäran"))
                .body("detail", equalTo("Några rader är ogiltiga; inget sparades."))
                .body("violations.field", contains("lines[1].serviceArea"))
                .body("violations.message", contains("måste vara en kod för ett verksamhetsområde"))
                .body("violations.code", contains("not_allowed"));
        upload("sv", List.of(line("aldre", "mycket"))).statusCode(400)
                .body("violations.field", contains("lines[0].hiredCost"))
                .body("violations.message", contains("måste vara ett tal"))
                .body("violations.code", contains("wrong_type"));
        org.junit.jupiter.api.Assertions.assertEquals("0",
                TestDatabase.query("SELECT count(*) FROM cost_line WHERE municipality_code = '2583' AND year = 2041"));
    }

    @Test
    void shouldAnswerTheSameRowInEnglishWhenAskedInEnglishOrNotAtAll() {
        for (String language : new String[] { "en", null, "de" }) {
            upload(language, List.of(line("aldre", 10), line("socialtjanst_okand", 20))).statusCode(400)
                    .header("Content-Language", "en")
                    .body("title", equalTo("Invalid request"))
                    .body("detail", equalTo("Some lines are not valid; nothing was stored."))
                    .body("violations.field", contains("lines[1].serviceArea"))
                    .body("violations.message", contains("must be a service area code"))
                    .body("violations.code", contains("not_allowed"));
        }
    }

    @Test
    void shouldTranslateConstraintMessagesAndHibernateValidatorsOwn() {
        given().header("Accept-Language", "sv").queryParam("county", "x").when().get("/api/v1/municipalities").then()
                .statusCode(400).body("title", equalTo("Ogiltig begäran"))
                .body("violations.field", contains("county"))
                .body("violations.message", contains("måste vara en tvåsiffrig SCB-kod för ett län, t.ex. 25"))
                .body("violations.code", contains("pattern"));
        // A constraint without a message of its own: Hibernate Validator's, from ValidationMessages_sv.properties.
        given().header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("email", " ", "password", "correct horse battery staple"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(400)
                .body("violations.message", contains("får inte vara tomt"))
                .body("violations.code", contains("required"));
        given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(Map.of("email", " ", "password", "correct horse battery staple"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(400)
                .body("violations.message", contains("must not be blank"));
    }

    @Test
    void shouldGiveANotFoundProblemInSwedish() {
        given().header("Accept-Language", "sv").when().get("/api/v1/municipalities/9999").then().statusCode(404)
                .body("title", equalTo("Finns inte"));
    }
}
