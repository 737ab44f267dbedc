package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

/** Requests outside the contract still get problem details, never an HTML page or a stack trace. */
@QuarkusTest
class ErrorHandlingTest {

    @Test
    void shouldAnswerAnUnknownApiRouteWithANotFoundProblem() {
        given().noFilters().when().get("/api/v1/nothing-here")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body(not(containsString("<html")));
    }

    @Test
    void shouldAnswerAnUnsupportedMethodWithAProblem() {
        given().noFilters().when().delete("/api/v1/municipalities/2580")
                .then().statusCode(405)
                .contentType("application/problem+json")
                .body("status", equalTo(405));
    }
}
