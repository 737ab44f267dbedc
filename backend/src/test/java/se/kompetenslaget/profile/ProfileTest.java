package se.kompetenslaget.profile;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * The profiles of a municipality and a county and the publish step: an anonymous visitor sees what is published and
 * nothing else, through the profile or any other endpoint; publishing and withdrawing is audited and checked.
 */
@QuarkusTest
class ProfileTest {

    @Inject
    Fixtures fixtures;

    private String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("profile-admin", Role.ADMIN, null));
    }

    private void reportCosts(String municipality, int year, String hired, String own) {
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("year", year, "serviceArea", "aldre", "hiredCost", hired,
                        "ownCost", own))))
                .when().post("/api/v1/municipalities/" + municipality + "/cost-lines").then().statusCode(200);
    }

    private static JsonPath anonymousProfile(String municipality) {
        return given().when().get("/api/v1/municipalities/" + municipality + "/profile").then().statusCode(200)
                .extract().jsonPath();
    }

    /** The all-areas share of the year on the profile, or null when absent. */
    private static Object share(JsonPath profile, String field, int year) {
        return profile.get("shares[0].points.find { it.year == " + year + " }." + field);
    }

    @Test
    void shouldShowAnAnonymousVisitorOnlyThePublishedYears() {
        reportCosts("2584", 2071, "100", "900");
        reportCosts("2584", 2072, "50", "950");
        String editor = Fixtures.signIn(fixtures.createUser("kiruna-editor", Role.MUNICIPALITY_EDITOR, "2584"));

        JsonPath before = anonymousProfile("2584");
        assertEquals(true, before.getBoolean("restricted"));
        assertEquals("Kiruna", before.getString("name"));
        assertNull(share(before, "municipality", 2071));
        assertNull(share(before, "municipality", 2072));
        assertNull(before.get("decisions"));

        String id = given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("kind", "municipality_year", "municipalityCode", "2584", "year", 2072))
                .when().post("/api/v1/publications")
                .then().statusCode(201).header("Location", notNullValue()).body("municipalityName", equalTo("Kiruna"))
                .extract().path("id");

        JsonPath after = anonymousProfile("2584");
        assertEquals(5.0f, ((Number) share(after, "municipality", 2072)).floatValue());
        assertNull(share(after, "municipality", 2071));
        assertEquals(List.of(2072), after.getList("publishedYears"));
        // The county's and the country's figures of the year are theirs to publish: not yet.
        assertNull(share(after, "county", 2072));
        assertNull(share(after, "country", 2072));

        // Every other way to the figures still needs a grant.
        given().when().get("/api/v1/hired-staff-shares?year=2071&municipality=2584").then().statusCode(401);
        given().when().get("/api/v1/hired-staff-shares/municipalities?year=2071").then().statusCode(401);
        given().when().get("/api/v1/hired-staff-shares/series?fromYear=2071&toYear=2072").then().statusCode(401);
        given().when().get("/api/v1/municipalities/2584/cost-lines?year=2071").then().statusCode(401);
        given().when().get("/api/v1/municipalities/2584/targets").then().statusCode(401);
        given().when().get("/api/v1/municipalities/2584/decisions").then().statusCode(401);

        // A signed-in person reads every year, as the share endpoints allow.
        String analyst = Fixtures.signIn(fixtures.createUser("profile-analyst", Role.ANALYST, null));
        JsonPath full = given().cookie("kl_session", analyst).when().get("/api/v1/municipalities/2584/profile")
                .then().statusCode(200).extract().jsonPath();
        assertEquals(false, full.getBoolean("restricted"));
        assertEquals(10.0f, ((Number) share(full, "municipality", 2071)).floatValue());
        assertEquals(List.of(), full.getList("decisions"));

        // Audited, with who did it.
        given().cookie("kl_session", admin).when().get("/api/v1/audit-events?type=publication&municipality=2584")
                .then().statusCode(200).body("items.action", hasItem("publish"));

        given().cookie("kl_session", editor).when().delete("/api/v1/publications/" + id).then().statusCode(204);
        assertNull(share(anonymousProfile("2584"), "municipality", 2072));
        given().cookie("kl_session", admin).when().get("/api/v1/audit-events?type=publication&municipality=2584")
                .then().statusCode(200).body("items.action", hasItem("withdraw"));
        given().cookie("kl_session", editor).when().delete("/api/v1/publications/" + id).then().statusCode(404)
                .contentType("application/problem+json");
    }

    @Test
    void shouldLetOnlyThoseResponsiblePublishAndRefuseWhatIsNotValid() {
        String editor = Fixtures.signIn(fixtures.createUser("gallivare-editor", Role.MUNICIPALITY_EDITOR, "2523"));
        String other = Fixtures.signIn(fixtures.createUser("pajala-editor", Role.MUNICIPALITY_EDITOR, "2521"));
        String coordinator = Fixtures.signIn(fixtures.createUser("nb-coordinator", Role.COUNTY_COORDINATOR, "25"));
        Map<String, Object> gallivare = Map.of("kind", "municipality_year", "municipalityCode", "2523", "year", 2073);

        given().contentType(ContentType.JSON).body(gallivare).when().post("/api/v1/publications").then().statusCode(401);
        given().cookie("kl_session", other).contentType(ContentType.JSON).body(gallivare)
                .when().post("/api/v1/publications").then().statusCode(403).contentType("application/problem+json");
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON).body(gallivare)
                .when().post("/api/v1/publications").then().statusCode(403);
        given().cookie("kl_session", editor).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(Map.of("kind", "municipality_year", "municipalityCode", "2523"))
                .when().post("/api/v1/publications").then().statusCode(400)
                .body("violations.field", hasItem("year"))
                .body("detail", equalTo("Publiceringen är ogiltig; inget sparades."));
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("kind", "everything", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(400);
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("kind", "municipality_year", "municipalityCode", "9999", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(404);
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(gallivare)
                .when().post("/api/v1/publications").then().statusCode(201);
        given().cookie("kl_session", editor).header("Accept-Language", "sv").contentType(ContentType.JSON)
                .body(gallivare).when().post("/api/v1/publications").then().statusCode(409)
                .body("detail", equalTo("Detta är redan publicerat; inget ändrades."));
        // Nothing was stored from the refused requests.
        given().when().get("/api/v1/publications?municipality=2523").then().statusCode(200)
                .body("size()", equalTo(1));

        // A county's figures: its coordinator; the country's: administrators.
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "county_year", "countyCode", "25", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(201);
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "county_year", "countyCode", "01", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(403);
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "national_year", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(403);
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("kind", "national_year", "year", 2073))
                .when().post("/api/v1/publications").then().statusCode(201);
        reportCosts("2523", 2073, "30", "970");
        JsonPath profile = anonymousProfile("2523");
        assertEquals(3.0f, ((Number) share(profile, "municipality", 2073)).floatValue());
        assertEquals(true, share(profile, "county", 2073) != null);
        assertEquals(true, share(profile, "country", 2073) != null);
    }

    @Test
    void shouldShowThePublishedCampaignsMatrixRankingAndTheCountysCampaigns() {
        String coordinator = Fixtures.signIn(fixtures.createUser("matrix-coordinator", Role.COUNTY_COORDINATOR, "25"));
        String campaign = given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("title", "Kompetensmatris Norrbotten 2071", "ownerCountyCode", "25"))
                .when().post("/api/v1/campaigns").then().statusCode(201).extract().path("id");
        String questionnaire = given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("campaignId", campaign, "ownerCountyCode", "25"))
                .when().post("/api/v1/questionnaire-templates/norrbotten-competence-matrix/import")
                .then().statusCode(201).extract().path("id");
        given().cookie("kl_session", coordinator).when().post("/api/v1/questionnaires/" + questionnaire + "/open")
                .then().statusCode(200);
        List<Map<String, String>> links = given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("target", "municipalities", "municipalityCodes", List.of("2560", "2581")))
                .when().post("/api/v1/questionnaires/" + questionnaire + "/invitations")
                .then().statusCode(201).extract().path("invitations");
        for (Map<String, String> link : links) {
            List<String> named = link.get("municipalityCode").equals("2560")
                    ? List.of("underskoterska", "sjukskoterska") : List.of("underskoterska");
            Map<String, Object> answers = Map.of("competence_matrix", Map.of("rows", Map.of("aldre",
                    Map.of("brist", Map.of("professions", named)))));
            String etag = given().header("If-Match", "\"0\"").contentType(ContentType.JSON)
                    .body(Map.of("answers", answers)).when().patch("/api/v1/respond/" + link.get("token") + "/answers")
                    .then().statusCode(200).extract().header("ETag");
            given().header("If-Match", etag).contentType(ContentType.JSON).body(Map.of("answers", Map.of()))
                    .when().post("/api/v1/respond/" + link.get("token") + "/submit").then().statusCode(200);
        }

        // Not published: an anonymous visitor sees no survey, and the results endpoints need a grant.
        assertNull(anonymousProfile("2560").get("survey"));
        given().when().get("/api/v1/questionnaires/" + questionnaire + "/results").then().statusCode(401);
        // The coordinator may read the results: they are on the profile without publishing.
        given().cookie("kl_session", coordinator).when().get("/api/v1/municipalities/2560/profile")
                .then().statusCode(200).body("survey.questionnaireId", equalTo(questionnaire))
                .body("survey.published", equalTo(false));

        String publication = given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("kind", "campaign", "campaignId", campaign))
                .when().post("/api/v1/publications").then().statusCode(201).extract().path("id");
        JsonPath profile = anonymousProfile("2560");
        assertEquals(questionnaire, profile.getString("survey.questionnaireId"));
        assertEquals(true, profile.getBoolean("survey.published"));
        // Named by one municipality each: in catalogue order.
        assertEquals(List.of("sjukskoterska", "underskoterska"),
                profile.getList("survey.own.find { it.rowId == 'aldre' && it.columnId == 'brist' }.professions.code"));
        assertEquals(List.of(2, 1), profile.getList(
                "survey.county.find { it.rowId == 'aldre' && it.columnId == 'brist' }.professions.municipalities"));
        assertEquals(List.of(), profile.getList("survey.county.texts.flatten()"));

        // The county: its ranking for anyone; its campaigns only for its coordinators and administrators.
        JsonPath county = given().when().get("/api/v1/counties/25/profile").then().statusCode(200).extract().jsonPath();
        assertEquals(questionnaire, county.getString("survey.questionnaireId"));
        assertNull(county.get("campaigns"));
        assertEquals(14, county.getList("municipalities").size());
        given().cookie("kl_session", coordinator).when().get("/api/v1/counties/25/profile").then().statusCode(200)
                .body("campaigns.id", hasItem(campaign))
                .body("campaigns.find { it.id == '" + campaign + "' }.invitations.submitted", equalTo(2))
                .body("campaigns.find { it.id == '" + campaign + "' }.published", equalTo(true));

        // Only the campaign's managers withdraw it.
        String other = Fixtures.signIn(fixtures.createUser("ab-coordinator", Role.COUNTY_COORDINATOR, "01"));
        given().cookie("kl_session", other).when().delete("/api/v1/publications/" + publication).then().statusCode(403);
        given().cookie("kl_session", coordinator).when().delete("/api/v1/publications/" + publication)
                .then().statusCode(204);
        assertNull(anonymousProfile("2560").get("survey"));
    }

    @Test
    void shouldShowAdministratorsWhatNeedsAttention() {
        given().cookie("kl_session", admin).when().get("/api/v1/dashboard").then().statusCode(200)
                .body("municipalityCount", equalTo(290))
                .body("missingCostReports", notNullValue())
                .body("openQuestionnaires", notNullValue());
        String editor = Fixtures.signIn(fixtures.createUser("dash-editor", Role.MUNICIPALITY_EDITOR, "2580"));
        given().cookie("kl_session", editor).when().get("/api/v1/dashboard").then().statusCode(403);
        given().when().get("/api/v1/dashboard").then().statusCode(401);
        given().when().get("/api/v1/municipalities/0000/profile").then().statusCode(404);
        given().when().get("/api/v1/counties/99/profile").then().statusCode(404);
        given().when().get("/api/v1/counties/x/profile").then().statusCode(400);
        given().when().get("/api/v1/municipalities/2580/profile").then().statusCode(200)
                .body("survey", nullValue()).body("plans", nullValue()).body("code", not(equalTo("")));
    }
}
