package se.kompetenslaget.strategy;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.SimultaneousRequests;
import se.kompetenslaget.support.TestDatabase;

/**
 * Plans, goals, activities and learning examples are edited by several people at once: every write names the revision
 * it builds on (If-Match), and only one of several writes on the same revision wins; the others get 412, never 500.
 */
@QuarkusTest
class SharedPlanWritesTest {

    private static final String MUNICIPALITY = "0486";

    @Inject
    Fixtures fixtures;

    private String editor;

    @BeforeEach
    void signIn() {
        editor = Fixtures.signIn(fixtures.createUser("strangnas-writes", Role.MUNICIPALITY_EDITOR, MUNICIPALITY));
    }

    private static Map<String, Object> plan(String title) {
        return Map.of("ownerLevel", "municipality", "municipalityCode", MUNICIPALITY, "title", title,
                "periodStart", "2026-01-01", "periodEnd", "2028-12-31");
    }

    private static Map<String, Object> example(String title) {
        Map<String, Object> example = new LinkedHashMap<>();
        example.put("ownerLevel", "municipality");
        example.put("municipalityCode", MUNICIPALITY);
        example.put("title", title);
        example.put("body", "Mentorer för nya socialsekreterare.");
        example.put("published", false);
        return example;
    }

    private String createPlan() {
        return given().cookie("kl_session", editor).contentType(ContentType.JSON).body(plan("Strängnäs plan"))
                .when().post("/api/v1/action-plans").then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
    }

