package se.kompetenslaget.strategy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/** Learning examples: written by their owner, found in Swedish by inflected forms once published. */
@QuarkusTest
class LearningExampleTest {

    @Inject
    Fixtures fixtures;

    private static Map<String, Object> example(String municipality, String title, String body, boolean published) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("ownerLevel", "municipality");
        example.put("municipalityCode", municipality);
        example.put("title", title);
        example.put("body", body);
        example.put("results", "Andelen inhyrd personal halverades.");
        example.put("serviceAreas", List.of("barn_unga"));
        example.put("recruitmentStrategies", List.of("marknadsfor_jobben"));
        example.put("published", published);
        return example;
    }

    @Test
    void shouldFindExamplesByInflectedSwedishFormsRankedAndFiltered() {
        String editor = Fixtures.signIn(fixtures.createUser("vasteras-examples", Role.MUNICIPALITY_EDITOR, "1980"));
        String reader = Fixtures.signIn(fixtures.createUser("examples-analyst", Role.ANALYST, null));
        String found = given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(example("1980", "Ny väg in för socionomer",
                        "Vi gjorde om rekryteringen av socialsekreterare: kortare process och mentorer.", true))
                .when().post("/api/v1/learning-examples").then().statusCode(201)
                .body("ownerName", equalTo("Västerås")).body("countyCode", equalTo("19")).extract().path("id");
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(example("1980", "Hemtjänstens schema", "Heltid som norm i hemtjänsten.", true))
                .when().post("/api/v1/learning-examples").then().statusCode(201);
        String draft = given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(example("1980", "Utkast om rekrytering", "Rekrytering av chefer.", false))
                .when().post("/api/v1/learning-examples").then().statusCode(201).extract().path("id");

        // "rekrytering" finds the text that says "rekryteringen"; the draft only for its owner.
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples?q=rekrytering").then()
                .statusCode(200).body("items.id", contains(found))
                .body("items[0].headline", containsString("<b>rekryteringen</b>"));
        given().cookie("kl_session", editor).when().get("/api/v1/learning-examples?q=rekrytering").then()
                .statusCode(200).body("items.id", hasItem(draft)).body("items.id", hasItem(found));
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples/" + draft).then().statusCode(404);
        // Definite forms too: "socialsekreteraren processen" finds "socialsekreterare" and "process".
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples?q=socialsekreteraren processen").then()
                .statusCode(200).body("items.id", contains(found));
        given().cookie("kl_session", reader).when()
                .get("/api/v1/learning-examples?q=hemtjänst&recruitmentStrategy=marknadsfor_jobben&county=19")
                .then().statusCode(200).body("items.title", contains("Hemtjänstens schema"));
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples?q=hemtjänst&county=25").then()
                .statusCode(200).body("items.title", not(hasItem("Hemtjänstens schema")));
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples?serviceArea=nope").then()
                .statusCode(400).body("violations.field", contains("serviceArea"));

        // Another municipality's editor cannot change it; the owner publishes the draft.
        String other = Fixtures.signIn(fixtures.createUser("eskilstuna-examples", Role.MUNICIPALITY_EDITOR, "0484"));
        given().cookie("kl_session", other).contentType(ContentType.JSON)
                .body(example("1980", "Kapat", "Kapat", true)).when().put("/api/v1/learning-examples/" + draft)
                .then().statusCode(403);
        given().cookie("kl_session", editor).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(example("1980", "Rekrytering av chefer", "Rekrytering av chefer med stöd.", true))
                .when().put("/api/v1/learning-examples/" + draft).then().statusCode(200)
                .body("published", equalTo(true)).body("revision", equalTo(1));
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples/" + draft).then().statusCode(200);
        // Ranked: the word in the title weighs more than in the text.
        given().cookie("kl_session", reader).when().get("/api/v1/learning-examples?q=rekrytering&county=19").then()
                .statusCode(200).body("items.id", contains(draft, found));
    }
}
