package se.kompetenslaget.municipality;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every response here is also validated against openapi.yaml (see ContractValidationCallback). */
@QuarkusTest
class MunicipalityResourceTest {

    @Test
    void shouldListAllMunicipalitiesInPagesWithTheTotal() {
        given().when().get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("totalItems", equalTo(290))
                .body("page", equalTo(1))
                .body("size", equalTo(50))
                .body("totalPages", equalTo(6))
                .body("items", hasSize(50));
        given().queryParam("page", 6).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items", hasSize(40));
        given().queryParam("page", 7).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items", empty()).body("totalItems", equalTo(290));
    }

    @Test
    void shouldListExactlyNorrbottensFourteenMunicipalitiesForCounty25() {
        List<String> codes = given().queryParam("county", "25").when().get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("totalItems", equalTo(14))
                .body("items.county.code", everyItem(equalTo("25")))
                .body("items.county.name", everyItem(equalTo("Norrbottens län")))
                .extract().jsonPath().getList("items.code", String.class);
        assertEquals(List.of("2506", "2505", "2582", "2523", "2583", "2510", "2514", "2584", "2580", "2521", "2581",
                "2560", "2513", "2518"), codes, "Norrbotten's municipalities in Swedish alphabetical order");
    }

    @Test
    void shouldFindMunicipalitiesIgnoringCaseAndDiacritics() {
        given().queryParam("q", "lulea").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.name", contains("Luleå"));
        given().queryParam("q", "OREBRO").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.name", hasItem("Örebro"));
        given().queryParam("q", "  göteb ").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.name", contains("Göteborg"));
        given().queryParam("q", "2580").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.code", contains("2580"));
    }

    @Test
    void shouldTreatLikeWildcardsInTheSearchAsPlainText() {
        given().queryParam("q", "%").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("totalItems", equalTo(0));
        given().queryParam("q", "_").when().get("/api/v1/municipalities")
                .then().statusCode(200).body("totalItems", equalTo(0));
    }

    @Test
    void shouldCombineCountyAndSearch() {
        given().queryParam("county", "25").queryParam("q", "ö").when().get("/api/v1/municipalities")
                .then().statusCode(200)
                .body("items.name", contains("Arjeplog", "Boden", "Jokkmokk", "Överkalix", "Övertorneå"));
    }

    @Test
    void shouldSortInSwedishAlphabeticalOrderAndByCodeOrCounty() {
        List<String> byNameDesc = given().queryParam("sort", "-name").queryParam("size", 3).when()
                .get("/api/v1/municipalities").then().statusCode(200).extract().jsonPath().getList("items.name");
        assertEquals(List.of("Övertorneå", "Överkalix", "Östra Göinge"), byNameDesc, "Swedish order: ö last, then v after s");
        given().queryParam("sort", "code").queryParam("size", 2).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.code", contains("0114", "0115"));
        given().queryParam("sort", "-code").queryParam("size", 1).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.code", contains("2584"));
        given().queryParam("sort", "-county").queryParam("size", 1).when().get("/api/v1/municipalities")
                .then().statusCode(200).body("items.county.code", contains("25")).body("items.name", contains("Arjeplog"));
    }

    @Test
    void shouldGetLuleaInNorrbotten() {
        given().when().get("/api/v1/municipalities/2580")
                .then().statusCode(200)
                .body("code", equalTo("2580"))
                .body("name", equalTo("Luleå"))
                .body("county.code", equalTo("25"))
                .body("county.name", equalTo("Norrbottens län"));
    }

    @Test
    void shouldKeepTheLeadingZeroOfCodes() {
        given().when().get("/api/v1/municipalities/0180")
                .then().statusCode(200).body("name", equalTo("Stockholm")).body("county.code", equalTo("01"));
    }

    @Test
    void shouldAnswerAnUnknownCodeWithANotFoundProblem() {
        given().when().get("/api/v1/municipalities/9999")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", equalTo("There is no municipality with code 9999."))
                .body("instance", equalTo("/api/v1/municipalities/9999"));
    }

    @Test
    void shouldRejectMalformedCodesWithABadRequestProblemNamingTheField() {
        for (String code : List.of("abc", "25801", "258")) {
            given().when().get("/api/v1/municipalities/" + code)
                    .then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("status", equalTo(400))
                    .body("violations.field", contains("code"))
                    .body("violations.in", contains("path"))
                    .body("violations.message", contains("must be a four-digit SCB municipality code, e.g. 2580"));
        }
    }

