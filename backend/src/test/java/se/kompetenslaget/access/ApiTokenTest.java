package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;

@QuarkusTest
class ApiTokenTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldActAsItsOwnerUntilRevokedAndRefuseItOnTheNextRequest() {
        String session = Fixtures.signIn(fixtures.createUser("scripter", Role.ANALYST, null));
        var created = given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "Analysskript", "scopes", List.of("read"), "expiresInDays", 30))
                .when().post("/api/v1/me/tokens")
                .then().statusCode(201).body("token.name", equalTo("Analysskript")).body("token.scopes", hasItem("read"))
                .extract().jsonPath();
        String value = created.getString("value");
        String id = created.getString("token.id");

        given().auth().oauth2(value).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("kind", equalTo("personal_token")).body("scopes", hasItem("read"));
        given().cookie("kl_session", session).when().get("/api/v1/me/tokens")
                .then().statusCode(200).body("id", hasItem(id))
                .body("value", everyItem(nullValue())).body("tokenHash", everyItem(nullValue()));

        given().cookie("kl_session", session).when().delete("/api/v1/me/tokens/" + id).then().statusCode(204);
        given().auth().oauth2(value).when().get("/api/v1/auth/me")
                .then().statusCode(401).contentType("application/problem+json")
                .body("detail", equalTo("The API token is unknown, expired or revoked."));
    }

    @Test
    void shouldNotLetATokenWithoutTokensWriteOrAnIntegrationTokenIssueTokens() {
        String session = Fixtures.signIn(fixtures.createUser("minter", Role.MUNICIPALITY_EDITOR, "2580"));
        String token = Fixtures.personalToken(session, List.of("read"));
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "more", "scopes", List.of("read")))
                .when().post("/api/v1/me/tokens").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON).body(Map.of("name", "more", "scopes", List.of("read")))
                .when().post("/api/v1/municipalities/2580/tokens").then().statusCode(403);
        String integration = Fixtures.integrationToken(session, "2580", List.of("costs:write", "tokens:write"));
        given().auth().oauth2(integration).contentType(ContentType.JSON)
                .body(Map.of("name", "more", "scopes", List.of("costs:write")))
                .when().post("/api/v1/municipalities/2580/tokens").then().statusCode(403);
    }

    @Test
    void shouldLetAPersonalTokenWithTokensWriteIssueTokensWithinItsScopesMunicipalitiesAndLifetime() {
        String session = Fixtures.signIn(fixtures.createUser("system-owner", Role.MUNICIPALITY_EDITOR, "2580"));
        var parent = given().cookie("kl_session", session).contentType(ContentType.JSON)
                .body(Map.of("name", "Driftkonto", "scopes", List.of("tokens:write", "costs:write", "read"), "expiresInDays", 30))
                .when().post("/api/v1/me/tokens").then().statusCode(201).extract().jsonPath();
        String token = parent.getString("value");

        var child = given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Lönesystemet", "scopes", List.of("costs:write")))
                .when().post("/api/v1/municipalities/2580/tokens")
                .then().statusCode(201).body("token.municipalityCode", equalTo("2580"))
                .body("token.expiresAt", equalTo(parent.getString("token.expiresAt")))
                .extract().jsonPath();
        given().auth().oauth2(child.getString("value")).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("kind", equalTo("integration_token"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Mitt skript", "scopes", List.of("read"), "expiresInDays", 7))
                .when().post("/api/v1/me/tokens").then().statusCode(201).body("token.scopes", equalTo(List.of("read")));

        // Never more than the calling token: a scope it lacks, a municipality its owner does not edit, a longer life.
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Mer", "scopes", List.of("costs:write", "workforce:write")))
                .when().post("/api/v1/municipalities/2580/tokens").then().statusCode(400)
                .body("violations[0].field", equalTo("scopes"))
                .body("violations[0].message", equalTo("this token lacks workforce:write"));
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Grannen", "scopes", List.of("costs:write")))
                .when().post("/api/v1/municipalities/2581/tokens").then().statusCode(403);
        given().auth().oauth2(token).contentType(ContentType.JSON)
                .body(Map.of("name", "Längre", "scopes", List.of("read"), "expiresInDays", 60))
                .when().post("/api/v1/me/tokens").then().statusCode(201)
                .body("token.expiresAt", equalTo(parent.getString("token.expiresAt")));
        given().cookie("kl_session", session).when().get("/api/v1/municipalities/2580/tokens")
                .then().statusCode(200).body("id", hasItem(child.getString("token.id"))).body("name", not(hasItem("Mer")));
        given().cookie("kl_session", session).when().get("/api/v1/me/tokens")
                .then().statusCode(200).body("name", hasItem("Mitt skript"));

        String admin = Fixtures.signIn(fixtures.createUser("token-auditor", Role.ADMIN, null));
        given().cookie("kl_session", admin).queryParam("action", "token_issued").when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.find { it.entityId == '%s' }.changes.issuedWithToken.after"
                        .formatted(child.getString("token.id")), equalTo(parent.getString("token.id")));
    }

    @Test
    void shouldLetAnEditorManageIntegrationTokensOfTheirMunicipalityOnly() {
        String lulea = Fixtures.signIn(fixtures.createUser("lulea-editor", Role.MUNICIPALITY_EDITOR, "2580"));
        String pitea = Fixtures.signIn(fixtures.createUser("pitea-editor", Role.MUNICIPALITY_EDITOR, "2581"));
        String piteaToken = given().cookie("kl_session", pitea).contentType(ContentType.JSON)
                .body(Map.of("name", "Piteå lön", "scopes", List.of("costs:write")))
                .when().post("/api/v1/municipalities/2581/tokens").then().statusCode(201).extract().path("token.id");

        String integration = Fixtures.integrationToken(lulea, "2580", List.of("costs:write"));
        given().auth().oauth2(integration).when().get("/api/v1/auth/me")
                .then().statusCode(200).body("kind", equalTo("integration_token"))
                .body("grants.municipalityCode", hasItem("2580"));

        // Every write and read of 2581's tokens is refused to Luleå's editor, and nothing leaks in the refusal.
        given().cookie("kl_session", lulea).when().get("/api/v1/municipalities/2581/tokens").then().statusCode(403);
        given().cookie("kl_session", lulea).contentType(ContentType.JSON)
                .body(Map.of("name", "intrång", "scopes", List.of("costs:write")))
                .when().post("/api/v1/municipalities/2581/tokens").then().statusCode(403);
        given().cookie("kl_session", lulea).when().delete("/api/v1/municipalities/2581/tokens/" + piteaToken)
                .then().statusCode(403);
        given().cookie("kl_session", lulea).when().delete("/api/v1/municipalities/2580/tokens/" + piteaToken)
                .then().statusCode(404);
        given().cookie("kl_session", pitea).when().get("/api/v1/municipalities/2581/tokens")
                .then().statusCode(200).body("id", hasItem(piteaToken));
    }

    @Test
    void shouldKeepNoTokenOrPasswordInClearInTheDatabaseOrTheLog() throws Exception {
        String session = Fixtures.signIn(fixtures.createUser("careful", Role.MUNICIPALITY_EDITOR, "2580"));
        String token = Fixtures.personalToken(session, List.of("read"));
        given().auth().oauth2(token).when().get("/api/v1/auth/me").then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("email", "careful@x.se", "password", Fixtures.PASSWORD))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401);

        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("""
                        SELECT row_to_json(t)::text FROM api_token t
                        UNION ALL SELECT row_to_json(s)::text FROM user_session s
                        UNION ALL SELECT row_to_json(u)::text FROM app_user u
                        UNION ALL SELECT row_to_json(a)::text FROM audit_event a""")) {
            while (rows.next()) {
                String row = rows.getString(1);
                assertFalse(row.contains(token), "a token value is stored in clear: " + row);
                assertFalse(row.contains(session), "a session value is stored in clear: " + row);
                assertFalse(row.contains(Fixtures.PASSWORD), "a password is stored in clear: " + row);
            }
        }
        String log = Files.readString(Path.of("target", "quarkus-test.log"));
        assertFalse(log.contains(token), "a token value is in the log");
        assertFalse(log.contains(session), "a session value is in the log");
        assertFalse(log.contains(Fixtures.PASSWORD), "a password is in the log");
    }
}
