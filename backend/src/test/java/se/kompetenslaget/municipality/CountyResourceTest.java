package se.kompetenslaget.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;

@QuarkusTest
class CountyResourceTest {

    @Test
    void shouldListTheTwentyOneCountiesByCodeWithTheirMunicipalityCounts() {
        given().when().get("/api/v1/counties")
                .then().statusCode(200)
                .body("$", hasSize(21))
                .body("[0].code", equalTo("01"))
                .body("[0].name", equalTo("Stockholms län"))
                .body("[0].municipalityCount", equalTo(26))
                .body("find { it.code == '25' }.name", equalTo("Norrbottens län"))
                .body("find { it.code == '25' }.municipalityCount", equalTo(14))
                .body("find { it.code == '14' }.municipalityCount", equalTo(49))
                .body("municipalityCount.sum()", equalTo(290));
    }

    @Test
    void shouldGetNorrbottenWithItsFourteenMunicipalities() {
        given().when().get("/api/v1/counties/25")
                .then().statusCode(200)
                .body("code", equalTo("25"))
                .body("name", equalTo("Norrbottens län"))
                .body("municipalityCount", equalTo(14))
                .body("municipalities", hasSize(14))
                .body("municipalities.name", hasItem("Luleå"))
                .body("municipalities[0].name", equalTo("Arjeplog"))
                .body("municipalities[13].name", equalTo("Övertorneå"));
    }

    @Test
    void shouldKeepTheLeadingZeroOfCountyCodes() {
        given().when().get("/api/v1/counties/09")
                .then().statusCode(200).body("name", equalTo("Gotlands län")).body("municipalities.code", contains("0980"));
    }

    @Test
    void shouldAnswerAnUnknownCountyWithANotFoundProblem() {
        given().when().get("/api/v1/counties/02")
                .then().statusCode(404).contentType("application/problem+json")
                .body("detail", equalTo("There is no county with code 02."));
    }

    @Test
    void shouldRejectAMalformedCountyCode() {
        given().when().get("/api/v1/counties/2")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", contains("code"))
                .body("violations.message", contains("must be a two-digit SCB county code, e.g. 25"));
    }
}
