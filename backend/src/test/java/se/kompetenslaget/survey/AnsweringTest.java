package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasKey;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;

/** Answering through a respondent link: drafts with If-Match, conflicts, submit, reopen, versions, prefill, exports. */
@QuarkusTest
class AnsweringTest {

    @Inject
    Fixtures fixtures;

    SurveyApi admin;
    String adminSession;

    @BeforeEach
    void signIn() {
        adminSession = Fixtures.signIn(fixtures.createUser("answering-admin", Role.ADMIN, null));
        admin = new SurveyApi(adminSession);
    }

    private String openQuestionnaire() {
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Inhyrd personal", null));
        admin.open(id);
        return id;
    }

    @Test
    void shouldKeepTheDraftAndRefuseAStaleSaveNamingWhatChanged() {
        String id = openQuestionnaire();
        String token = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", List.of("2580"))).get("2580");

        given().when().get("/api/v1/respond/" + token).then().statusCode(200)
                .header("ETag", "\"0\"").body("status", equalTo("not_started")).body("municipality.name", equalTo("Luleå"));
        // Without If-Match nothing is saved.
        given().contentType(ContentType.JSON).body(Map.of("answers", Map.of("hired_children_authority", true)))
                .when().patch("/api/v1/respond/" + token + "/answers").then().statusCode(428);
        SurveyApi.save(token, "\"0\"", Map.of("hired_children_authority", true)).statusCode(200).header("ETag", "\"1\"");
        // Tab A (revision 1) saves the cost; tab B, still on revision 1, tries to save too.
        SurveyApi.save(token, "\"1\"", Map.of("cost_2016", 250000)).statusCode(200).header("ETag", "\"2\"");
        SurveyApi.save(token, "\"1\"", Map.of("cost_2016", 1)).statusCode(412)
                .body("currentRevision", equalTo(2)).body("changed", contains("cost_2016"));
        // A wrong answer is refused as a whole, naming the question, and nothing of it is stored.
        SurveyApi.save(token, "\"2\"", Map.of("hired_children_authority", false, "cost_2016", "mycket"))
                .statusCode(400).body("violations.field", contains("answers.cost_2016"));
        SurveyApi.save(token, "\"2\"", Map.of("no_such_question", 1)).statusCode(400)
                .body("violations.field", contains("answers.no_such_question"));
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"2\"")
                .body("status", equalTo("started"))
                .body("answers.hired_children_authority", equalTo(true)).body("answers.cost_2016", equalTo(250000));
    }

    @Test
    void shouldChangeOnlyTheAnswersASaveNamesAndRefuseSavesOnceSubmittedRevokedOrClosed() {
        String id = openQuestionnaire();
        Map<String, String> tokens = admin.invite(id, Map.of("target", "municipalities",
                "municipalityCodes", List.of("2581", "2582", "2583")));
        String token = tokens.get("2581");
        SurveyApi.save(token, "\"0\"", Map.of("hired_children_authority", true, "cost_2016", 100)).statusCode(200);
        // Later saves name one answer each: the other stays; null clears one.
        SurveyApi.save(token, "\"1\"", Map.of("cost_2016", 200)).statusCode(200).header("ETag", "\"2\"");
        java.util.Map<String, Object> clear = new java.util.HashMap<>();
        clear.put("cost_2016", null);
        SurveyApi.save(token, "\"2\"", clear).statusCode(200).header("ETag", "\"3\"");
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"3\"")
                .body("answers.hired_children_authority", equalTo(true)).body("answers", not(hasKey("cost_2016")));
        // A stale save still learns which question changed after its revision.
        SurveyApi.save(token, "\"1\"", Map.of("hired_children_authority", false)).statusCode(412)
                .body("currentRevision", equalTo(3)).body("changed", contains("cost_2016"));
        // No: the cost is no longer asked, and the answers can be submitted; after that no save is taken.
        SurveyApi.save(token, "\"3\"", Map.of("hired_children_authority", false)).statusCode(200);
        SurveyApi.submit(token, "\"4\"").statusCode(200).header("ETag", "\"5\"");
        SurveyApi.save(token, "\"5\"", Map.of("hired_children_authority", true)).statusCode(409);

        String revoked = tokens.get("2582");
        SurveyApi.save(revoked, "\"0\"", Map.of("hired_children_authority", true)).statusCode(200);
        List<Map<String, Object>> items = admin.get("/api/v1/questionnaires/" + id + "/invitations").statusCode(200)
                .extract().path("items");
        String invitation = (String) items.stream().filter(i -> "2582".equals(i.get("municipalityCode")))
                .findFirst().orElseThrow().get("id");
        given().cookie("kl_session", adminSession).when().post("/api/v1/invitations/" + invitation + "/revoke")
                .then().statusCode(200);
        SurveyApi.save(revoked, "\"1\"", Map.of("hired_children_authority", false)).statusCode(404);

        String closed = tokens.get("2583");
        SurveyApi.save(closed, "\"0\"", Map.of("hired_children_authority", true)).statusCode(200);
        given().cookie("kl_session", adminSession).when().post("/api/v1/questionnaires/" + id + "/close")
                .then().statusCode(200);
        SurveyApi.save(closed, "\"1\"", Map.of("hired_children_authority", false)).statusCode(409);
        assertEquals("true", TestDatabase.query("SELECT answers->>'hired_children_authority' FROM survey_response r "
                + "JOIN invitation i ON i.id = r.invitation_id WHERE i.questionnaire_id = '" + id
                + "' AND i.municipality_code = '2583'"));
    }

    @Test
    void shouldCheckEveryRequiredAnswerOnSubmitAndThenBeReadOnlyUntilReopened() {
        String id = openQuestionnaire();
        Map<String, String> tokens = admin.invite(id, Map.of("target", "county", "countyCode", "25"));
        assertEquals(14, tokens.size());
        String token = tokens.get("2580");
        SurveyApi.save(token, "\"0\"", Map.of("hired_children_authority", true)).statusCode(200);
        // The cost is required once "yes" shows it. The body is optional (nothing sent along): the stored answers are
        // checked, not refused as a missing body.
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON).when().post("/api/v1/respond/" + token + "/submit")
                .then().statusCode(400).body("violations.field", contains("answers.cost_2016"))
                .body("violations.message", contains("an answer is required"));
        SurveyApi.save(token, "\"1\"", Map.of("cost_2016", 100000)).statusCode(200);
        // A wrong answer sent with the submission stores nothing.
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON).body(Map.of("answers", Map.of("cost_2016", -5)))
                .when().post("/api/v1/respond/" + token + "/submit").then().statusCode(400)
                .body("violations.field", contains("answers.cost_2016"));
        given().when().get("/api/v1/respond/" + token).then().body("answers.cost_2016", equalTo(100000))
                .body("status", equalTo("started"));
        // Saving and submitting in one request, as a script may.
        given().header("If-Match", "\"2\"").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("cost_2016", 110000)))
                .when().post("/api/v1/respond/" + token + "/submit").then().statusCode(200)
                .body("status", equalTo("submitted")).body("revision", equalTo(3));
        SurveyApi.save(token, "\"3\"", Map.of("cost_2016", 1)).statusCode(409);

        String invitation = admin.get("/api/v1/questionnaires/" + id + "/invitations?status=submitted").statusCode(200)
                .body("totalItems", equalTo(1)).extract().path("items[0].id");
        given().cookie("kl_session", adminSession).contentType(ContentType.JSON).body(Map.of("reason", " "))
                .when().post("/api/v1/invitations/" + invitation + "/reopen").then().statusCode(400);
        given().cookie("kl_session", adminSession).contentType(ContentType.JSON)
                .body(Map.of("reason", "Fel kostnad enligt ekonomichefen"))
                .when().post("/api/v1/invitations/" + invitation + "/reopen").then().statusCode(200)
                .body("status", equalTo("started")).body("reopenReason", equalTo("Fel kostnad enligt ekonomichefen"));
        admin.get("/api/v1/audit-events?action=reopen&type=survey_response").statusCode(200)
                .body("items[0].changes.reason.after", equalTo("Fel kostnad enligt ekonomichefen"));
        SurveyApi.save(token, "\"4\"", Map.of("cost_2016", 120000)).statusCode(200);
        SurveyApi.submit(token, "\"5\"").statusCode(200);

        // The reminder list: the 13 others, as CSV for a Swedish spreadsheet, the status in words.
        admin.get("/api/v1/questionnaires/" + id + "/invitations?notSubmitted=true").statusCode(200)
                .body("totalItems", equalTo(13));
        byte[] csv = given().cookie("kl_session", adminSession).accept("text/csv").header("Accept-Language", "sv-SE")
                .when().get("/api/v1/questionnaires/" + id + "/invitations?notSubmitted=true")
                .then().statusCode(200).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFkommunkod;kommun;länskod;status;senast_sparad;inskickad\r\n"), text);
        assertEquals(14, text.split("\r\n").length);
        assertTrue(text.contains("\r\n2584;Kiruna;25;Ej påbörjad;;\r\n"), text);
        assertTrue(!text.contains("not_started") && !text.contains("Not started"), text);
        // In English and RFC 4180 for a program.
        String english = given().cookie("kl_session", adminSession).accept("text/csv").header("Accept-Language", "en")
                .when().get("/api/v1/questionnaires/" + id + "/invitations?notSubmitted=true&dialect=rfc4180")
                .then().statusCode(200).extract().asString();
        assertTrue(english.startsWith("kommunkod,kommun,länskod,status,senast_sparad,inskickad\r\n"), english);
        assertTrue(english.contains("\r\n2584,Kiruna,25,Not started,,\r\n"), english);
    }

    @Test
    void shouldKeepAnswersOnTheirVersionWhenAnOpenQuestionnaireChanges() {
        String id = openQuestionnaire();
        Map<String, String> tokens = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes",
                List.of("0180", "1480")));
        SurveyApi.save(tokens.get("0180"), "\"0\"", Map.of("hired_children_authority", false)).statusCode(200);

        Map<String, Object> changed = new java.util.HashMap<>(SurveyApi.hiredStaffQuestionnaire("Inhyrd personal", null));
        Map<String, Object> extra = Map.of("id", "comment", "type", "text", "text", Map.of("sv", "Kommentar"));
        Map<String, Object> definition = Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Inhyrd"),
                "questions", List.of(Map.of("id", "hired_children_authority", "type", "yes_no", "required", true,
                        "text", Map.of("sv", "Har kommunen anlitat inhyrd personal?")), extra))));
        changed.put("definition", definition);
        String etag = given().cookie("kl_session", adminSession).when().get("/api/v1/questionnaires/" + id)
                .then().statusCode(200).extract().header("ETag");
        given().cookie("kl_session", adminSession).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/questionnaires/" + id).then().statusCode(200)
                .body("currentVersion", equalTo(2)).body("versions.version", contains(1, 2))
                .body("versions[0].responses", equalTo(1));
        // The same stale ETag again is refused.
        given().cookie("kl_session", adminSession).header("If-Match", etag).contentType(ContentType.JSON).body(changed)
                .when().put("/api/v1/questionnaires/" + id).then().statusCode(412);

        given().when().get("/api/v1/respond/" + tokens.get("0180")).then().statusCode(200).body("version", equalTo(1));
        given().when().get("/api/v1/respond/" + tokens.get("1480")).then().statusCode(200).body("version", equalTo(2))
                .body("definition.sections[0].questions.id", hasItem("comment"));
        // Version 1 has no comment question: an answer to it is refused there.
        SurveyApi.save(tokens.get("0180"), "\"1\"", Map.of("comment", "hej")).statusCode(400);
    }

    @Test
    void shouldPrefillAFollowUpFromTheMunicipalitysEarlierAnswer() {
        String first = openQuestionnaire();
        String token = admin.invite(first, Map.of("target", "municipalities", "municipalityCodes", List.of("1280"))).get("1280");
        SurveyApi.answerAndSubmit(token, Map.of("hired_children_authority", true, "cost_2016", 840000));

        Map<String, Object> followUp = Map.of("title", Map.of("sv", "Fördjupning"), "prefillSourceId", first,
                "definition", Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Fördjupning"),
                        "questions", List.of(Map.of("id", "cost_before", "type", "number", "prefillFrom", "cost_2016",
                                "text", Map.of("sv", "Kostnad 2016 enligt förra enkäten"),
                                "number", Map.of("unit", "sek")), Map.of("id", "hired_2017", "type", "number",
                                "text", Map.of("sv", "Antal inhyrda socialsekreterare 2017"),
                                "number", Map.of("unit", "persons")))))));
        String second = admin.createQuestionnaire(followUp);
        admin.open(second);
        // "equals" is the rule's 1.x name for equalTo, still read.
        String next = admin.invite(second, Map.of("target", "follow_up", "followUp", Map.of("questionnaireId", first,
                "questionId", "hired_children_authority", "equals", true))).get("1280");
        given().when().get("/api/v1/respond/" + next).then().statusCode(200)
                .body("answers.cost_before", equalTo(840000)).body("prefilled", contains("cost_before"));
        SurveyApi.save(next, "\"0\"", Map.of("hired_2017", 3)).statusCode(200);
        given().when().get("/api/v1/respond/" + next).then().statusCode(200)
                .body("answers.cost_before", equalTo(840000)).body("answers.hired_2017", equalTo(3));
    }

    @Test
    void shouldStopALinkThatIsReissuedRevokedOrClosed() {
        String id = openQuestionnaire();
        Map<String, String> tokens = admin.invite(id, Map.of("target", "municipalities",
                "municipalityCodes", List.of("0114", "0115")));
        List<Map<String, Object>> items = admin.get("/api/v1/questionnaires/" + id + "/invitations").statusCode(200)
                .extract().path("items");
        String first = (String) items.get(0).get("id");
        String second = (String) items.get(1).get("id");
        String fresh = given().cookie("kl_session", adminSession).when().post("/api/v1/invitations/" + first + "/link")
                .then().statusCode(200).extract().path("token");
        given().when().get("/api/v1/respond/" + tokens.get("0114")).then().statusCode(404);
        given().when().get("/api/v1/respond/" + fresh).then().statusCode(200);
        given().cookie("kl_session", adminSession).when().post("/api/v1/invitations/" + second + "/revoke")
                .then().statusCode(200).body("status", equalTo("revoked"));
        given().when().get("/api/v1/respond/" + tokens.get("0115")).then().statusCode(404);
        admin.get("/api/v1/questionnaires/" + id + "/response-rates").statusCode(200).body("total.invited", equalTo(1));
        given().cookie("kl_session", adminSession).when().post("/api/v1/questionnaires/" + id + "/close")
                .then().statusCode(200).body("status", equalTo("closed"));
        SurveyApi.save(fresh, "\"0\"", Map.of("hired_children_authority", true)).statusCode(409);
        given().when().get("/api/v1/respond/" + fresh).then().statusCode(404);
        given().when().get("/api/v1/respond/kls_" + "x".repeat(43)).then().statusCode(404);
        // No link value is kept in the database, only its hash.
        assertEquals("0", TestDatabase.query("SELECT count(*) FROM invitation WHERE link_hash = '" + fresh + "'"));
    }

    @Test
    void shouldLetACoordinatorRunOnlyTheirCountysSurveys() {
        String coordinator = Fixtures.signIn(fixtures.createUser("coordinator-ac", Role.COUNTY_COORDINATOR, "25"));
        SurveyApi county = new SurveyApi(coordinator);
        String own = county.importTemplate("norrbotten-interview", Map.of("ownerCountyCode", "25"));
        county.open(own);
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("target", "municipalities", "municipalityCodes", List.of("0180")))
                .when().post("/api/v1/questionnaires/" + own + "/invitations").then().statusCode(400)
                .body("violations[0].message", org.hamcrest.Matchers.containsString("outside county 25"));
        given().cookie("kl_session", coordinator).contentType(ContentType.JSON)
                .body(Map.of("title", Map.of("sv", "Nationell"), "definition", Map.of("sections", List.of())))
                .when().post("/api/v1/questionnaires").then().statusCode(403);
        String national = openQuestionnaire();
        given().cookie("kl_session", coordinator).when().post("/api/v1/questionnaires/" + national + "/close")
                .then().statusCode(403);
        // They read the national questionnaire's invitations of their own county only.
        admin.invite(national, Map.of("target", "all"));
        county.get("/api/v1/questionnaires/" + national + "/invitations").statusCode(200).body("totalItems", equalTo(14));
        county.get("/api/v1/questionnaires/" + national + "/response-rates").statusCode(200)
                .body("total.invited", equalTo(14)).body("byCounty.countyCode", contains("25"));
    }

    @Test
    void shouldReadA1xShowIfEqualsAndAnswerItAsEqualTo() {
        Map<String, Object> body = SurveyApi.hiredStaffQuestionnaire("Gammal klient", null);
        String legacy = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(body).toString()
                .replace("\"equalTo\"", "\"equals\"");
        String id = given().cookie("kl_session", adminSession).contentType(ContentType.JSON).body(legacy)
                .when().post("/api/v1/questionnaires").then().statusCode(201).extract().path("id");
        given().cookie("kl_session", adminSession).when().get("/api/v1/questionnaires/" + id).then().statusCode(200)
                .body("definition.sections[0].questions[1].showIf.equalTo", equalTo(true))
                .body("definition.sections[0].questions[1].showIf", not(hasKey("equals")));
        assertEquals("0", TestDatabase.query("SELECT count(*) FROM questionnaire_version WHERE questionnaire_id = '"
                + id + "' AND definition::text LIKE '%\"equals\"%'"));
    }

    @Test
    void shouldRefuseAnInvalidDefinitionFieldByField() {
        Map<String, Object> bad = Map.of("title", Map.of("sv", "Trasig"), "definition", Map.of("sections", List.of(
                Map.of("id", "s1", "title", Map.of("sv", "Del"), "questions", List.of(
                        Map.of("id", "q1", "type", "single_choice", "text", Map.of("sv", "Välj"),
                                "options", List.of(Map.of("value", "a", "label", Map.of("sv", "A")))),
                        Map.of("id", "q1", "type", "number", "text", Map.of("sv", "Tal")),
                        Map.of("id", "q3", "type", "text", "text", Map.of("sv", "Text"),
                                "showIf", Map.of("question", "q9", "equals", "x")),
                        Map.of("id", "q4", "type", "matrix", "text", Map.of("sv", "Matris"),
                                "matrix", Map.of("rows", List.of(Map.of("id", "r1", "serviceArea", "nope")),
                                        "columns", List.of())))))));
        String before = TestDatabase.query("SELECT count(*) FROM questionnaire");
        given().cookie("kl_session", adminSession).contentType(ContentType.JSON).body(bad)
                .when().post("/api/v1/questionnaires").then().statusCode(400)
                .body("violations.field", containsInAnyOrder(
                        "definition.sections[0].questions[0].options",
                        "definition.sections[0].questions[1].id",
                        "definition.sections[0].questions[1].number.unit",
                        "definition.sections[0].questions[2].showIf.question",
                        "definition.sections[0].questions[3].matrix.rows[0].serviceArea",
                        "definition.sections[0].questions[3].matrix.columns"));
        assertEquals(before, TestDatabase.query("SELECT count(*) FROM questionnaire"));
    }

    @Test
    void shouldComputeResultsAndExportThemForExcel() throws Exception {
        Map<String, Object> definition = Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Del 1"),
                "questions", List.of(
                        Map.of("id", "reasons", "type", "multiple_choice", "text", Map.of("sv", "Skäl till inhyrning"),
                                "options", List.of(Map.of("value", "no_applicants", "label", Map.of("sv", "Inga kvalificerade sökande")),
                                        Map.of("value", "quick", "label", Map.of("sv", "Snabb tillsättning")))),
                        Map.of("id", "cost", "type", "number", "text", Map.of("sv", "Kostnad 2016"),
                                "number", Map.of("unit", "sek", "decimals", 2)),
                        Map.of("id", "hard", "type", "profession", "multiple", true,
                                "text", Map.of("sv", "Svårrekryterade yrken")),
                        Map.of("id", "comment", "type", "text", "text", Map.of("sv", "Övrigt – åäö"))))));
        String id = admin.createQuestionnaire(Map.of("title", Map.of("sv", "Skäl och kostnader"), "definition", definition));
        admin.open(id);
        Map<String, String> tokens = admin.invite(id, Map.of("target", "municipalities",
                "municipalityCodes", List.of("2580", "2581", "2582", "0180")));
        SurveyApi.answerAndSubmit(tokens.get("2580"), Map.of("reasons", List.of("no_applicants", "quick"), "cost", 100.5,
                "hard", List.of("socionom", "sjukskoterska"), "comment", "Svårt att få sökande i Luleå"));
        SurveyApi.answerAndSubmit(tokens.get("2581"), Map.of("reasons", List.of("no_applicants"), "cost", 200,
                "hard", List.of("sjukskoterska")));
        SurveyApi.answerAndSubmit(tokens.get("2582"), Map.of("cost", 400, "hard", List.of("sjukskoterska", "arbetsterapeut")));
        SurveyApi.answerAndSubmit(tokens.get("0180"), Map.of("cost", 1000));

        admin.get("/api/v1/questionnaires/" + id + "/results?county=25").statusCode(200)
                .body("respondents", equalTo(3))
                .body("questions[0].answered", equalTo(2))
                .body("questions[0].options[0].count", equalTo(2)).body("questions[0].options[0].percent", equalTo(100.0f))
                .body("questions[0].options[1].count", equalTo(1)).body("questions[0].options[1].percent", equalTo(50.0f))
                .body("questions[1].number.sum", equalTo(700.5f)).body("questions[1].number.median", equalTo(200))
                .body("questions[1].number.mean", equalTo(233.5f)).body("questions[1].number.min", equalTo(100.5f))
                .body("questions[2].professions.code", contains("sjukskoterska", "socionom", "arbetsterapeut"))
                .body("questions[2].professions[0].municipalities", equalTo(3))
                .body("questions[3].texts[0].municipalityName", equalTo("Luleå"));
        admin.get("/api/v1/questionnaires/" + id + "/results?municipality=0180&municipality=2582").statusCode(200)
                .body("respondents", equalTo(2)).body("questions[1].number.max", equalTo(1000));
        admin.get("/api/v1/questionnaires/" + id + "/results?municipality=9999").statusCode(400);
        // The same selection, checked the same way, on every result and export.
        for (String path : List.of("/results", "/response-rates", "/export")) {
            admin.get("/api/v1/questionnaires/" + id + path + "?county=2").statusCode(400)
                    .body("violations.field", contains("county")).body("violations.in", contains("query"))
                    .body("violations.message", contains("must be a two-digit SCB county code"));
        }

        byte[] csv = given().cookie("kl_session", adminSession).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=csv").then().statusCode(200)
                .contentType(org.hamcrest.Matchers.startsWith("text/csv")).extract().asByteArray();
        String text = new String(csv, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("\uFEFFKommunkod;Kommun;Län;Status;Inskickad;Version;Skäl till inhyrning;"
                + "Kostnad 2016 (kr);Svårrekryterade yrken;Övrigt – åäö\r\n"), text);
        assertTrue(text.contains("2580;Luleå;Norrbottens län;Inskickad;"), text);
        assertTrue(text.contains("\"Inga kvalificerade sökande; Snabb tillsättning\";100,5;\"Socionom; Sjuksköterska\";"
                + "Svårt att få sökande i Luleå"), text);
        // Read as a spreadsheet with Swedish settings reads it: ';' between cells, decimal comma.
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setDelimiter(';').setHeader().setSkipHeaderRecord(true)
                .get().parse(new StringReader(text.substring(1))).getRecords();
        CSVRecord luleaRecord = records.stream().filter(r -> r.get("Kommun").equals("Luleå")).findFirst().orElseThrow();
        assertEquals(100.5, NumberFormat.getInstance(Locale.forLanguageTag("sv-SE"))
                .parse(luleaRecord.get("Kostnad 2016 (kr)")).doubleValue());
        assertEquals("Inga kvalificerade sökande; Snabb tillsättning", luleaRecord.get("Skäl till inhyrning"));
        assertTrue(luleaRecord.get("Inskickad").matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}"),
                luleaRecord.get("Inskickad"));
        // The same table for a program: ',' and a decimal point, no byte order mark.
        String plain = given().cookie("kl_session", adminSession).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=csv&dialect=rfc4180").then().statusCode(200)
                .extract().asString();
        assertTrue(plain.startsWith("Kommunkod,Kommun,Län,Status,Inskickad,Version,"), plain);
        assertTrue(plain.contains(",Inga kvalificerade sökande; Snabb tillsättning,100.5,Socionom; Sjuksköterska,"), plain);

        byte[] xlsx = given().cookie("kl_session", adminSession).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=xlsx&county=25").then().statusCode(200)
                .contentType(ExportService.XLSX).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Sheet sheet = workbook.getSheetAt(0);
            assertEquals("Skäl och kostnader", sheet.getSheetName());
            List<String> header = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
            assertEquals("Övrigt – åäö", header.get(header.size() - 1));
            assertEquals(4, sheet.getPhysicalNumberOfRows());
            Row lulea = sheet.getRow(1);
            assertEquals("Luleå", lulea.getCell(1).getStringCellValue());
            assertEquals(CellType.STRING, lulea.getCell(1).getCellType());
            // Numbers are numeric cells with a number format, the submission time a date cell.
            assertEquals(CellType.NUMERIC, lulea.getCell(7).getCellType());
            assertEquals(100.5, lulea.getCell(7).getNumericCellValue());
            assertEquals("#,##0.0", lulea.getCell(7).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, lulea.getCell(5).getCellType());
            assertEquals("0", lulea.getCell(5).getCellStyle().getDataFormatString());
            assertEquals(CellType.NUMERIC, lulea.getCell(4).getCellType());
            assertTrue(DateUtil.isCellDateFormatted(lulea.getCell(4)));
            assertTrue(lulea.getCell(4).getLocalDateTimeCellValue().getYear() >= 2026);
        }
    }

    @Test
    void shouldHideMunicipalitiesInAnAnonymousQuestionnaire() {
        Map<String, Object> body = new java.util.HashMap<>(SurveyApi.hiredStaffQuestionnaire("Anonym", null));
        body.put("anonymous", true);
        body.put("definition", Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Del"),
                "questions", List.of(Map.of("id", "comment", "type", "text", "text", Map.of("sv", "Kommentar")))))));
        String id = admin.createQuestionnaire(body);
        admin.open(id);
        String token = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", List.of("2580"))).get("2580");
        SurveyApi.answerAndSubmit(token, Map.of("comment", "Hemligt"));
        admin.get("/api/v1/questionnaires/" + id + "/results").statusCode(200)
                .body("questions[0].texts[0].text", equalTo("Hemligt"))
                .body("questions[0].texts[0].municipalityCode", nullValue());
        String invitation = admin.get("/api/v1/questionnaires/" + id + "/invitations").extract().path("items[0].id");
        admin.get("/api/v1/invitations/" + invitation + "/response").statusCode(403);
        String csv = given().cookie("kl_session", adminSession).when().get("/api/v1/questionnaires/" + id + "/export")
                .then().statusCode(200).extract().asString();
        assertTrue(!csv.contains("Luleå") && !csv.contains("2580"), csv);
    }

    @Test
    void shouldExportFormulaLikeTextAsTextInCsvButKeepNumbersAndLeaveXlsxAlone() throws Exception {
        Map<String, Object> body = new java.util.HashMap<>(SurveyApi.hiredStaffQuestionnaire("Formler", null));
        body.put("definition", Map.of("sections", List.of(Map.of("id", "s1", "title", Map.of("sv", "Del"),
                "questions", List.of(Map.of("id", "comment", "type", "text", "text", Map.of("sv", "Kommentar")),
                        Map.of("id", "change", "type", "number", "text", Map.of("sv", "Förändring"),
                                "number", Map.of("unit", "none", "decimals", 1)))))));
        String id = admin.createQuestionnaire(body);
        admin.open(id);
        String token = admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", List.of("2580"))).get("2580");
        SurveyApi.answerAndSubmit(token, Map.of("comment", "=HYPERLINK(\"x\")", "change", -12.5));

        byte[] csvBytes = given().cookie("kl_session", adminSession).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=csv").then().statusCode(200)
                .extract().asByteArray();
        String csv = new String(csvBytes, StandardCharsets.UTF_8);
        // Opened in a spreadsheet, the cell is the text '=HYPERLINK("x") shows; the number stays a number.
        assertTrue(csv.contains(";\"'=HYPERLINK(\"\"x\"\")\";-12,5\r\n"), csv);
        assertTrue(!csv.contains(";=HYPERLINK"), csv);

        byte[] xlsx = given().cookie("kl_session", adminSession).when()
                .get("/api/v1/questionnaires/" + id + "/export?format=xlsx").then().statusCode(200).extract().asByteArray();
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
            Row row = workbook.getSheetAt(0).getRow(1);
            // A text cell, not a formula: XLSX needs no quote.
            assertEquals(org.apache.poi.ss.usermodel.CellType.STRING, row.getCell(6).getCellType());
            assertEquals("=HYPERLINK(\"x\")", row.getCell(6).getStringCellValue());
            assertEquals(-12.5, row.getCell(7).getNumericCellValue());
        }
    }

    @Test
    void shouldRefuseAQueryIdThatIsNotAUuidWithA400NamingIt() {
        admin.get("/api/v1/questionnaires?campaign=inte-ett-id").statusCode(400)
                .body("violations.field", contains("campaign")).body("violations.in", contains("query"));
    }
}
