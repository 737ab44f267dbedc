package se.kompetenslaget.strategy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.survey.SurveyApi;
import se.kompetenslaget.support.TestDatabase;

/** Action plans over the API: goals with indicators, activities linked to the strategy, notes, status, export. */
@QuarkusTest
class ActionPlanTest {

    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/Stockholm"));

    @Inject
    Fixtures fixtures;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("plan-admin", Role.ADMIN, null));
    }

    private static Map<String, Object> plan(String municipality, String title) {
        Map<String, Object> plan = new LinkedHashMap<>();
        plan.put("ownerLevel", "municipality");
        plan.put("municipalityCode", municipality);
        plan.put("title", title);
        plan.put("periodStart", "2026-01-01");
        plan.put("periodEnd", "2048-12-31");
        return plan;
    }

    private static String create(String session, Map<String, Object> plan) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON).body(plan)
                .when().post("/api/v1/action-plans").then().statusCode(201).extract().path("id");
    }

    private void reportCosts(String municipality, int year, String hired, String own) {
        given().cookie("kl_session", admin).contentType(ContentType.JSON).body(Map.of("lines", List.of(Map.of(
                "year", year, "serviceArea", "aldre", "hiredCost", new BigDecimal(hired), "ownCost", new BigDecimal(own)))))
                .when().post("/api/v1/municipalities/" + municipality + "/cost-lines").then().statusCode(200);
    }

    private String goalStatus(String planId) {
        return given().cookie("kl_session", admin).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .extract().path("goals[0].status");
    }

    @Test
    void shouldChangeAGoalsStatusWhenNewCostDataArrives() {
        String editor = Fixtures.signIn(fixtures.createUser("malmo-plans", Role.MUNICIPALITY_EDITOR, "1280"));
        given().cookie("kl_session", editor).header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("year", 2047, "maxShare", 2))
                .when().put("/api/v1/municipalities/1280/targets").then().statusCode(200);
        // Other tests report costs for every municipality in other years; 2046 is this test's own.
        reportCosts("1280", 2046, "50", "950");
        String planId = create(editor, plan("1280", "Stabil bemanning i Malmö"));
        Map<String, Object> indicator = Map.of("kind", "cost_target", "year", 2047);
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Högst 2 % inhyrd personal 2047", "indicator", indicator))
                .when().post("/api/v1/action-plans/" + planId + "/goals").then().statusCode(201)
                .body("status", equalTo("at_risk")).body("indicator.latestShare", equalTo(5.0f))
                .body("indicator.latestYear", equalTo(2046)).body("indicator.met", equalTo(false))
                .body("indicator.targetStatus", equalTo("off_track"));

        // The next year's costs arrive, under the target: the goal is reached.
        reportCosts("1280", 2047, "15", "985");
        assertEquals("done", goalStatus(planId));
        given().cookie("kl_session", admin).when().get("/api/v1/action-plans/" + planId).then()
                .body("goals[0].indicator.latestShare", equalTo(1.5f)).body("goals[0].indicator.met", equalTo(true));

        // A correction that puts it over again makes it at risk again.
        reportCosts("1280", 2047, "30", "970");
        assertEquals("at_risk", goalStatus(planId));

        // A goal may not point at a target that does not exist; nothing is stored.
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Utan målvärde", "indicator", Map.of("kind", "cost_target", "year", 2048)))
                .when().post("/api/v1/action-plans/" + planId + "/goals").then().statusCode(400)
                .body("violations.field", contains("indicator.year"));
        assertEquals("1", TestDatabase.query("SELECT count(*) FROM plan_goal WHERE plan_id = '" + planId + "'"));
    }

    @Test
    void shouldMeasureAGoalByASurveyQuestionsSubmittedAnswers() {
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Uppföljning plan", null));
        surveys.open(questionnaire);
        Map<String, String> tokens = surveys.invite(questionnaire,
                Map.of("target", "municipalities", "municipalityCodes", List.of("1282", "1283")));
        Map<String, Object> countyPlan = new LinkedHashMap<>(plan(null, "Skånes uppföljning"));
        countyPlan.put("ownerLevel", "county");
        countyPlan.put("countyCode", "12");
        countyPlan.remove("municipalityCode");
        String planId = create(admin, countyPlan);
        Map<String, Object> indicator = new LinkedHashMap<>();
        indicator.put("kind", "survey_question");
        indicator.put("questionnaireId", questionnaire);
        indicator.put("questionId", "cost_2016");
        indicator.put("maxValue", 150000);
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Lägre kostnad för inhyrda", "indicator", indicator))
                .when().post("/api/v1/action-plans/" + planId + "/goals").then().statusCode(201)
                .body("indicator.answersCount", equalTo(0)).body("indicator.met", nullValue())
                .body("status", equalTo("on_track"));

        SurveyApi.answerAndSubmit(tokens.get("1282"), Map.of("hired_children_authority", true, "cost_2016", 100000));
        SurveyApi.answerAndSubmit(tokens.get("1283"), Map.of("hired_children_authority", true, "cost_2016", 300000));
        given().cookie("kl_session", admin).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .body("goals[0].indicator.latestValue", equalTo(200000.0f))
                .body("goals[0].indicator.answersCount", equalTo(2)).body("goals[0].indicator.met", equalTo(false))
                .body("goals[0].status", equalTo("at_risk"));

        // Not a number question: refused.
        indicator.put("questionId", "hired_children_authority");
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("title", "Fel fråga", "indicator", indicator))
                .when().post("/api/v1/action-plans/" + planId + "/goals").then().statusCode(400)
                .body("violations.field", contains("indicator.questionId"));
    }

    @Test
    void shouldComputeEachActivitysStatusFromItsDatesAndProgressAndNoteIt() {
        String editor = Fixtures.signIn(fixtures.createUser("uppsala-plans", Role.MUNICIPALITY_EDITOR, "0380"));
        String planId = create(editor, plan("0380", "Kompetensförsörjning Uppsala"));
        String goalId = given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Fler stannar")).when().post("/api/v1/action-plans/" + planId + "/goals").then()
                .statusCode(201).extract().path("id");
        record Case(String title, String status, LocalDate start, LocalDate due, String expected) {
        }
        List<Case> cases = List.of(new Case("Sen", "ongoing", TODAY.minusDays(30), TODAY.minusDays(1), "late"),
                new Case("Inte påbörjad", "planned", TODAY.minusDays(3), TODAY.plusDays(60), "at_risk"),
                new Case("Snart förfallen", "planned", null, TODAY.plusDays(10), "at_risk"),
                new Case("Pågår", "ongoing", TODAY.minusDays(3), TODAY.plusDays(60), "on_track"),
                new Case("Klar", "done", TODAY.minusDays(90), TODAY.minusDays(30), "done"));
        String firstId = null;
        for (Case c : cases) {
            Map<String, Object> activity = new LinkedHashMap<>();
            activity.put("goalId", goalId);
            activity.put("title", c.title());
            activity.put("status", c.status());
            if (c.start() != null) {
                activity.put("startDate", c.start().toString());
            }
            activity.put("dueDate", c.due().toString());
            activity.put("strategyActions", List.of(1, 3));
            activity.put("strategyGoals", List.of(4));
            activity.put("recruitmentStrategies", List.of("bredda_rekryteringen"));
            String id = given().cookie("kl_session", editor).contentType(ContentType.JSON).body(activity)
                    .when().post("/api/v1/action-plans/" + planId + "/activities").then().statusCode(201)
                    .body("status", equalTo(c.expected())).body("strategyActions", contains(1, 3))
                    .extract().path("id");
            firstId = firstId == null ? id : firstId;
        }
        // The goal takes its worst activity's status.
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .body("goals[0].status", equalTo("late"));
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans?municipality=0380").then()
                .statusCode(200).body("[0].activities.late", equalTo(1)).body("[0].activities.atRisk", equalTo(2))
                .body("[0].activities.onTrack", equalTo(1)).body("[0].activities.done", equalTo(1));

        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("notedOn", TODAY.toString(), "text", "Försenad av sjukdom."))
                .when().post("/api/v1/action-plans/" + planId + "/activities/" + firstId + "/notes").then()
                .statusCode(201).body("text", equalTo("Försenad av sjukdom."));
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("notedOn", TODAY.plusDays(1).toString(), "text", "I morgon"))
                .when().post("/api/v1/action-plans/" + planId + "/activities/" + firstId + "/notes").then()
                .statusCode(400).body("violations.field", contains("notedOn"));

        // Unknown strategy actions and recruitment strategies are refused, and nothing is stored.
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("title", "Fel", "status",
                "planned", "strategyActions", List.of(7), "recruitmentStrategies", List.of("nope")))
                .when().post("/api/v1/action-plans/" + planId + "/activities").then().statusCode(400)
                .body("violations.field", contains("strategyActions", "recruitmentStrategies"));
        assertEquals("5", TestDatabase.query("SELECT count(*) FROM plan_activity WHERE plan_id = '" + planId + "'"));

        String csv = given().cookie("kl_session", editor).when()
                .get("/api/v1/action-plans/" + planId + "/export?format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("Sen") && csv.contains("Försenad av sjukdom.") && csv.contains(";1, 3;"), csv);
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId + "/export?format=xlsx")
                .then().statusCode(200).header("Content-Disposition", containsString(".xlsx"));
    }

    @Test
    void shouldLetOnlyTheOwnersEditorsWriteAPlan() {
        String other = Fixtures.signIn(fixtures.createUser("lund-plans", Role.MUNICIPALITY_EDITOR, "1281"));
        given().cookie("kl_session", other).contentType(ContentType.JSON).body(plan("1280", "Inte min"))
                .when().post("/api/v1/action-plans").then().statusCode(403);
        String planId = create(admin, plan("1280", "Administratörens"));
        given().cookie("kl_session", other).contentType(ContentType.JSON).body(Map.of("title", "Kapat"))
                .when().patch("/api/v1/action-plans/" + planId).then().statusCode(403);
        String coordinator = Fixtures.signIn(fixtures.createUser("skane-plans", Role.COUNTY_COORDINATOR, "12"));
        Map<String, Object> countyPlan = new LinkedHashMap<>(plan(null, "Skånes plan"));
        countyPlan.put("ownerLevel", "county");
        countyPlan.put("countyCode", "12");
        countyPlan.remove("municipalityCode");
        create(coordinator, countyPlan);
        given().cookie("kl_session", admin).when().get("/api/v1/action-plans?county=12").then().statusCode(200)
                .body("title", hasItem("Skånes plan")).body("title", hasItem("Administratörens"));
        given().cookie("kl_session", other).contentType(ContentType.JSON).body(Map.of("ownerLevel", "municipality",
                "municipalityCode", "1281", "title", " ", "periodStart", "2027-01-01", "periodEnd", "2026-01-01"))
                .when().post("/api/v1/action-plans").then().statusCode(400)
                .body("violations.field", contains("title", "periodEnd"));
    }

    @Test
    void shouldCountDecisionsPlansAndTargetsInTheOverview() {
        String editor = Fixtures.signIn(fixtures.createUser("kiruna-plans", Role.MUNICIPALITY_EDITOR, "2584"));
        int decidedBefore = given().cookie("kl_session", admin).when().get("/api/v1/strategy-overview?county=25")
                .then().statusCode(200).extract().path("total.decided");
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2026-03-10", "decisionBody", "Socialnämnden", "reference", "SN 2026/45"))
                .when().post("/api/v1/municipalities/2584/decisions").then().statusCode(201)
                .body("decisionBody", equalTo("Socialnämnden"));
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2026-03-10", "decisionBody", "Socialnämnden"))
                .when().post("/api/v1/municipalities/2583/decisions").then().statusCode(403);
        String planId = create(editor, plan("2584", "Kirunas plan"));
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Introduktion", "status", "ongoing", "strategyActions", List.of(6)))
                .when().post("/api/v1/action-plans/" + planId + "/activities").then().statusCode(201);
        given().cookie("kl_session", admin).when().get("/api/v1/strategy-overview?county=25").then().statusCode(200)
                .body("total.decided", equalTo(decidedBefore + 1)).body("total.municipalities", equalTo(14))
                .body("counties", org.hamcrest.Matchers.hasSize(1))
                .body("actions.find { it.number == 6 }.activities", org.hamcrest.Matchers.greaterThanOrEqualTo(1));
        given().cookie("kl_session", admin).when().get("/api/v1/strategy-overview").then().statusCode(200)
                .body("counties", org.hamcrest.Matchers.hasSize(21)).body("total.municipalities", equalTo(290));
        given().cookie("kl_session", admin).when().get("/api/v1/municipalities/2584/decisions").then()
                .statusCode(200).body("reference", contains("SN 2026/45"));
    }

    @Test
    void shouldExportFormulaLikePlanTextsAsTextInCsv() {
        String planId = create(admin, plan("1280", "Formler i planen"));
        String activityId = given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("title", "=HYPERLINK(\"x\")", "status", "planned", "owner", "@chef"))
                .when().post("/api/v1/action-plans/" + planId + "/activities").then().statusCode(201).extract().path("id");
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("notedOn", TODAY.toString(), "text", "-2+3+cmd|' /C calc'!A0"))
                .when().post("/api/v1/action-plans/" + planId + "/activities/" + activityId + "/notes").then()
                .statusCode(201);
        String csv = given().cookie("kl_session", admin).when()
                .get("/api/v1/action-plans/" + planId + "/export?format=csv").then().statusCode(200)
                .extract().asString();
        assertTrue(csv.contains("\"'=HYPERLINK(\"\"x\"\")\";'@chef;"), csv);
        assertTrue(csv.contains(";'-2+3+cmd|' /C calc'!A0\r\n"), csv);
    }
}
