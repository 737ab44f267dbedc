package se.kompetenslaget.cost;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.io.StringReader;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.SimultaneousRequests;
import se.kompetenslaget.support.TestDatabase;

/**
 * Reporting staffing-agency costs over the API as a payroll system would, and the hired-staff share computed from
 * them. Each test works in a year of its own, so the national figures hold only its lines.
 */
@QuarkusTest
class CostReportingTest {

    @Inject
    Fixtures fixtures;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("cost-admin", Role.ADMIN, null));
    }

    private static Map<String, Object> line(int year, String area, String hired, String own) {
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("year", year);
        line.put("serviceArea", area);
        line.put("hiredCost", new BigDecimal(hired));
        line.put("ownCost", new BigDecimal(own));
        return line;
    }

    private static ValidatableResponse post(String bearerOrNull, String session, String municipality, String key,
            List<Map<String, Object>> lines) {
        var request = given().contentType(ContentType.JSON).body(Map.of("lines", lines));
        if (session != null) {
            request.cookie("kl_session", session);
        }
        if (bearerOrNull != null) {
            request.auth().oauth2(bearerOrNull);
        }
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return request.when().post("/api/v1/municipalities/" + municipality + "/cost-lines").then();
    }

    private static int count(String where) {
        return Integer.parseInt(TestDatabase.query("SELECT count(*) FROM cost_line WHERE " + where));
    }

    @Test
    void shouldStoreABatchPostedThreeTimesWithTheSameKeyOnce() {
        String editor = Fixtures.signIn(fixtures.createUser("lulea-editor", Role.MUNICIPALITY_EDITOR, "2580"));
        String payroll = Fixtures.integrationToken(editor, "2580", List.of("costs:write"));
        List<Map<String, Object>> lines = List.of(line(2021, "barn_unga", "120000.50", "4000000"),
                line(2021, "aldre", "80000", "9000000"), line(2021, "hsl", "0", "7000000"));
        // Other test classes report for Luleå too (in other years): count this batch's audit entry alone.
        int auditedBefore = Integer.parseInt(TestDatabase.query(
                "SELECT count(*) FROM audit_event WHERE entity_type = 'cost_lines' AND municipality_code = '2580'"));

        post(payroll, null, "2580", "payroll-run-2021-1", lines).statusCode(200)
                .header("Idempotent-Replayed", nullValue())
                .body("received", equalTo(3)).body("created", equalTo(3)).body("updated", equalTo(0));
        for (int retry = 0; retry < 2; retry++) {
            post(payroll, null, "2580", "payroll-run-2021-1", lines).statusCode(200)
                    .header("Idempotent-Replayed", equalTo("true"))
                    .body("received", equalTo(3)).body("created", equalTo(3));
        }
        assertEquals(3, count("year = 2021 AND municipality_code = '2580'"));
        assertEquals("0", TestDatabase.query("SELECT count(*) FROM cost_line_history WHERE year = 2021"));
        assertEquals(String.valueOf(auditedBefore + 1), TestDatabase.query(
                "SELECT count(*) FROM audit_event WHERE entity_type = 'cost_lines' AND municipality_code = '2580'"));

        // The same key with another batch is refused, and changes nothing.
        post(payroll, null, "2580", "payroll-run-2021-1", List.of(line(2021, "barn_unga", "1", "1"))).statusCode(409);
        assertEquals("120000.50", TestDatabase.query(
                "SELECT hired_cost FROM cost_line WHERE year = 2021 AND service_area_code = 'barn_unga'"));

        // A new key corrects a line; its earlier version stays in the history.
        post(payroll, null, "2580", "payroll-run-2021-2", List.of(line(2021, "barn_unga", "130000", "4000000"),
                line(2021, "aldre", "80000", "9000000"))).statusCode(200)
                .body("created", equalTo(0)).body("updated", equalTo(1)).body("unchanged", equalTo(1));
        assertEquals("120000.50", TestDatabase.query(
                "SELECT hired_cost FROM cost_line_history WHERE year = 2021 AND service_area_code = 'barn_unga'"));
        assertEquals("2", TestDatabase.query(
                "SELECT revision FROM cost_line WHERE year = 2021 AND service_area_code = 'barn_unga'"));

        // Another municipality's costs are not this token's to report.
        post(payroll, null, "2581", null, lines).statusCode(403);
    }

    @Test
    void shouldStoreNothingFromABatchWithOneInvalidLineAndNameTheLine() {
        List<Map<String, Object>> lines = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            lines.add(line(2022, "aldre", "1000", "50000"));
            lines.get(i).put("month", i + 1);
        }
        lines.get(3).put("serviceArea", "no_such_area");
        lines.get(3).put("hiredCost", new BigDecimal("-5"));

        post(null, admin, "2582", "boden-1", lines).statusCode(400)
                .body("violations.field", contains("lines[3].serviceArea", "lines[3].hiredCost"))
                .body("violations.in", contains("body", "body"));
        assertEquals(0, count("year = 2022"));

        // Fixed, the same key stores it: a refused batch does not use up its key.
        lines.get(3).put("serviceArea", "aldre");
        lines.get(3).put("hiredCost", new BigDecimal("1000"));
        post(null, admin, "2582", "boden-1", lines).statusCode(200).body("created", equalTo(5));
        assertEquals(5, count("year = 2022 AND municipality_code = '2582'"));

        // Two lines with one natural key, and a third decimal of a krona, are named too.
        List<Map<String, Object>> twice = List.of(line(2022, "hsl", "1", "1"), line(2022, "hsl", "2", "2"),
                line(2022, "ledning", "1.005", "1"));
        post(null, admin, "2582", null, twice).statusCode(400)
                .body("violations.field", contains("lines[1]", "lines[2].hiredCost"));
    }

    @Test
    void shouldGiveTheStrategysShareAndWarnAboutAuthorityExerciseInChildAndYouthCare() {
        Map<String, Object> children = line(2016, "barn_unga", "3390000", "96610000");
        children.put("task", "authority");
        post(null, admin, "0180", null, List.of(children)).statusCode(200)
                .body("warnings.index", contains(0));

        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2016&municipality=0180")
                .then().statusCode(200)
                .body("areas[0].serviceArea", equalTo("barn_unga"))
                .body("areas[0].share", equalTo(3.39f))
                .body("total.share", equalTo(3.39f))
                .body("total.municipalitiesReporting", equalTo(1));
    }

    @Test
    void shouldSumCountiesAndTheCountryAsComputedIndependently() throws Exception {
        String[] municipalities = { "2580", "2581", "2582", "2584", "0180", "0181", "1280", "1480" };
        String[] areas = { "barn_unga", "aldre", "hsl" };
        Random random = new Random(2026);
        Map<String, BigDecimal[]> expected = new HashMap<>(); // "county|area" and "all|area" → {hired, own}
        for (String municipality : municipalities) {
            List<Map<String, Object>> lines = new ArrayList<>();
            for (String area : areas) {
                BigDecimal hired = BigDecimal.valueOf(random.nextInt(5_000_000), 2);
                BigDecimal own = BigDecimal.valueOf(50_000_000L + random.nextInt(50_000_000), 2);
                lines.add(line(2031, area, hired.toPlainString(), own.toPlainString()));
                for (String scope : List.of(municipality.substring(0, 2) + "|" + area, "all|" + area, "all|total",
                        municipality.substring(0, 2) + "|total")) {
                    BigDecimal[] sums = expected.computeIfAbsent(scope, s -> new BigDecimal[] { BigDecimal.ZERO, BigDecimal.ZERO });
                    sums[0] = sums[0].add(hired);
                    sums[1] = sums[1].add(own);
                }
            }
            post(null, admin, municipality, null, lines).statusCode(200);
        }
        for (String scope : List.of("25", "all")) {
            String query = scope.equals("all") ? "" : "&county=" + scope;
            var response = given().cookie("kl_session", admin).when()
                    .get("/api/v1/hired-staff-shares?year=2031" + query).then().statusCode(200)
                    .body("total.municipalitiesReporting", equalTo(scope.equals("all") ? 8 : 4));
            BigDecimal[] total = expected.get(scope + "|total");
            response.body("total.hiredCost", equalTo(total[0].floatValue()))
                    .body("total.ownCost", equalTo(total[1].floatValue()))
                    .body("total.share", equalTo(share(total).floatValue()));
            for (String area : areas) {
                BigDecimal[] sums = expected.get(scope + "|" + area);
                response.body("areas.find { it.serviceArea == '" + area + "' }.hiredCost", equalTo(sums[0].floatValue()))
                        .body("areas.find { it.serviceArea == '" + area + "' }.share", equalTo(share(sums).floatValue()));
            }
        }
        // The same figures as KPI values, for Kolada tooling: the county as 0025, the country as 0000.
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares/series?fromYear=2031&toYear=2031")
                .then().statusCode(200)
                .body("find { it.kpi == 'KL_HIRED_SHARE' && it.municipality == '0025' }.value",
                        equalTo(share(expected.get("25|total")).floatValue()))
                .body("find { it.kpi == 'KL_HIRED_SHARE' && it.municipality == '0000' }.value",
                        equalTo(share(expected.get("all|total")).floatValue()))
                .body("find { it.kpi == 'KL_HIRED_SHARE_ALDRE' && it.municipality == '0000' }.value",
                        equalTo(share(expected.get("all|aldre")).floatValue()));
        String csv = given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares/series?fromYear=2031&toYear=2031&county=25&format=csv")
                .then().statusCode(200).extract().asString();
        assertEquals("\uFEFFkpi;municipality;period;value", csv.lines().findFirst().orElseThrow());
        assertEquals(1 + 5 * 4, csv.lines().count()); // 4 municipalities and the county, total and 3 areas
        // Opened as a spreadsheet with Swedish settings opens it: ';' between cells, decimal comma, numbers as
        // numbers equal to the JSON values.
        List<Map<String, Object>> json = given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares/series?fromYear=2031&toYear=2031&county=25").then().statusCode(200)
                .extract().jsonPath().getList("$");
        NumberFormat swedish = NumberFormat.getInstance(Locale.forLanguageTag("sv-SE"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(csv.substring(1))).getRecords();
        assertEquals(json.size(), records.size());
        int decimals = 0;
        for (CSVRecord record : records) {
            Map<String, Object> value = json.stream().filter(v -> v.get("kpi").equals(record.get("kpi"))
                    && v.get("municipality").equals(record.get("municipality"))).findFirst().orElseThrow();
            assertEquals(2031, swedish.parse(record.get("period")).intValue());
            assertEquals(new BigDecimal(value.get("value").toString()).doubleValue(),
                    swedish.parse(record.get("value")).doubleValue(), 1e-9, record.toString());
            decimals += record.get("value").contains(",") ? 1 : 0;
            assertTrue(!record.get("value").contains("."), record.toString());
        }
        assertTrue(decimals > 0, csv);
    }

    @Test
    void shouldRoundAFloatingPointArtefactButRefuseRealExtraPrecision() {
        String artefact = "{\"lines\": [{\"year\": 2037, \"serviceArea\": \"aldre\", "
                + "\"hiredCost\": 0.30000000000000004, \"ownCost\": \"1234.50\"}]}";
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(artefact)
                .when().post("/api/v1/municipalities/2505/cost-lines").then().statusCode(200);
        assertEquals("0.30", TestDatabase.query(
                "SELECT hired_cost FROM cost_line WHERE year = 2037 AND municipality_code = '2505'"));
        assertEquals("1234.50", TestDatabase.query(
                "SELECT own_cost FROM cost_line WHERE year = 2037 AND municipality_code = '2505'"));

        String precise = "{\"lines\": [{\"year\": 2037, \"serviceArea\": \"hsl\", "
                + "\"hiredCost\": 0.125, \"ownCost\": \"10.001\"}]}";
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(precise)
                .when().post("/api/v1/municipalities/2505/cost-lines").then().statusCode(400)
                .body("violations.field", contains("lines[0].hiredCost", "lines[0].ownCost"))
                .body("violations[0].message", equalTo("must be 0 or more SEK, with at most two decimals"));
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body("{\"lines\": [{\"year\": 2037, \"serviceArea\": \"hsl\", \"hiredCost\": \"tio\", \"ownCost\": 1}]}")
                .when().post("/api/v1/municipalities/2505/cost-lines").then().statusCode(400);
        assertEquals("1", TestDatabase.query("SELECT count(*) FROM cost_line WHERE year = 2037"));
    }

    @Test
    void shouldListEachMunicipalitysShareForTheMapAndKeepTheSource() {
        var request = given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("source", "file",
                "lines", List.of(line(2032, "aldre", "250", "750"), line(2032, "hsl", "0", "1000"))));
        request.when().post("/api/v1/municipalities/2584/cost-lines").then().statusCode(200);
        post(null, admin, "0180", null, List.of(line(2032, "aldre", "100", "900"))).statusCode(200);
        assertEquals("file", TestDatabase.query(
                "SELECT DISTINCT source FROM cost_line WHERE year = 2032 AND municipality_code = '2584'"));

        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares/municipalities?year=2032")
                .then().statusCode(200)
                .body("municipalityCode", contains("0180", "2584"))
                .body("municipalityName", contains("Stockholm", "Kiruna"))
                .body("share", contains(10.0f, 12.5f));
        given().cookie("kl_session", admin).when()
                .get("/api/v1/hired-staff-shares/municipalities?year=2032&serviceArea=aldre&county=25")
                .then().statusCode(200)
                .body("municipalityCode", contains("2584")).body("share", contains(25.0f));
    }

    @Test
    void shouldCountTheMostCompleteLinesOfAPeriod() {
        Map<String, Object> january = line(2033, "barn_unga", "50", "50");
        january.put("month", 1);
        Map<String, Object> february = line(2033, "barn_unga", "0", "100");
        february.put("month", 2);
        Map<String, Object> socionomer = line(2033, "barn_unga", "1", "1");
        socionomer.put("profession", "socionom");
        Map<String, Object> elderlyJanuary = line(2033, "aldre", "10", "90");
        elderlyJanuary.put("month", 1);
        Map<String, Object> elderlyFebruary = line(2033, "aldre", "30", "70");
        elderlyFebruary.put("month", 2);
        post(null, admin, "1480", null, List.of(line(2033, "barn_unga", "100", "900"), january, february, socionomer,
                elderlyJanuary, elderlyFebruary)).statusCode(200).body("created", equalTo(6));

        // The year: the whole-year line of barn_unga, not its months or professions; the months of aldre, summed.
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2033&municipality=1480")
                .then().statusCode(200)
                .body("areas.find { it.serviceArea == 'barn_unga' }.share", equalTo(10.0f))
                .body("areas.find { it.serviceArea == 'aldre' }.share", equalTo(20.0f))
                .body("total.hiredCost", equalTo(140.0f)).body("total.ownCost", equalTo(1060.0f));
        // One month: that month's lines only.
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2033&month=1&municipality=1480")
                .then().statusCode(200)
                .body("areas.find { it.serviceArea == 'barn_unga' }.share", equalTo(50.0f))
                .body("areas.find { it.serviceArea == 'aldre' }.share", equalTo(10.0f));
        // A correction moves the year's figures at once.
        post(null, admin, "1480", null, List.of(line(2033, "barn_unga", "300", "700"))).statusCode(200)
                .body("updated", equalTo(1));
        given().cookie("kl_session", admin).when().get("/api/v1/hired-staff-shares?year=2033&municipality=1480")
                .then().statusCode(200).body("areas.find { it.serviceArea == 'barn_unga' }.share", equalTo(30.0f));
    }

    @Test
    void shouldLetExactlyOneOfTwentySimultaneousTargetChangesWin() {
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2039, "maxShare", 5)).when().put("/api/v1/municipalities/1281/targets").then()
                .statusCode(200).header("ETag", "\"1\"").body("revision", equalTo(1));

        List<Response> responses = SimultaneousRequests.send(20, i -> given().cookie("kl_session", admin)
                .header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2039, "maxShare", new BigDecimal("4." + (10 + i))))
                .when().put("/api/v1/municipalities/1281/targets").andReturn());

        assertEquals(1, SimultaneousRequests.count(responses, 200), responses.stream().map(Response::statusCode).toList()::toString);
        assertEquals(19, SimultaneousRequests.count(responses, 412));
        float winner = responses.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow().path("maxShare");
        given().cookie("kl_session", admin).when().get("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("find { it.year == 2039 }.maxShare", equalTo(winner))
                .body("find { it.year == 2039 }.revision", equalTo(2));
        // Set again as if new, on a stale revision, or without If-Match: refused, and nothing changes.
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2039, "maxShare", 9)).when().put("/api/v1/municipalities/1281/targets").then()
                .statusCode(412).body("currentRevision", equalTo(2)).body("changed", contains("maxShare"));
        given().cookie("kl_session", admin).header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2039, "maxShare", 9)).when().put("/api/v1/municipalities/1281/targets").then()
                .statusCode(412).body("currentRevision", equalTo(2));
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("year", 2039, "maxShare", 9)).when().put("/api/v1/municipalities/1281/targets").then()
                .statusCode(428);
        given().cookie("kl_session", admin).when().get("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("find { it.year == 2039 }.maxShare", equalTo(winner));
    }

    @Test
    void shouldTellWhetherATargetIsMetOnTrackOrOffTrack() {
        // Total shares 4 %, 3 % and 2.5 % in 2034–2036; barn_unga only in 2036 at 2.5 %.
        post(null, admin, "1281", null, List.of(line(2034, "aldre", "40", "960"), line(2035, "aldre", "30", "970"),
                line(2036, "barn_unga", "25", "975"))).statusCode(200);
        var put = given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON);
        put.body(Map.of("year", 2037, "maxShare", 1.5)).when().put("/api/v1/municipalities/1281/targets").then()
                .statusCode(200).body("latestYear", equalTo(2036)).body("latestShare", equalTo(2.5f))
                .body("gap", equalTo(1.0f)).body("trend", equalTo(-0.75f)).body("status", equalTo("off_track"));
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2038, "maxShare", 1.5))
                .when().put("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("status", equalTo("on_track"));
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2036, "maxShare", 3, "serviceArea", "barn_unga"))
                .when().put("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("status", equalTo("met")).body("trend", nullValue());
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2036, "maxShare", 1, "serviceArea", "hsl"))
                .when().put("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("status", equalTo("no_data"));
        given().cookie("kl_session", admin).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2036, "maxShare", 101))
                .when().put("/api/v1/municipalities/1281/targets").then().statusCode(400)
                .body("violations.field", contains("maxShare"));

        given().cookie("kl_session", admin).when().get("/api/v1/municipalities/1281/targets").then().statusCode(200)
                .body("year", contains(2036, 2036, 2037, 2038))
                .body("status", contains("met", "no_data", "off_track", "on_track"));
    }

    private static BigDecimal share(BigDecimal[] sums) {
        return sums[0].multiply(BigDecimal.valueOf(100)).divide(sums[0].add(sums[1]), 2, RoundingMode.HALF_UP);
    }
}
