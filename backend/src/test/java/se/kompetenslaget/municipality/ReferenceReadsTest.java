package se.kompetenslaget.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.emptyString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/** Reference data read from memory: strong ETags, 304 Not Modified, and a correction seen at once. */
@QuarkusTest
class ReferenceReadsTest {

    @Inject
    Fixtures fixtures;

    @Test
    void shouldAnswerACurrentCopyOfEachReferenceListWith304AndNoBody() {
        for (String path : new String[] { "/api/v1/counties", "/api/v1/municipalities?county=25", "/api/v1/service-areas",
                "/api/v1/professions", "/api/v1/strategies", "/api/v1/strategies/skl-2018", "/api/v1/recruitment-strategies" }) {
            String etag = given().when().get(path).then().statusCode(200).header("ETag", notNullValue())
                    .header("Cache-Control", equalTo("no-cache")).extract().header("ETag");
            given().header("If-None-Match", etag).when().get(path)
                    .then().statusCode(304).header("ETag", equalTo(etag)).body(emptyString());
            given().header("If-None-Match", "W/" + etag).when().get(path).then().statusCode(304);
            given().header("If-None-Match", "\"another\"").when().get(path).then().statusCode(200).body(not(emptyString()));
        }
    }

    @Test
    void shouldGiveEachPageItsOwnTagAndTheSameTagForTheSameBody() {
        String first = given().when().get("/api/v1/municipalities?size=10&page=1").then().statusCode(200).extract().header("ETag");
        String again = given().when().get("/api/v1/municipalities?size=10&page=1").then().statusCode(200).extract().header("ETag");
        String second = given().when().get("/api/v1/municipalities?size=10&page=2").then().statusCode(200).extract().header("ETag");
        org.junit.jupiter.api.Assertions.assertEquals(first, again);
        assertNotEquals(first, second);
    }

    @Test
    void shouldShowACorrectedPopulationAtOnceWithANewTag() {
        String admin = Fixtures.signIn(fixtures.createUser("admin", Role.ADMIN, null));
        String before = given().when().get("/api/v1/municipalities?q=0980").then().statusCode(200).extract().header("ETag");
        int population = 61_000 + (int) (System.nanoTime() % 1000);
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("population", population))
                .when().patch("/api/v1/municipalities/0980").then().statusCode(200);
        String after = given().header("If-None-Match", before).when().get("/api/v1/municipalities?q=0980")
                .then().statusCode(200).body("items[0].population", equalTo(population)).extract().header("ETag");
        assertNotEquals(before, after);
    }
}
