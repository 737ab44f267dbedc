package se.kompetenslaget.audit;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

@QuarkusTest
class AuditTrailTest {

    @Inject
    Fixtures fixtures;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRecordAChangeWithItsActorAndBeforeAndAfter() {
        String adminEmail = fixtures.createUser("admin", Role.ADMIN, null);
        String admin = Fixtures.signIn(adminEmail);
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("population", 79664))
                .when().patch("/api/v1/municipalities/2584").then().statusCode(200).body("population", equalTo(79664));
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("population", 22000))
                .when().patch("/api/v1/municipalities/2584").then().statusCode(200);

        given().cookie("kl_session", admin).queryParam("municipality", "2584").queryParam("type", "municipality")
                .when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("totalItems", equalTo(2))
                .body("items[0].action", equalTo("update"))
                .body("items[0].actorType", equalTo("user"))
                .body("items[0].actorLabel", equalTo(adminEmail))
                .body("items[0].changes.population.before", equalTo(79664))
                .body("items[0].changes.population.after", equalTo(22000))
                .body("items[1].changes.population.after", equalTo(79664));
    }

    @Test
    void shouldRecordSignInsFailedSignInsAndTokenEvents() {
        String email = fixtures.createUser("tracked", Role.MUNICIPALITY_EDITOR, "2580");
        given().contentType(ContentType.JSON).body(Map.of("email", email, "password", "fel lösenord"))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401);
        String session = Fixtures.signIn(email);
        String me = given().cookie("kl_session", session).when().get("/api/v1/auth/me").then().extract().path("user.id");
        Fixtures.integrationToken(session, "2580", List.of("costs:write"));

        String admin = Fixtures.signIn(fixtures.createUser("auditor", Role.ADMIN, null));
        given().cookie("kl_session", admin).queryParam("actor", me).when().get("/api/v1/audit-events")
                .then().statusCode(200)
                .body("items.action", hasItem("sign_in"))
                .body("items.action", hasItem("token_issued"))
                .body("items.findAll { it.action == 'token_issued' }.municipalityCode", everyItem(equalTo("2580")));
        given().cookie("kl_session", admin).queryParam("action", "sign_in_failed").queryParam("size", 100)
                .when().get("/api/v1/audit-events")
                .then().statusCode(200).body("totalItems", greaterThanOrEqualTo(1))
                .body("items.entityId", hasItem(me))
                .body("items.actorType", everyItem(equalTo("anonymous")))
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("fel lösenord")));
    }

    @Test
    void shouldShowTheTrailToAdministratorsOnly() {
        given().when().get("/api/v1/audit-events").then().statusCode(401);
        String analyst = Fixtures.signIn(fixtures.createUser("curious", Role.ANALYST, null));
        given().cookie("kl_session", analyst).when().get("/api/v1/audit-events").then().statusCode(403);
    }

    @Test
    void shouldRefuseToChangeOrDeleteRecordedEvents() throws SQLException {
        String admin = Fixtures.signIn(fixtures.createUser("admin2", Role.ADMIN, null));
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("population", 1))
                .when().patch("/api/v1/municipalities/2583").then().statusCode(200);
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            assertThrows(SQLException.class, () -> statement.executeUpdate("UPDATE audit_event SET actor_label = 'x'"));
            assertThrows(SQLException.class, () -> statement.executeUpdate("DELETE FROM audit_event"));
        }
    }

    @Test
    void shouldRejectABadTimeFilter() {
        String admin = Fixtures.signIn(fixtures.createUser("admin3", Role.ADMIN, null));
        given().cookie("kl_session", admin).queryParam("since", "yesterday").when().get("/api/v1/audit-events")
                .then().statusCode(400).body("violations.field", hasItem("since"));
    }
}
