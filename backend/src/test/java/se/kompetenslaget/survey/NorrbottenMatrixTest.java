package se.kompetenslaget.survey;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * The six written answers of section 3.3 of the Norrbotten report, entered through the API as matrix responses to the
 * imported Bilaga 2 template, give per-area rankings that agree with the report's tables. The expected rankings in
 * src/test/resources/norrbotten were counted by hand from the report, independently of the answers file.
 */
@QuarkusTest
class NorrbottenMatrixTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** Six Norrbotten municipalities stand in for the report's anonymised KOMMUN 1–6. */
    private static final List<String> MUNICIPALITIES = List.of("2505", "2506", "2510", "2513", "2514", "2518");

    @Inject
    Fixtures fixtures;

    record Ranked(String profession, int municipalities) {
    }

    @Test
    void shouldRankTheCompetencesPerAreaAsTheReportDoes() throws IOException {
        SurveyApi coordinator = new SurveyApi(Fixtures.signIn(fixtures.createUser("norrbotten", Role.COUNTY_COORDINATOR, "25")));
        String questionnaire = coordinator.importTemplate("norrbotten-competence-matrix", Map.of("ownerCountyCode", "25"));
        coordinator.open(questionnaire);
        Map<String, String> tokens = coordinator.invite(questionnaire,
                Map.of("target", "municipalities", "municipalityCodes", MUNICIPALITIES));
        JsonNode answers = read("section-3-3-answers.json");
        for (JsonNode written : answers) {
            String municipality = MUNICIPALITIES.get(written.get("kommun").asInt() - 1);
            Map<String, Object> given = JSON.convertValue(written.get("answers"), new TypeReference<>() { });
            // The contact is the invitation's, not an answer: it is given beside the answers.
            io.restassured.RestAssured.given().contentType(io.restassured.http.ContentType.JSON)
                    .body(Map.of("email", "kommun" + written.get("kommun").asInt() + "@example.se"))
                    .when().put("/api/v1/respond/" + tokens.get(municipality) + "/contact").then().statusCode(200);
            SurveyApi.answerAndSubmit(tokens.get(municipality), given);
        }

        JsonNode results = JSON.readTree(coordinator.get("/api/v1/questionnaires/" + questionnaire + "/results")
                .statusCode(200).extract().asString());
        assertEquals(6, results.get("respondents").asInt());
        // The contacts are on the invitation board, and in neither the results nor the export.
        coordinator.get("/api/v1/questionnaires/" + questionnaire + "/invitations").statusCode(200)
                .body("items.contact.email", org.hamcrest.Matchers.hasItem("kommun1@example.se"));
        org.junit.jupiter.api.Assertions.assertFalse(results.toString().contains("@example.se"));
        org.junit.jupiter.api.Assertions.assertFalse(coordinator.get("/api/v1/questionnaires/" + questionnaire
                + "/export?format=csv").statusCode(200).extract().asString().contains("@example.se"));
        JsonNode matrix = null;
        for (JsonNode question : results.get("questions")) {
            if (question.get("questionId").asText().equals("competence_matrix")) {
                matrix = question.get("matrix");
            }
        }
        JsonNode expected = read("expected-rankings.json");
        int compared = 0;
        List<String> differences = new ArrayList<>();
        for (var row : iterable(expected.get("rows"))) {
            for (var column : iterable(row.getValue())) {
                compared += compare(matrix, row.getKey(), null, column.getKey(), column.getValue(), differences);
            }
        }
        for (var row : iterable(expected.get("otherByLabel"))) {
            for (var column : iterable(row.getValue())) {
                compared += compare(matrix, null, row.getKey(), column.getKey(), column.getValue(), differences);
            }
        }
        assertEquals(List.of(), differences);
        assertTrue(compared >= 30, "compared only " + compared + " cells");

        // Spot checks straight from the report: äldre / brist has undersköterskor from all six, then vårdbiträden (3).
        List<Ranked> elderly = ranking(matrix, "aldre", null, "brist");
        assertEquals(new Ranked("underskoterska", 6), elderly.get(0));
        assertEquals(new Ranked("vardbitrade", 3), elderly.get(1));
        assertEquals(new Ranked("socionom", 3), ranking(matrix, "barn_unga", null, "brist").get(0));
    }

    private static int compare(JsonNode matrix, String rowId, String label, String column, JsonNode expected,
            List<String> differences) {
        List<Ranked> wanted = new ArrayList<>();
        expected.forEach(entry -> wanted.add(new Ranked(entry.get("profession").asText(), entry.get("municipalities").asInt())));
        List<Ranked> actual = ranking(matrix, rowId, label, column);
        // Within equal counts the report gives no order; compare by count, then code.
        Comparator<Ranked> order = Comparator.comparingInt((Ranked r) -> -r.municipalities()).thenComparing(Ranked::profession);
        List<Ranked> sortedActual = actual.stream().sorted(order).toList();
        for (int i = 1; i < actual.size(); i++) {
            if (actual.get(i).municipalities() > actual.get(i - 1).municipalities()) {
                differences.add((rowId != null ? rowId : label) + "/" + column + " is not in falling order: " + actual);
            }
        }
        if (!wanted.stream().sorted(order).toList().equals(sortedActual)) {
            differences.add((rowId != null ? rowId : label) + "/" + column + ": expected " + wanted + " but was " + actual);
        }
        return 1;
    }

    private static List<Ranked> ranking(JsonNode matrix, String rowId, String label, String column) {
        for (JsonNode cell : matrix) {
            boolean row = rowId != null ? cell.get("rowId").asText().equals(rowId)
                    : cell.get("rowLabel").get("sv").asText().equals(label);
            if (row && cell.get("columnId").asText().equals(column)) {
                List<Ranked> ranked = new ArrayList<>();
                cell.get("professions").forEach(p -> ranked.add(new Ranked(p.get("code").asText(), p.get("municipalities").asInt())));
                return ranked;
            }
        }
        return List.of();
    }

    private static Iterable<Map.Entry<String, JsonNode>> iterable(JsonNode node) {
        return node::fields;
    }

    private static JsonNode read(String file) throws IOException {
        try (InputStream in = NorrbottenMatrixTest.class.getResourceAsStream("/norrbotten/" + file)) {
            return JSON.readTree(in);
        }
    }
}
