package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.SimultaneousRequests;
import se.kompetenslaget.support.TestDatabase;

@QuarkusTest
class UserAdministrationTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldCreateGrantChangeAndRevokeWithEveryStepAudited() {
        String admin = Fixtures.signIn(fixtures.createUser("boss", Role.ADMIN, null));
        String email = "Anna.Berg." + System.nanoTime() + "@Lulea.se";
        String id = given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Anna Berg", "password", Fixtures.PASSWORD))
                .when().post("/api/v1/users")
                .then().statusCode(201).header("Location", containsString("/api/v1/users/"))
                .body("email", equalTo(email.toLowerCase())).body("grants", empty())
                .extract().path("id");
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("email", email, "displayName", "Dubblett", "password", Fixtures.PASSWORD))
                .when().post("/api/v1/users").then().statusCode(409);

        String lulea = given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("role", "municipality_editor", "municipalityCode", "2580"))
                .when().post("/api/v1/users/" + id + "/grants").then().statusCode(201).extract().path("id");
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("role", "municipality_editor", "municipalityCode", "2581"))
                .when().post("/api/v1/users/" + id + "/grants").then().statusCode(201);
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("role", "county_coordinator"))
                .when().post("/api/v1/users/" + id + "/grants").then().statusCode(400)
                .body("violations.field", hasItem("countyCode"));

        // Two municipalities sharing a service: the person edits both.
        String session = Fixtures.signIn(email.toLowerCase());
        given().cookie("kl_session", session).when().get("/api/v1/municipalities/2581/tokens").then().statusCode(200);

        // Grants are part of the user: each one given is a new revision, and a revoke names the one it builds on.
        String beforeGrants = "\"0\"";
        String current = given().cookie("kl_session", admin).when().get("/api/v1/users/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().cookie("kl_session", admin).header("If-Match", beforeGrants)
                .when().delete("/api/v1/users/" + id + "/grants/" + lulea).then().statusCode(412);
        given().cookie("kl_session", admin).when().delete("/api/v1/users/" + id + "/grants/" + lulea).then()
                .statusCode(428);
        given().cookie("kl_session", admin).header("If-Match", current)
                .when().delete("/api/v1/users/" + id + "/grants/" + lulea).then().statusCode(204);
        given().cookie("kl_session", session).when().get("/api/v1/municipalities/2580/tokens").then().statusCode(403);

        given().cookie("kl_session", admin).header("If-Match", current).contentType(ContentType.JSON)
                .body(Map.of("active", false)).when().patch("/api/v1/users/" + id).then().statusCode(412)
                .body("changed", contains("active"));
        current = given().cookie("kl_session", admin).when().get("/api/v1/users/" + id).then().statusCode(200)
                .extract().header("ETag");
        given().cookie("kl_session", admin).header("If-Match", current).contentType(ContentType.JSON)
                .body(Map.of("active", false)).when().patch("/api/v1/users/" + id).then().statusCode(200)
                .body("active", equalTo(false));
        given().cookie("kl_session", session).when().get("/api/v1/auth/me").then().statusCode(401);

        given().cookie("kl_session", admin).queryParam("type", "user").queryParam("size", 100)
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.findAll { it.entityId == '" + id + "' }.action",
                        contains("update", "revoke", "sign_in", "grant", "grant", "create"))
                .body("items.find { it.entityId == '" + id + "' && it.action == 'update' }.changes.active.before", equalTo(true))
                .body("items.find { it.entityId == '" + id + "' && it.action == 'update' }.changes.active.after", equalTo(false))
                .body("items.find { it.entityId == '" + id + "' && it.action == 'revoke' }.changes.grant.before",
                        equalTo("municipality_editor 2580"))
                .body("items.find { it.entityId == '" + id + "' && it.action == 'create' }.changes.email.after",
                        equalTo(email.toLowerCase()));
    }

    @Test
    void shouldLetExactlyOneOfTwentySimultaneousUserChangesWin() {
        String admin = Fixtures.signIn(fixtures.createUser("racer", Role.ADMIN, null));
        String id = given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("email", "race." + System.nanoTime() + "@test.se", "displayName", "Före",
                        "password", Fixtures.PASSWORD))
                .when().post("/api/v1/users").then().statusCode(201).header("ETag", "\"0\"").extract().path("id");

        List<Response> responses = SimultaneousRequests.send(20, i -> given().cookie("kl_session", admin)
                .header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("displayName", "Namn " + i))
                .when().patch("/api/v1/users/" + id).andReturn());

        assertEquals(1, SimultaneousRequests.count(responses, 200), () -> responses.stream().map(Response::statusCode)
                .toList().toString());
        assertEquals(19, SimultaneousRequests.count(responses, 412));
        String winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("displayName");
        given().cookie("kl_session", admin).when().get("/api/v1/users/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("displayName", equalTo(winner));
    }

    @Test
    void shouldCreateAUserOnceForOneIdempotencyKey() {
        String admin = Fixtures.signIn(fixtures.createUser("retrier", Role.ADMIN, null));
        String key = "user-" + UUID.randomUUID();
        Map<String, Object> body = Map.of("email", "retry." + System.nanoTime() + "@test.se", "displayName", "Om igen",
                "password", Fixtures.PASSWORD);

        String id = given().cookie("kl_session", admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(body).when().post("/api/v1/users").then().statusCode(201).extract().path("id");
        given().cookie("kl_session", admin).header("Idempotency-Key", key).contentType(ContentType.JSON).body(body)
                .when().post("/api/v1/users").then().statusCode(201).header("Idempotent-Replayed", "true")
                .body("id", equalTo(id));
        given().cookie("kl_session", admin).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(Map.of("email", "other." + System.nanoTime() + "@test.se", "displayName", "Annan",
                        "password", Fixtures.PASSWORD))
                .when().post("/api/v1/users").then().statusCode(409);
        assertEquals("1", TestDatabase.query("SELECT count(*) FROM app_user WHERE email = '" + body.get("email") + "'"));
        // The same e-mail address created at the same moment without a key: one 201, the others 409, never 500.
        String email = "twins." + System.nanoTime() + "@test.se";
        List<Response> twins = SimultaneousRequests.send(8, i -> given().cookie("kl_session", admin)
                .contentType(ContentType.JSON).body(Map.of("email", email, "displayName", "Tvilling " + i,
                        "password", Fixtures.PASSWORD)).when().post("/api/v1/users").andReturn());
        assertEquals(List.of(1L, 7L), List.of(SimultaneousRequests.count(twins, 201),
                SimultaneousRequests.count(twins, 409)), () -> twins.stream().map(Response::statusCode).toList().toString());
    }

    @Test
    void shouldListUsersWithoutShowingThemToAnalysts() {
        String admin = Fixtures.signIn(fixtures.createUser("lister", Role.ADMIN, null));
        String analystEmail = fixtures.createUser("numbers", Role.ANALYST, null);
        given().cookie("kl_session", admin).queryParam("q", "numbers").when().get("/api/v1/users")
                .then().statusCode(200).body("items.email", hasItem(analystEmail));
        given().cookie("kl_session", Fixtures.signIn(analystEmail)).when().get("/api/v1/users").then().statusCode(403);
        given().cookie("kl_session", Fixtures.signIn(analystEmail)).contentType(ContentType.JSON)
                .body(Map.of("name", "x", "scopes", List.of("admin")))
                .when().post("/api/v1/me/tokens").then().statusCode(400);
    }
}
