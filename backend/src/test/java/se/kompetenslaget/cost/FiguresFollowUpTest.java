package se.kompetenslaget.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.common.Idempotency;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;

/**
 * What follows the cost lines: workforce figures, population and hired cost per inhabitant, the change against the
 * previous period, reading lines back with their history, and forgetting old Idempotency-Keys. Each test works in
 * years and municipalities of its own.
 */
@QuarkusTest
class FiguresFollowUpTest {

    @Inject
    Fixtures fixtures;

    @Inject
    Idempotency idempotency;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("figures-admin", Role.ADMIN, null));
    }

    private static Map<String, Object> costLine(int year, Integer month, String area, String hired, String own) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("year", year);
        if (month != null) {
            line.put("month", month);
        }
        line.put("serviceArea", area);
        line.put("hiredCost", new BigDecimal(hired));
        line.put("ownCost", new BigDecimal(own));
        return line;
    }

    private void reportCosts(String municipality, List<Map<String, Object>> lines) {
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("lines", lines))
                .when().post("/api/v1/municipalities/" + municipality + "/cost-lines").then().statusCode(200);
    }

    private static Map<String, Object> workforce(int year, String profession, Object... figures) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("year", year);
        line.put("profession", profession);
        for (int i = 0; i < figures.length; i += 2) {
            line.put((String) figures[i], figures[i + 1]);
        }
        return line;
    }

    @Test
    void shouldStoreWorkforceFiguresAllOrNothingOnceAndKeepTheirHistory() {
        String editor = Fixtures.signIn(fixtures.createUser("boden-editor", Role.MUNICIPALITY_EDITOR, "2582"));
        String hr = Fixtures.integrationToken(editor, "2582", List.of("workforce:write"));
        String payroll = Fixtures.integrationToken(editor, "2582", List.of("costs:write"));
        given().auth().oauth2(payroll).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(workforce(2040, "socialsekreterare", "employees", 1))))
                .when().post("/api/v1/municipalities/2582/workforce-figures").then().statusCode(403);
        List<Map<String, Object>> lines = List.of(
                workforce(2040, "socialsekreterare", "serviceArea", "barn_unga", "employees", 42, "fte", 39.5,
                        "retirements", 2, "newHires", 7, "leavers", 6, "sickLeavePercent", 6.8),
                workforce(2040, "sjukskoterska", "employees", 30));
        for (int i = 0; i < 3; i++) {
            given().auth().oauth2(hr).header("Idempotency-Key", "hr-2040").contentType(ContentType.JSON)
                    .body(Map.of("lines", lines)).when().post("/api/v1/municipalities/2582/workforce-figures").then()
                    .statusCode(200).body("created", equalTo(2));
        }
        assertEquals("2", TestDatabase.query("SELECT count(*) FROM workforce_figure WHERE year = 2040"));

        // One bad line (more retirements than leavers; an unknown profession) and nothing is stored.
        given().auth().oauth2(hr).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                workforce(2041, "socialsekreterare", "employees", 40),
                workforce(2041, "socialsekreterare", "serviceArea", "aldre", "retirements", 3, "leavers", 1),
                workforce(2041, "trollkarl", "employees", 1))))
                .when().post("/api/v1/municipalities/2582/workforce-figures").then().statusCode(400)
                .body("violations.field", contains("lines[1].leavers", "lines[2].profession"));
        assertEquals("0", TestDatabase.query("SELECT count(*) FROM workforce_figure WHERE year = 2041"));

        // A correction keeps the earlier version.
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("source", "manual", "lines",
                List.of(workforce(2040, "sjukskoterska", "employees", 31))))
                .when().post("/api/v1/municipalities/2582/workforce-figures").then().statusCode(200)
                .body("updated", equalTo(1));
        assertEquals("30", TestDatabase.query("SELECT employees FROM workforce_figure_history WHERE year = 2040"));

        given().cookie("kl_session", editor).when().get("/api/v1/municipalities/2582/workforce-figures?year=2040")
                .then().statusCode(200).body("totalItems", equalTo(2))
                .body("items.profession", contains("sjukskoterska", "socialsekreterare"))
                .body("items[0].employees", equalTo(31)).body("items[0].provenance.source", equalTo("manual"))
                .body("items[0].provenance.revision", equalTo(2))
                .body("items[1].sickLeavePercent", equalTo(6.8f)).body("items[1].provenance.source", equalTo("api"));
        // Another municipality's editor may not read them.
        String other = Fixtures.signIn(fixtures.createUser("pitea-editor", Role.MUNICIPALITY_EDITOR, "2581"));
        given().cookie("kl_session", other).when().get("/api/v1/municipalities/2582/workforce-figures")
                .then().statusCode(403);
    }

    @Test
    void shouldGiveHiredCostPerInhabitantFromImportedPopulation() {
        reportCosts("2583", List.of(costLine(2042, null, "aldre", "1000000", "9000000"),
                costLine(2042, null, "hsl", "234567", "1000000")));
        reportCosts("2584", List.of(costLine(2042, null, "aldre", "500000", "5000000")));
        String editor = Fixtures.signIn(fixtures.createUser("haparanda-editor", Role.MUNICIPALITY_EDITOR, "2583"));
        Map<String, Object> batch = Map.of("source", "file", "lines", List.of(
                Map.of("municipality", "2583", "year", 2042, "inhabitants", 9800),
                Map.of("municipality", "2584", "year", 2042, "inhabitants", 22000)));
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/population").then().statusCode(403);
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                Map.of("municipality", "9999", "year", 2042, "inhabitants", 1),
                Map.of("municipality", "2583", "year", 2042, "inhabitants", 0))))
                .when().post("/api/v1/population").then().statusCode(400)
                .body("violations.field", contains("lines[0].municipality", "lines[1].inhabitants"));
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(batch)
                .when().post("/api/v1/population").then().statusCode(200).body("created", equalTo(2));

        BigDecimal haparanda = new BigDecimal("1234567").divide(new BigDecimal("9800"), 2, RoundingMode.HALF_UP);
        BigDecimal both = new BigDecimal("1734567").divide(new BigDecimal("31800"), 2, RoundingMode.HALF_UP);
        given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares?year=2042&municipality=2583&municipality=2584").then().statusCode(200)
                .body("total.inhabitants", equalTo(31800))
                .body("total.hiredCostPerInhabitant", equalTo(both.floatValue()));
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares/municipalities?year=2042&county=25")
                .then().statusCode(200)
                .body("find { it.municipalityCode == '2583' }.hiredCostPerInhabitant", equalTo(haparanda.floatValue()))
                .body("find { it.municipalityCode == '2583' }.inhabitants", equalTo(9800));
        // Without the population of every municipality reporting, no figure per inhabitant.
        reportCosts("2510", List.of(costLine(2042, null, "aldre", "1", "1")));
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2042&county=25").then()
                .statusCode(200).body("total.hiredCostPerInhabitant", nullValue()).body("total.inhabitants", nullValue());

        // A correction keeps the earlier figure; the list tells where the figures came from.
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("lines", List.of(
                Map.of("municipality", "2583", "year", 2042, "inhabitants", 9700))))
                .when().post("/api/v1/population").then().statusCode(200).body("updated", equalTo(1));
        assertEquals("9800", TestDatabase.query("SELECT inhabitants FROM population_history WHERE year = 2042"));
        given().cookie("kl_session", editor).when().get("/api/v1/population?year=2042&county=25").then()
                .statusCode(200).body("items.municipalityCode", contains("2583", "2584"))
                .body("items[0].inhabitants", equalTo(9700)).body("items[0].provenance.revision", equalTo(2))
                .body("items[1].provenance.source", equalTo("file"));
    }

    @Test
    void shouldGiveTheChangeAgainstThePreviousPeriod() {
        reportCosts("2505", List.of(costLine(2043, null, "aldre", "30", "970"), costLine(2044, null, "aldre", "45", "955"),
                costLine(2044, null, "hsl", "10", "990"), costLine(2043, 12, "aldre", "5", "95"),
                costLine(2044, 1, "aldre", "2", "98")));
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2044&municipality=2505").then()
                .statusCode(200)
                .body("areas.find { it.serviceArea == 'aldre' }.previousShare", equalTo(3.0f))
                .body("areas.find { it.serviceArea == 'aldre' }.shareChange", equalTo(1.5f))
                .body("areas.find { it.serviceArea == 'aldre' }.hiredCostChange", equalTo(15.0f))
                // hsl has no previous year
                .body("areas.find { it.serviceArea == 'hsl' }.previousShare", nullValue())
                .body("total.previousShare", equalTo(3.0f)).body("total.share", equalTo(2.75f))
                .body("total.shareChange", equalTo(-0.25f));
        // January compares with December of the year before.
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2044&month=1&municipality=2505")
                .then().statusCode(200).body("total.share", equalTo(2.0f)).body("total.previousShare", equalTo(5.0f))
                .body("total.shareChange", equalTo(-3.0f));
        given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares/municipalities?year=2044&serviceArea=aldre&county=25").then()
                .statusCode(200).body("find { it.municipalityCode == '2505' }.shareChange", equalTo(1.5f));
        // A municipality's trend against its county and the country, as the dashboard reads it.
        given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares/series?fromYear=2043&toYear=2044&region=2505&region=0025&region=0000").then()
                .statusCode(200).body("municipality.unique()", contains("0000", "0025", "2505"))
                .body("findAll { it.municipality == '2505' && it.kpi == 'KL_HIRED_SHARE' }.value", contains(3.0f, 2.75f));
    }

    @Test
    void shouldListCostLinesWithWhereTheyCameFromAndTheirHistory() {
        String editor = Fixtures.signIn(fixtures.createUser("arjeplog-editor", Role.MUNICIPALITY_EDITOR, "2506"));
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("source", "manual", "lines",
                List.of(costLine(2045, null, "aldre", "100", "900"), costLine(2045, 3, "aldre", "10", "90"))))
                .when().post("/api/v1/municipalities/2506/cost-lines").then().statusCode(200);
        reportCosts("2506", List.of(costLine(2045, null, "aldre", "150", "850")));

        int id = given().cookie("kl_session", editor).when().get("/api/v1/municipalities/2506/cost-lines?year=2045")
                .then().statusCode(200).body("totalItems", equalTo(2)).body("items.month", contains(null, 3))
                .body("items[0].share", equalTo(15.0f)).body("items[0].provenance.revision", equalTo(2))
                .body("items[0].provenance.source", equalTo("api"))
                .body("items[1].provenance.source", equalTo("manual"))
                .extract().path("items[0].id");
        given().cookie("kl_session", editor).when().get("/api/v1/municipalities/2506/cost-lines/" + id + "/history")
                .then().statusCode(200).body("versions.hiredCost", contains(150.0f, 100.0f))
                .body("versions.provenance.revision", contains(2, 1))
                .body("versions.provenance.source", contains("api", "manual"));
        // Not through another municipality's path.
        given().cookie("kl_session", admin).when().get("/api/v1/municipalities/2505/cost-lines/" + id + "/history")
                .then().statusCode(404);
        given().cookie("kl_session", editor).when().get("/api/v1/municipalities/2506/cost-lines?serviceArea=nope")
                .then().statusCode(400).body("violations.field", hasItem("serviceArea"));
    }

    @Test
    void shouldForgetIdempotencyKeysAfterTheRetentionPeriod() {
        TestDatabase.query("""
                WITH kept AS (INSERT INTO idempotency_key (scope, key, request_hash, status, response, created_at)
                VALUES ('test', 'old', '\\x00', 200, '{}', now() - interval '8 days'),
                       ('test', 'new', '\\x00', 200, '{}', now() - interval '6 days') RETURNING 1)
                SELECT count(*) FROM kept""");
        idempotency.forgetOldKeys();
        assertEquals("new", TestDatabase.query("SELECT string_agg(key, ',') FROM idempotency_key WHERE scope = 'test'"));
    }
}
