package se.kompetenslaget.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * How a client picks the answer's media type: generated clients send the problem type in Accept, errors are
 * problem documents whatever was asked, and exports follow one rule (the format alias, then Accept, then the
 * operation's first type).
 */
@QuarkusTest
class ContentNegotiationTest {

    private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final String SERIES = "/api/v1/hired-staff-shares/series?fromYear=2045&toYear=2045";
    private static final String BROWSER = "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8";

    @Inject
    Fixtures fixtures;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("negotiation-admin", Role.ADMIN, null));
    }

    @Test
    void shouldAnswerTheSuccessTypeWhenAcceptNamesOnlyTheProblemType() {
        given().accept("application/problem+json").when().get("/api/v1/counties")
                .then().statusCode(200).contentType("application/json");
        given().accept("application/problem+json").when().get("/api/v1/municipalities")
                .then().statusCode(200).contentType("application/json").body("page", equalTo(1));
    }

    @Test
    void shouldAnswerTheSuccessTypeForASuccessTypeWithTheProblemTypeOrAWildcard() {
        given().accept("application/json, application/problem+json").when().get("/api/v1/counties")
                .then().statusCode(200).contentType("application/json");
        given().accept("*/*").when().get("/api/v1/counties")
                .then().statusCode(200).contentType("application/json");
        given().accept("application/problem+json;q=1, text/csv;q=0.5").when().get("/api/v1/municipalities")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void shouldAnswerAnExportOnlyOperationInItsFirstTypeWhenAcceptNamesOnlyTheProblemType() {
        given().cookie("kl_session", admin).accept("application/problem+json").when()
                .get("/api/v1/hired-staff-shares/series?fromYear=2045&toYear=2045&format=csv")
                .then().statusCode(200).contentType(startsWith("text/csv"));
    }

    @Test
    void shouldAnswerEveryErrorAsAProblemWhateverTheClientAccepts() {
        given().cookie("kl_session", admin).accept("text/csv").when()
                .get("/api/v1/questionnaires/7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10/export")
                .then().statusCode(404).contentType("application/problem+json").body("status", equalTo(404));
        given().cookie("kl_session", admin).accept(XLSX).when().get(SERIES.replace("2045", "1999"))
                .then().statusCode(400).contentType("application/problem+json");
        given().accept(XLSX).when().get("/api/v1/action-plans/7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10/export")
                .then().statusCode(401).contentType("application/problem+json");
        given().accept("application/problem+json").when().get("/api/v1/municipalities/abc")
                .then().statusCode(400).contentType("application/problem+json");
        given().accept("image/png").when().get("/api/v1/counties")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void shouldPickAnExportByTheFormatAliasFirstThenAcceptThenTheDefault() {
        // The alias is this call's explicit choice: it wins over the Accept a generated client always sends.
        given().cookie("kl_session", admin).accept("text/csv").when().get(SERIES + "&format=xlsx")
                .then().statusCode(200).contentType(XLSX);
        given().cookie("kl_session", admin).accept("text/csv").when().get(SERIES)
                .then().statusCode(200).contentType(startsWith("text/csv"));
        given().cookie("kl_session", admin).accept(XLSX).when().get(SERIES)
                .then().statusCode(200).contentType(XLSX);
        // A browser's Accept names none of the operation's types.
        given().cookie("kl_session", admin).accept(BROWSER).when().get(SERIES + "&format=xlsx")
                .then().statusCode(200).contentType(XLSX);
        // Neither: the operation's first type.
        given().cookie("kl_session", admin).accept("*/*").when().get(SERIES)
                .then().statusCode(200).contentType("application/json");
        given().cookie("kl_session", admin).accept("text/csv;q=0.5, " + XLSX).when().get(SERIES)
                .then().statusCode(200).contentType(XLSX);
    }

    @Test
    void shouldPickAListsCsvByAcceptOnly() {
        given().accept("text/csv").when().get("/api/v1/municipalities?county=25")
                .then().statusCode(200).contentType(startsWith("text/csv"));
        given().accept(BROWSER).when().get("/api/v1/municipalities?county=25")
                .then().statusCode(200).contentType("application/json");
    }
}
