package se.kompetenslaget.survey;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;

/**
 * Writes that many people and programs share: concurrent saves and submits of one response, concurrent edits of one
 * questionnaire, retried creates and submits. Each is either applied once or refused with a problem, never lost.
 */
@QuarkusTest
class SurveyWriteDisciplineTest {

    private static final int PARALLEL = 20;

    @Inject
    Fixtures fixtures;

    SurveyApi admin;
    String adminSession;

    @BeforeEach
    void signIn() {
        adminSession = Fixtures.signIn(fixtures.createUser("write-discipline-admin", Role.ADMIN, null));
        admin = new SurveyApi(adminSession);
    }

    private String linkToAnOpenQuestionnaire(String municipalityCode) {
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Samtidiga svar", null));
        admin.open(id);
        return admin.invite(id, Map.of("target", "municipalities", "municipalityCodes", List.of(municipalityCode)))
                .get(municipalityCode);
    }

    /** Sends the requests at the same moment (behind one start gate) and returns their responses. */
    private static List<ExtractableResponse<Response>> inParallel(IntFunction<ExtractableResponse<Response>> request)
            throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(PARALLEL);
        try {
            CountDownLatch ready = new CountDownLatch(PARALLEL);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<ExtractableResponse<Response>>> futures = new ArrayList<>();
            for (int i = 0; i < PARALLEL; i++) {
                int n = i;
                Callable<ExtractableResponse<Response>> call = () -> {
                    ready.countDown();
                    start.await(60, TimeUnit.SECONDS);
                    return request.apply(n);
                };
                futures.add(pool.submit(call));
            }
            ready.await(60, TimeUnit.SECONDS);
            start.countDown();
            List<ExtractableResponse<Response>> responses = new ArrayList<>();
            for (Future<ExtractableResponse<Response>> future : futures) {
                responses.add(future.get(120, TimeUnit.SECONDS));
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Map<Integer, Integer> statusCounts(List<ExtractableResponse<Response>> responses) {
        Map<Integer, Integer> counts = new TreeMap<>();
        responses.forEach(r -> counts.merge(r.statusCode(), 1, Integer::sum));
        return counts;
    }

    @Test
    void shouldLetExactlyOneOfTwentyParallelSavesWithOneIfMatchWin() throws Exception {
        String token = linkToAnOpenQuestionnaire("2584");

        // The first save of a draft, twenty times at once.
        List<ExtractableResponse<Response>> first = inParallel(n -> SurveyApi.save(token, "\"0\"",
                Map.of("hired_children_authority", true, "cost_2016", 1000 + n)).extract());
        assertEquals(Map.of(200, 1, 412, PARALLEL - 1), statusCounts(first));

        // Then twenty saves based on the winner's revision.
        List<ExtractableResponse<Response>> second = inParallel(n -> SurveyApi.save(token, "\"1\"",
                Map.of("cost_2016", 2000 + n)).extract());
        assertEquals(Map.of(200, 1, 412, PARALLEL - 1), statusCounts(second));
        ExtractableResponse<Response> winner = second.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        assertEquals("\"2\"", winner.header("ETag"));
        int won = second.indexOf(winner);
        // Each refused save learns the current revision and which question changed under it.
        second.stream().filter(r -> r.statusCode() == 412).forEach(r -> {
            assertEquals(2, (int) r.path("currentRevision"));
            assertEquals(List.of("cost_2016"), r.path("changed"));
        });
        given().when().get("/api/v1/respond/" + token).then().statusCode(200).header("ETag", "\"2\"")
                .body("answers.cost_2016", equalTo(2000 + won)).body("answers.hired_children_authority", equalTo(true));
    }

    @Test
    void shouldAnswerARetriedSubmitWithTheFirstResultAndSubmitOnlyOnce() throws Exception {
        String token = linkToAnOpenQuestionnaire("2505");
        SurveyApi.save(token, "\"0\"", Map.of("hired_children_authority", false)).statusCode(200);

        List<ExtractableResponse<Response>> submits = inParallel(n -> SurveyApi.submit(token, "\"1\"").extract());
        assertEquals(Map.of(200, PARALLEL), statusCounts(submits));
        submits.forEach(r -> {
            assertEquals("\"2\"", r.header("ETag"));
            assertEquals("submitted", r.path("status"));
            assertEquals(submits.get(0).<String>path("savedAt"), r.path("savedAt"));
        });
        // A retry later, as after a lost answer, gets the same result.
        SurveyApi.submit(token, "\"1\"").statusCode(200).header("ETag", "\"2\"")
                .body("savedAt", equalTo(submits.get(0).<String>path("savedAt")));
        // Other answers to a submitted response are a conflict, not a second submit.
        given().header("If-Match", "\"1\"").contentType(ContentType.JSON)
                .body(Map.of("answers", Map.of("hired_children_authority", true)))
                .when().post("/api/v1/respond/" + token + "/submit").then().statusCode(409);
        SurveyApi.submit(token, "\"2\"").statusCode(409);

        // Submitted once, by the municipality's link, as the audit trail shows.
        String invitation = given().when().get("/api/v1/respond/" + token).then().extract().path("questionnaireId");
        String invitationId = admin.get("/api/v1/questionnaires/" + invitation + "/invitations").statusCode(200)
                .extract().path("items[0].id");
        List<Map<String, Object>> events = admin.get("/api/v1/audit-events?type=survey_response&municipality=2505&size=100")
                .statusCode(200).extract().<List<Map<String, Object>>>path("items").stream()
                .filter(e -> invitationId.equals(e.get("entityId"))).toList();
        assertEquals(List.of("submit", "create"), events.stream().map(e -> e.get("action")).toList());
        Map<String, Object> submitted = events.get(0);
        assertEquals("anonymous", submitted.get("actorType"));
        assertEquals("respondent link of Arvidsjaur (2505)", submitted.get("actorLabel"));
        assertEquals("2505", submitted.get("municipalityCode"));
        assertEquals(Map.of("before", "started", "after", "submitted"),
                ((Map<?, ?>) submitted.get("changes")).get("status"));
    }
    @Test
    void shouldLetExactlyOneOfTwentyParallelQuestionnaireUpdatesWithOneIfMatchWin() throws Exception {
        String id = admin.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Redigeras samtidigt", null));
        String etag = admin.get("/api/v1/questionnaires/" + id).statusCode(200).extract().header("ETag");

        // Without If-Match nothing changes.
        given().cookie("kl_session", adminSession).contentType(ContentType.JSON)
                .body(SurveyApi.hiredStaffQuestionnaire("Utan villkor", null))
                .when().put("/api/v1/questionnaires/" + id).then().statusCode(428);

        List<ExtractableResponse<Response>> updates = inParallel(n -> given().cookie("kl_session", adminSession)
                .header("If-Match", etag).contentType(ContentType.JSON)
                .body(SurveyApi.hiredStaffQuestionnaire("Redigering " + n, null))
                .when().put("/api/v1/questionnaires/" + id).then().extract());
        assertEquals(Map.of(200, 1, 412, PARALLEL - 1), statusCounts(updates));
        ExtractableResponse<Response> winner = updates.stream().filter(r -> r.statusCode() == 200).findFirst().orElseThrow();
        String title = "Redigering " + updates.indexOf(winner);
        admin.get("/api/v1/questionnaires/" + id).statusCode(200).header("ETag", winner.header("ETag"))
                .body("title.sv", equalTo(title));
        updates.stream().filter(r -> r.statusCode() == 412)
                .forEach(r -> assertEquals(revisionOf(winner), (int) r.path("currentRevision")));

        // A lifecycle step on a stale ETag changes nothing either.
        given().cookie("kl_session", adminSession).header("If-Match", etag)
                .when().post("/api/v1/questionnaires/" + id + "/open").then().statusCode(412);
        given().cookie("kl_session", adminSession).header("If-Match", winner.header("ETag"))
                .when().post("/api/v1/questionnaires/" + id + "/open").then().statusCode(200)
                .body("status", equalTo("open"));
    }

    private static int revisionOf(ExtractableResponse<Response> response) {
        return Integer.parseInt(response.header("ETag").replace("\"", ""));
    }

    @Test
    void shouldCreateAQuestionnaireOncePerIdempotencyKey() {
        Map<String, Object> body = SurveyApi.hiredStaffQuestionnaire("Skapas en gång", null);
        String key = "skapa-" + java.util.UUID.randomUUID();
        String first = given().cookie("kl_session", adminSession).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/questionnaires")
                .then().statusCode(201).extract().path("id");
        // The retry gets the first answer, and nothing more is created.
        given().cookie("kl_session", adminSession).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(body).when().post("/api/v1/questionnaires")
                .then().statusCode(201).body("id", equalTo(first)).header("Location", org.hamcrest.Matchers.endsWith(first));
        // The same key for another questionnaire is a conflict.
        given().cookie("kl_session", adminSession).header("Idempotency-Key", key)
                .contentType(ContentType.JSON).body(SurveyApi.hiredStaffQuestionnaire("Något annat", null))
                .when().post("/api/v1/questionnaires").then().statusCode(409);
        List<String> titles = admin.get("/api/v1/questionnaires?size=100").statusCode(200).extract().path("items.title.sv");
        assertEquals(1, titles.stream().filter("Skapas en gång"::equals).count());
        assertEquals(0, titles.stream().filter("Något annat"::equals).count());

        // Campaigns too.
        String campaignKey = "kampanj-" + java.util.UUID.randomUUID();
        Map<String, Object> campaign = Map.of("title", "Kampanj en gång");
        String campaignId = given().cookie("kl_session", adminSession).header("Idempotency-Key", campaignKey)
                .contentType(ContentType.JSON).body(campaign).when().post("/api/v1/campaigns")
                .then().statusCode(201).extract().path("id");
        given().cookie("kl_session", adminSession).header("Idempotency-Key", campaignKey)
                .contentType(ContentType.JSON).body(campaign).when().post("/api/v1/campaigns")
                .then().statusCode(201).body("id", equalTo(campaignId));
    }

    @Test
    void shouldImportEveryTemplateInTheCatalogue() {
        List<String> keys = admin.get("/api/v1/questionnaire-templates").statusCode(200).extract().path("key");
        assertEquals(6, keys.size(), keys.toString());
        for (String key : keys) {
            String id = admin.importTemplate(key, Map.of());
            admin.get("/api/v1/questionnaires/" + id).statusCode(200).body("templateKey", equalTo(key))
                    .body("status", equalTo("draft"));
        }
    }
}