    @Test
    void shouldRejectBadPagingSortingAndFilterParameters() {
        assertViolation("page", "0", "page", "must be 1 or more");
        assertViolation("size", "0", "size", "must be 1 or more");
        assertViolation("size", "101", "size", "must be at most 100");
        assertViolation("sort", "population", "sort", "must be one of name, -name, code, -code, county, -county");
        assertViolation("county", "2", "county", "must be a two-digit SCB county code, e.g. 25");
        assertViolation("q", "x".repeat(101), "q", "must be at most 100 characters");
    }

    @Test
    void shouldRejectNonNumericPagingWithABadRequestProblem() {
        given().queryParam("page", "abc").when().get("/api/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", equalTo("The query parameter 'page' must be a whole number, not 'abc'."))
                .body("violations.field", contains("page"))
                .body("violations.in", contains("query"));
        given().queryParam("size", "1.5").when().get("/api/v1/municipalities")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400));
    }

    private static void assertViolation(String parameter, String value, String field, String message) {
        given().queryParam(parameter, value).when().get("/api/v1/municipalities")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("violations.field", contains(field))
                .body("violations.in", contains("query"))
                .body("violations.message", contains(message));
    }

    @Test
    void shouldGiveTheSameFilteredListAsCsv() {
        String csv = given().accept("text/csv").queryParam("county", "25").queryParam("dialect", "rfc4180")
                .when().get("/api/v1/municipalities")
                .then().statusCode(200)
                .contentType(startsWith("text/csv"))
                .header("Content-Disposition", containsString("kommuner.csv"))
                .header("X-Total-Count", "14")
                .extract().asString();
        List<String> lines = csv.lines().toList();
        assertEquals("code,name,county_code,county_name,population", lines.get(0));
        assertEquals(15, lines.size(), "header and 14 rows");
        assertEquals("2506,Arjeplog,25,Norrbottens län,", lines.get(1));

        // By default for a spreadsheet with Swedish settings: byte order mark, ';' between cells.
        String swedish = given().accept("text/csv").queryParam("county", "25").when().get("/api/v1/municipalities")
                .then().statusCode(200).extract().asString();
        assertTrue(swedish.startsWith("\uFEFFcode;name;county_code;county_name;population\r\n2506;Arjeplog;25;Norrbottens län;\r\n"),
                swedish);
        given().accept("text/csv").queryParam("dialect", "excel").when().get("/api/v1/municipalities").then()
                .statusCode(400).body("violations.field", contains("dialect"))
                .body("violations.message", contains("must be sv or rfc4180"));
    }

    @Test
    void shouldGiveEveryMunicipalityAsCsvRegardlessOfPageSize() {
        String csv = given().accept("text/csv").when().get("/api/v1/municipalities")
                .then().statusCode(200).header("X-Total-Count", "290").extract().asString();
        assertEquals(291, csv.lines().count());
    }

    @Test
    void shouldRefuseAMediaTypeItCannotProduce() {
        given().accept("application/xml").when().get("/api/v1/municipalities")
                .then().statusCode(406).contentType("application/problem+json").body("status", equalTo(406));
    }

    @Test
    void shouldLookUpCodesAndNamesIgnoringCaseAccentsAndSpace() {
        given().contentType("application/json")
                .body("{\"values\": [\"Luleå\", \"0180\", \" orebro \", \"Atlantis\", \"MALUNG-SALEN\"]}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(200)
                .body("matches.value", contains("Luleå", "0180", " orebro ", "MALUNG-SALEN"))
                .body("matches.municipality.code", contains("2580", "0180", "1880", "2023"))
                .body("unmatched", contains("Atlantis"));
    }

    @Test
    void shouldRejectAnInvalidLookupNamingEachField() {
        given().contentType("application/json").body("{\"values\": []}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem(startsWith("values")));
        given().contentType("application/json").body("{\"values\": [\"Luleå\", \" \"]}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).body("violations", hasSize(1));
        given().contentType("application/json").body("{}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).body("violations.field", hasItem(startsWith("values")));
    }

    @Test
    void shouldRejectMalformedJsonWithABadRequestProblem() {
        given().contentType("application/json").body("{\"values\": [\"Luleå\"")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).contentType("application/problem+json").body("status", equalTo(400))
                .body("detail", startsWith("The request body is not valid JSON (line 1, column "));
        given().contentType("application/json").body("{\"values\": [\"Luleå\"], \"extra\": 1}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("extra"));
        given().contentType("application/json").body("{\"values\": \"Luleå\"}")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).contentType("application/problem+json").body("field", equalTo("values")).body("detail", equalTo("The field 'values' does not have the expected type (a list)."));
    }

    @Test
    void shouldRejectAnUnsupportedMediaTypeWith415() {
        given().contentType("text/plain").body("Luleå")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(415).contentType("application/problem+json").body("status", equalTo(415));
    }
}
