package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.support.TestDatabase;

@QuarkusTest
class HealthTest {

    private static final Duration PATIENCE = Duration.ofSeconds(45);

    @Test
    void shouldBeLiveAndReadyWithTheDatabaseUp() {
        given().noFilters().when().get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        given().noFilters().when().get("/q/health/ready")
                .then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
    }

    @Test
    void shouldGoUnreadyWhileTheDatabaseIsUnreachableAndRecoverByItself() {
        String database = TestDatabase.name();
        try {
            TestDatabase.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS false");
            TestDatabase.admin("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '" + database + "'");

            assertEquals(503, awaitReadinessStatus(503), "readiness while the database refuses connections");
            given().noFilters().when().get("/q/health/live").then().statusCode(200);
            given().noFilters().when().get("/api/v1/municipalities/2580")
                    .then().statusCode(503)
                    .contentType("application/problem+json")
                    .header("Retry-After", "5")
                    .body("type", equalTo("https://kompetenslaget.se/problems/service-unavailable"))
                    .body("status", equalTo(503))
                    .body(not(containsString("Exception")))
                    .body(not(containsString("org.")))
                    .body(not(containsString(database)));
        } finally {
            TestDatabase.admin("ALTER DATABASE " + database + " ALLOW_CONNECTIONS true");
        }
        assertEquals(200, awaitReadinessStatus(200), "readiness once the database is back, without a restart");
        given().when().get("/api/v1/municipalities/2580").then().statusCode(200).body("name", equalTo("Luleå"));
    }

    private static int awaitReadinessStatus(int wanted) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int status;
        do {
            status = given().noFilters().when().get("/q/health/ready").then().extract().statusCode();
            if (status == wanted) {
                return status;
            }
            sleep();
        } while (Instant.now().isBefore(deadline));
        return status;
    }

    private static void sleep() {
        try {
            Thread.sleep(500);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
