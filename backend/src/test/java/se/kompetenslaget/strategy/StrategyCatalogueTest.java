package se.kompetenslaget.strategy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The strategy as the API gives it agrees with reference-data/strategy-2019-2021.json (extracted from the document,
 * provenance beside it), goal by goal, action by action and measure by measure; and a few places checked by hand
 * against the document itself.
 */
@QuarkusTest
class StrategyCatalogueTest {

    private static JsonNode reference() throws IOException {
        try (InputStream in = StrategyCatalogueTest.class.getResourceAsStream("/reference-data/strategy-2019-2021.json")) {
            return new ObjectMapper().readTree(in);
        }
    }

    @Test
    void shouldServeTheStrategyExactlyAsTheReferenceDataHoldsIt() throws IOException {
        JsonNode expected = reference();
        JsonNode served = new ObjectMapper().readTree(given().when().get("/api/v1/strategies/skl-2018").then()
                .statusCode(200).extract().asString());
        assertEquals(expected.get("title").asText(), served.get("title").asText());
        assertEquals(expected.get("goals").size(), served.get("goals").size());
        int measures = 0;
        for (int g = 0; g < expected.get("goals").size(); g++) {
            JsonNode goal = expected.get("goals").get(g);
            JsonNode servedGoal = served.get("goals").get(g);
            assertEquals(goal.get("number").asInt(), servedGoal.get("number").asInt());
            assertEquals(goal.get("title").asText(), servedGoal.get("title").asText());
            assertEquals(goal.get("description").asText(), servedGoal.get("description").asText());
            assertEquals(texts(goal.get("measures")), texts(servedGoal.get("measures")), "goal " + (g + 1));
            measures += goal.get("measures").size();
            assertEquals(goal.get("actions").size(), servedGoal.get("actions").size());
            for (int a = 0; a < goal.get("actions").size(); a++) {
                JsonNode action = goal.get("actions").get(a);
                JsonNode servedAction = servedGoal.get("actions").get(a);
                assertEquals(action.get("number").asInt(), servedAction.get("number").asInt());
                assertEquals(action.get("title").asText(), servedAction.get("title").asText());
                assertEquals(action.get("description").asText(), servedAction.get("description").asText());
                assertEquals(texts(action.get("measures")), texts(servedAction.get("measures")),
                        "action " + action.get("number"));
                measures += action.get("measures").size();
            }
        }
        assertEquals(57, measures);
    }

    private static List<String> texts(JsonNode measures) {
        List<String> texts = new ArrayList<>();
        measures.forEach(measure -> texts.add(measure.get("levels") + " " + measure.get("text").asText()));
        return texts;
    }

    @Test
    void shouldHoldTheDocumentsGoalsActionsAndNineRecruitmentStrategies() {
        given().when().get("/api/v1/strategies").then().statusCode(200)
                .body("code", contains("skl-2018")).body("[0].periodStart", equalTo(2019))
                .body("[0].periodEnd", equalTo(2021));
        given().when().get("/api/v1/strategies/skl-2018").then().statusCode(200)
                .body("goals.title", contains("Minska beroendet av kortsiktiga bemanningslösningar",
                        "Säkra kompetensen utifrån framtida behov",
                        "Öka attraktiviteten för välfärdsjobben i socialtjänst och kommunal hälso- och sjukvård",
                        "Skapa klimat för lärande och innovation"))
                .body("goals[0].actions.number", contains(1, 2, 3, 4))
                .body("goals[1].actions.number", contains(5, 6))
                .body("goals[0].actions[0].title", equalTo("Bestämma sig, juridiska avvägningar och avtalssamverkan"))
                .body("goals[0].actions[0].measures.levels", contains(List.of("national"), List.of("national"),
                        List.of("national"), List.of("regional"), List.of("regional"), List.of("local"),
                        List.of("local"), List.of("local"), List.of("local")))
                .body("goals[0].actions[0].measures[5].text", equalTo("Lyfta frågan om minskad användning av "
                        + "kortsiktiga bemanningslösningar till kommunledning och berörd nämnd för beslut."))
                .body("goals[0].actions[2].measures[2].levels", contains("regional", "local"))
                .body("goals[0].actions[2].measures[2].text", equalTo("Bidra med lärande exempel."))
                .body("goals[2].actions", hasSize(0)).body("goals[2].measures", hasSize(10));
        given().when().get("/api/v1/recruitment-strategies").then().statusCode(200)
                .body("version", equalTo("2018")).body("items", hasSize(9))
                .body("items[0].nameSv", equalTo("Använd kompetens rätt"))
                .body("items[5].nameSv", equalTo("Använd tekniken & digitaliseringen"));
        given().when().get("/api/v1/strategies/nope").then().statusCode(404);
    }
}