    private String addGoal(String planId) {
        return given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("title", "Färre inhyrda"))
                .when().post("/api/v1/action-plans/" + planId + "/goals").then().statusCode(201)
                .header("ETag", "\"0\"").body("revision", equalTo(0)).extract().path("id");
    }

    private Response putGoal(String planId, String goalId, String ifMatch, String title) {
        var request = given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("title", title));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/action-plans/" + planId + "/goals/" + goalId).andReturn();
    }

    private String createExample() {
        return given().cookie("kl_session", editor).contentType(ContentType.JSON).body(example("Mentorer"))
                .when().post("/api/v1/learning-examples").then().statusCode(201).header("ETag", "\"0\"")
                .extract().path("id");
    }

    private Response putExample(String id, String ifMatch, String title) {
        var request = given().cookie("kl_session", editor).contentType(ContentType.JSON).body(example(title));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return request.when().put("/api/v1/learning-examples/" + id).andReturn();
    }

    private static String title(List<Response> responses, int status) {
        return responses.stream().filter(r -> r.statusCode() == status).findFirst().orElseThrow().path("title");
    }

    @Test
    void shouldLetExactlyOneOfTwentySimultaneousGoalUpdatesWin() {
        String planId = createPlan();
        String goalId = addGoal(planId);

        List<Response> responses = SimultaneousRequests.send(20, i -> putGoal(planId, goalId, "\"0\"", "Mål " + i));

        assertEquals(1, SimultaneousRequests.count(responses, 200), () -> statuses(responses));
        assertEquals(19, SimultaneousRequests.count(responses, 412), () -> statuses(responses));
        String winner = title(responses, 200);
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .body("goals.title", contains(winner)).body("goals[0].revision", equalTo(1));
        responses.stream().filter(r -> r.statusCode() == 412)
                .forEach(r -> assertEquals(1, (int) r.path("currentRevision"), r.asString()));
    }

    @Test
    void shouldLetExactlyOneOfTwentySimultaneousExampleUpdatesWin() {
        String id = createExample();

        List<Response> responses = SimultaneousRequests.send(20, i -> putExample(id, "\"0\"", "Mentorer " + i));

        assertEquals(1, SimultaneousRequests.count(responses, 200), () -> statuses(responses));
        assertEquals(19, SimultaneousRequests.count(responses, 412), () -> statuses(responses));
        given().cookie("kl_session", editor).when().get("/api/v1/learning-examples/" + id).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo(title(responses, 200)));
    }

    @Test
    void shouldLetExactlyOneOfTwentySimultaneousActivityAndPlanUpdatesWin() {
        String planId = createPlan();
        String activityId = given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("title", "Mentorsprogram", "status", "planned"))
                .when().post("/api/v1/action-plans/" + planId + "/activities").then().statusCode(201)
                .header("ETag", "\"0\"").extract().path("id");

        List<Response> activities = SimultaneousRequests.send(20, i -> given().cookie("kl_session", editor)
                .header("If-Match", "\"0\"").contentType(ContentType.JSON)
                .body(Map.of("title", "Mentorsprogram " + i, "status", "ongoing"))
                .when().put("/api/v1/action-plans/" + planId + "/activities/" + activityId).andReturn());
        List<Response> plans = SimultaneousRequests.send(20, i -> given().cookie("kl_session", editor)
                .header("If-Match", "\"0\"").contentType(ContentType.JSON).body(Map.of("title", "Plan " + i))
                .when().patch("/api/v1/action-plans/" + planId).andReturn());

        assertEquals(List.of(1L, 19L), List.of(SimultaneousRequests.count(activities, 200),
                SimultaneousRequests.count(activities, 412)), () -> statuses(activities));
        assertEquals(List.of(1L, 19L), List.of(SimultaneousRequests.count(plans, 200),
                SimultaneousRequests.count(plans, 412)), () -> statuses(plans));
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .header("ETag", "\"1\"").body("title", equalTo(title(plans, 200)))
                .body("activities[0].title", equalTo(title(activities, 200))).body("activities[0].revision", equalTo(1));
    }

    @Test
    void shouldRefuseAStaleIfMatchWith412AndAMissingOneWith428() {
        String planId = createPlan();
        String goalId = addGoal(planId);
        String exampleId = createExample();

        putGoal(planId, goalId, "\"999\"", "Gammal").then().statusCode(412).body("currentRevision", equalTo(0));
        putGoal(planId, goalId, null, "Utan").then().statusCode(428);
        putExample(exampleId, "\"999\"", "Gammal").then().statusCode(412).body("currentRevision", equalTo(0));
        putExample(exampleId, null, "Utan").then().statusCode(428);
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("title", "Utan"))
                .when().patch("/api/v1/action-plans/" + planId).then().statusCode(428);
        given().cookie("kl_session", editor).header("If-Match", "\"7\"")
                .when().delete("/api/v1/action-plans/" + planId + "/goals/" + goalId).then().statusCode(412);
        given().cookie("kl_session", editor).when().delete("/api/v1/action-plans/" + planId).then().statusCode(428);

        // Nothing changed; the right ETag then deletes.
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .header("ETag", "\"0\"").body("title", equalTo("Strängnäs plan"))
                .body("goals.title", contains("Färre inhyrda"));
        given().cookie("kl_session", editor).header("If-Match", "\"0\"")
                .when().delete("/api/v1/action-plans/" + planId + "/goals/" + goalId).then().statusCode(204);
        given().cookie("kl_session", editor).header("If-Match", "\"0\"")
                .when().delete("/api/v1/action-plans/" + planId).then().statusCode(204);
    }

    @Test
    void shouldKeepTheFirstEditorsChangeWhenASecondEditorSavesAStaleCopy() {
        String second = Fixtures.signIn(fixtures.createUser("strangnas-second", Role.MUNICIPALITY_EDITOR, MUNICIPALITY));
        String planId = createPlan();
        String goalId = addGoal(planId);
        String exampleId = createExample();
        // Both read the goal and the example at revision 0.
        String goalTag = given().cookie("kl_session", second).when().get("/api/v1/action-plans/" + planId).then()
                .statusCode(200).extract().path("goals[0].revision").toString();
        String exampleTag = given().cookie("kl_session", second).when().get("/api/v1/learning-examples/" + exampleId)
                .then().statusCode(200).extract().header("ETag");

        putGoal(planId, goalId, "\"0\"", "Första redaktörens mål").then().statusCode(200).header("ETag", "\"1\"");
        given().cookie("kl_session", second).header("If-Match", "\"" + goalTag + "\"").contentType(ContentType.JSON)
                .body(Map.of("title", "Andra redaktörens mål"))
                .when().put("/api/v1/action-plans/" + planId + "/goals/" + goalId).then().statusCode(412)
                .body("currentRevision", equalTo(1)).body("changed", hasItem("title"));
        putExample(exampleId, "\"0\"", "Första redaktörens exempel").then().statusCode(200).header("ETag", "\"1\"");
        given().cookie("kl_session", second).header("If-Match", exampleTag).contentType(ContentType.JSON)
                .body(example("Andra redaktörens exempel"))
                .when().put("/api/v1/learning-examples/" + exampleId).then().statusCode(412)
                .body("currentRevision", equalTo(1)).body("changed", contains("title"));

        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .body("goals[0].title", equalTo("Första redaktörens mål"));
        given().cookie("kl_session", editor).when().get("/api/v1/learning-examples/" + exampleId).then()
                .statusCode(200).body("title", equalTo("Första redaktörens exempel"));
    }

    @Test
    void shouldCreateAPlanOnceForOneIdempotencyKey() {
        String key = "plan-" + UUID.randomUUID();
        String title = "Plan " + key;

        List<Response> responses = SimultaneousRequests.send(5, i -> given().cookie("kl_session", editor)
                .header("Idempotency-Key", key).contentType(ContentType.JSON).body(plan(title))
                .when().post("/api/v1/action-plans").andReturn());
        Response again = given().cookie("kl_session", editor).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(plan(title)).when().post("/api/v1/action-plans").andReturn();

        assertEquals(5, SimultaneousRequests.count(responses, 201), () -> statuses(responses));
        String id = again.then().statusCode(201).header("Idempotent-Replayed", "true").extract().path("id");
        responses.forEach(response -> assertEquals(id, response.path("id")));
        assertEquals("1", TestDatabase.query("SELECT count(*) FROM action_plan WHERE title = '" + title + "'"));
        given().cookie("kl_session", editor).header("Idempotency-Key", key).contentType(ContentType.JSON)
                .body(plan("En annan plan")).when().post("/api/v1/action-plans").then().statusCode(409);
        // A goal too: the same key and body add it once.
        String goalKey = "goal-" + UUID.randomUUID();
        for (int i = 0; i < 2; i++) {
            given().cookie("kl_session", editor).header("Idempotency-Key", goalKey).contentType(ContentType.JSON)
                    .body(Map.of("title", "Ett mål")).when().post("/api/v1/action-plans/" + id + "/goals").then()
                    .statusCode(201);
        }
        assertEquals("1", TestDatabase.query("SELECT count(*) FROM plan_goal WHERE plan_id = '" + id + "'"));
    }

    @Test
    void shouldRefuseBadTextsWithOneViolationPerFieldBeforeAnythingIsStored() {
        String planId = createPlan();
        String goalId = addGoal(planId);

        putGoal(planId, goalId, "\"0\"", " ").then().statusCode(400)
                .body("violations.field", contains("title")).body("violations.message", contains("is required"));
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(example("x".repeat(201)))
                .when().post("/api/v1/learning-examples").then().statusCode(400)
                .body("violations.field", contains("title"))
                .body("violations.message", contains("must be at most 200 characters"));
        given().cookie("kl_session", editor).contentType(ContentType.JSON)
                .body(Map.of("decidedOn", "2026-03-10", "decisionBody", " "))
                .when().post("/api/v1/municipalities/" + MUNICIPALITY + "/decisions").then().statusCode(400)
                .body("violations.field", contains("decisionBody"));
        given().cookie("kl_session", editor).when().get("/api/v1/action-plans/" + planId).then().statusCode(200)
                .body("goals[0].title", equalTo("Färre inhyrda")).body("goals[0].revision", equalTo(0));
    }

    private static String statuses(List<Response> responses) {
        return responses.stream().map(r -> r.statusCode() + (r.statusCode() >= 500 ? " " + r.asString() : "")).toList()
                .toString();
    }
}
