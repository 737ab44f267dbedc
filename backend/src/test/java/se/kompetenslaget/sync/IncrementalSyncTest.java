package se.kompetenslaget.sync;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;
import se.kompetenslaget.survey.SurveyApi;

/**
 * Incremental sync as a data warehouse uses it: a copy kept by applying the changes after a cursor, compared with the
 * source; a transaction that commits late; bad cursors; and what each caller may see. Every test works in years
 * (2090–2099) and on objects of its own.
 */
@QuarkusTest
class IncrementalSyncTest {

    private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);
    private static final List<String> KINDS = List.of("cost-lines", "workforce-figures", "population", "survey-responses",
            "action-plans", "learning-examples");
    private static final List<String> MUNICIPALITIES = List.of("2580", "2581", "0114", "0180", "1480", "1280");
    private static final List<String> AREAS = List.of("barn_unga", "aldre", "hsl", "funktionsnedsattning");
    private static final List<String> PROFESSIONS = List.of("socialsekreterare", "sjukskoterska", "underskoterska");

    @Inject
    Fixtures fixtures;

    @Inject
    RestoredPlaces restoredPlaces;

    String admin;

    @BeforeEach
    void signIn() {
        admin = Fixtures.signIn(fixtures.createUser("sync-admin", Role.ADMIN, null));
    }

    /** A copy of one kind: id → item, and where it is up to. */
    static final class Mirror {
        final String kind;
        final Map<String, JsonNode> items = new TreeMap<>();
        String cursor;
        int pages;
        int upserts;
        int deletes;

        Mirror(String kind) {
            this.kind = kind;
        }

        /** Reads one page and applies it; true while there is more. */
        boolean syncPage(String session, int limit) {
            var request = given().cookie("kl_session", session).queryParam("limit", limit);
            if (cursor != null) {
                request.queryParam("after", cursor);
            }
            Response response = request.when().get("/api/v1/changes/" + kind);
            assertEquals(200, response.statusCode(), response.asString());
            JsonNode page = read(response.asString());
            for (JsonNode change : page.get("changes")) {
                String id = change.get("id").asText();
                if (change.get("op").asText().equals("upsert")) {
                    items.put(id, change.get("item"));
                    upserts++;
                } else {
                    items.remove(id);
                    deletes++;
                }
            }
            cursor = page.get("next").asText();
            pages++;
            return page.get("hasMore").asBoolean();
        }

        void syncAll(String session, int limit) {
            while (syncPage(session, limit)) {
                // on to the next page
            }
        }
    }

    // --- The mirror --------------------------------------------------------------------------------------------------

    @Test
    void shouldKeepAMirrorEqualToTheSourceThroughAThousandRandomChangesSomeConcurrent() throws Exception {
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Synkad enkät", null));
        surveys.open(questionnaire);
        Map<String, String> links = surveys.invite(questionnaire,
                Map.of("target", "municipalities", "municipalityCodes", MUNICIPALITIES));
        List<String> tokens = new ArrayList<>(links.values());

        Map<String, Mirror> mirrors = new LinkedHashMap<>();
        KINDS.forEach(kind -> mirrors.put(kind, new Mirror(kind)));
        List<String> plans = new CopyOnWriteArrayList<>();
        List<String> examples = new CopyOnWriteArrayList<>();
        Map<String, AtomicInteger> done = new ConcurrentHashMap<>();

        // 200 changes one after another, with a sync of small pages after every 20th.
        Random random = new Random(13);
        for (int i = 0; i < 200; i++) {
            randomChange(random, tokens, plans, examples, done);
            if (i % 20 == 19) {
                mirrors.values().forEach(mirror -> mirror.syncAll(admin, 9));
            }
        }
        // 800 more from four writers at once, while another thread syncs in pages of 7 over and over.
        ExecutorService threads = Executors.newFixedThreadPool(5);
        AtomicBoolean writing = new AtomicBoolean(true);
        AtomicInteger concurrentSyncPages = new AtomicInteger();
        Future<?> syncer = threads.submit(() -> {
            while (writing.get()) {
                for (Mirror mirror : mirrors.values()) {
                    mirror.syncPage(admin, 7);
                    concurrentSyncPages.incrementAndGet();
                }
            }
            return null;
        });
        List<Future<?>> writers = new ArrayList<>();
        for (int w = 0; w < 4; w++) {
            Random own = new Random(100 + w);
            writers.add(threads.submit(() -> {
                for (int i = 0; i < 200; i++) {
                    randomChange(own, tokens, plans, examples, done);
                }
                return null;
            }));
        }
        for (Future<?> writer : writers) {
            writer.get(600, TimeUnit.SECONDS);
        }
        writing.set(false);
        syncer.get(600, TimeUnit.SECONDS);
        threads.shutdown();

        waitUntilEveryChangeIsReadable();
        mirrors.values().forEach(mirror -> mirror.syncAll(admin, 500));

        int total = done.values().stream().mapToInt(AtomicInteger::get).sum();
        assertEquals(1000, total, "changes attempted: " + done);
        assertTrue(concurrentSyncPages.get() > 6, "the syncer ran alongside the writers: " + concurrentSyncPages);
        compareWithSource(mirrors);
        System.out.println("Incremental sync: " + done + "; pages read while writing " + concurrentSyncPages
                + "; per kind (items, pages, upserts, deletes): " + mirrors.values().stream()
                        .map(m -> m.kind + "=" + m.items.size() + "/" + m.pages + "/" + m.upserts + "/" + m.deletes).toList());
    }

    /** One random create, update or delete of one of the kinds (a refused conditional write changes nothing). */
    private void randomChange(Random random, List<String> tokens, List<String> plans, List<String> examples,
            Map<String, AtomicInteger> done) {
        int dice = random.nextInt(100);
        String municipality = MUNICIPALITIES.get(random.nextInt(MUNICIPALITIES.size()));
        int year = 2090 + random.nextInt(4);
        String what;
        if (dice < 18) {
            what = "cost line upsert";
            List<Map<String, Object>> lines = new ArrayList<>();
            Set<String> areas = new HashSet<>();
            for (int n = 1 + random.nextInt(3); n > 0; n--) {
                String area = AREAS.get(random.nextInt(AREAS.size()));
                if (areas.add(area)) {
                    lines.add(Map.of("year", year, "serviceArea", area, "hiredCost", new BigDecimal(random.nextInt(1_000_000) + ".25"),
                            "ownCost", BigDecimal.valueOf(1_000_000 + random.nextInt(9_000_000))));
                }
            }
            expect(adminRequest().body(Map.of("lines", lines))
                    .post("/api/v1/municipalities/" + municipality + "/cost-lines"), 200);
        } else if (dice < 24) {
            // No operation deletes a cost line: an administrator's correction in the database, which the trigger sees.
            what = "cost line delete";
            sql("DELETE FROM cost_line WHERE id = (SELECT id FROM cost_line WHERE year BETWEEN 2090 AND 2093"
                    + " ORDER BY random() LIMIT 1)");
        } else if (dice < 36) {
            what = "workforce upsert";
            expect(adminRequest().body(Map.of("lines", List.of(Map.of("year", year,
                    "profession", PROFESSIONS.get(random.nextInt(PROFESSIONS.size())),
                    "employees", random.nextInt(500), "sickLeavePercent", new BigDecimal(random.nextInt(20) + ".5")))))
                    .post("/api/v1/municipalities/" + municipality + "/workforce-figures"), 200);
        } else if (dice < 40) {
            what = "workforce delete";
            sql("DELETE FROM workforce_figure WHERE id = (SELECT id FROM workforce_figure WHERE year BETWEEN 2090 AND"
                    + " 2093 ORDER BY random() LIMIT 1)");
        } else if (dice < 50) {
            what = "population upsert";
            expect(adminRequest().body(Map.of("lines", List.of(Map.of("municipality", municipality, "year", year,
                    "inhabitants", 1000 + random.nextInt(100_000))))).post("/api/v1/population"), 200);
        } else if (dice < 53) {
            what = "population delete";
            sql("DELETE FROM population WHERE (municipality_code, year) = (SELECT municipality_code, year FROM population"
                    + " WHERE year BETWEEN 2090 AND 2093 ORDER BY random() LIMIT 1)");
        } else if (dice < 63) {
            what = "survey answer";
            String token = tokens.get(random.nextInt(tokens.size()));
            Response form = given().get("/api/v1/respond/" + token);
            // Another writer may submit between the read and the write: then 409 (read-only), not 412.
            if (form.statusCode() == 200 && !form.path("status").equals("submitted")) {
                String etag = form.header("ETag");
                if (random.nextInt(4) == 0 && !form.path("status").equals("not_started")) {
                    expect(given().header("If-Match", etag).contentType(ContentType.JSON)
                            .body(Map.of("answers", Map.of("hired_children_authority", false)))
                            .post("/api/v1/respond/" + token + "/submit"), 200, 409, 412);
                } else {
                    expect(given().header("If-Match", etag).contentType(ContentType.JSON)
                            .body(Map.of("answers", Map.of("hired_children_authority", true,
                                    "cost_2016", random.nextInt(1_000_000))))
                            .patch("/api/v1/respond/" + token + "/answers"), 200, 409, 412);
                }
            }
        } else if (dice < 66) {
            // Erasing a municipality's answers (a personal-data request): in the database, seen by the trigger.
            what = "survey response delete";
            sql("DELETE FROM survey_response WHERE invitation_id = (SELECT r.invitation_id FROM survey_response r"
                    + " JOIN questionnaire q ON q.id = r.questionnaire_id WHERE q.title_sv = 'Synkad enkät'"
                    + " ORDER BY random() LIMIT 1)");
        } else if (dice < 72 || plans.isEmpty()) {
            what = "plan create";
            Response created = adminRequest().body(Map.of("ownerLevel", "municipality", "municipalityCode", municipality,
                    "title", "Plan " + random.nextInt(1000), "periodStart", "2090-01-01", "periodEnd", "2092-12-31"))
                    .post("/api/v1/action-plans");
            expect(created, 201);
            plans.add(created.path("id"));
        } else if (dice < 84) {
            String plan = plans.get(random.nextInt(plans.size()));
            int part = random.nextInt(3);
            what = part == 0 ? "plan update" : part == 1 ? "plan goal" : "plan activity";
            Response current = given().cookie("kl_session", admin).get("/api/v1/action-plans/" + plan);
            if (current.statusCode() == 200) {
                if (part == 0) {
                    expect(adminRequest().header("If-Match", current.header("ETag"))
                            .body(Map.of("title", "Plan " + random.nextInt(1000))).patch("/api/v1/action-plans/" + plan),
                            200, 404, 412);
                } else if (part == 1) {
                    expect(adminRequest().body(Map.of("title", "Mål " + random.nextInt(1000)))
                            .post("/api/v1/action-plans/" + plan + "/goals"), 201, 404);
                } else {
                    expect(adminRequest().body(Map.of("title", "Aktivitet " + random.nextInt(1000), "status", "planned"))
                            .post("/api/v1/action-plans/" + plan + "/activities"), 201, 404);
                }
            }
        } else if (dice < 88) {
            what = "plan delete";
            String plan = plans.get(random.nextInt(plans.size()));
            Response current = given().cookie("kl_session", admin).get("/api/v1/action-plans/" + plan);
            if (current.statusCode() == 200) {
                expect(given().cookie("kl_session", admin).header("If-Match", current.header("ETag"))
                        .delete("/api/v1/action-plans/" + plan), 204, 404, 412);
            }
        } else if (dice < 94 || examples.isEmpty()) {
            what = "example create";
            Response created = adminRequest().body(example(municipality, random.nextBoolean(), random))
                    .post("/api/v1/learning-examples");
            expect(created, 201);
            examples.add(created.path("id"));
        } else {
            what = "example update";
            String id = examples.get(random.nextInt(examples.size()));
            Response current = given().cookie("kl_session", admin).get("/api/v1/learning-examples/" + id);
            expect(current, 200);
            expect(adminRequest().header("If-Match", current.header("ETag"))
                    .body(example(current.path("municipalityCode"), random.nextBoolean(), random))
                    .put("/api/v1/learning-examples/" + id), 200, 412);
        }
        done.computeIfAbsent(what, ignored -> new AtomicInteger()).incrementAndGet();
    }

    private static Map<String, Object> example(String municipality, boolean published, Random random) {
        return Map.of("ownerLevel", "municipality", "municipalityCode", municipality,
                "title", "Exempel " + random.nextInt(1000), "body", "Vi gjorde så här " + random.nextInt(1000) + ".",
                "published", published);
    }

    private io.restassured.specification.RequestSpecification adminRequest() {
        return given().cookie("kl_session", admin).contentType(ContentType.JSON);
    }

    private static void expect(Response response, Integer... statuses) {
        assertTrue(List.of(statuses).contains(response.statusCode()),
                "status " + response.statusCode() + ": " + response.asString());
    }

    /** Until no transaction that wrote is still running: every change can then be read. */
    private static void waitUntilEveryChangeIsReadable() throws InterruptedException {
        for (int attempt = 0; attempt < 600; attempt++) {
            if ("t".equals(TestDatabase.query("SELECT coalesce(max(xid) < pg_snapshot_xmin(pg_current_snapshot()), true)"
                    + " FROM sync_change"))) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("A writing transaction stayed open for a minute");
    }

    /** The mirrors against the source: the ids in the database, and each item as the normal read shows it. */
    private void compareWithSource(Map<String, Mirror> mirrors) {
        // Cost lines and workforce figures: every id, and the items of this test's municipalities as listed.
        assertEquals(ids("SELECT id FROM cost_line"), mirrors.get("cost-lines").items.keySet());
        assertEquals(ids("SELECT id FROM workforce_figure"), mirrors.get("workforce-figures").items.keySet());
        for (String municipality : MUNICIPALITIES) {
            for (JsonNode line : listAll("/api/v1/municipalities/" + municipality + "/cost-lines")) {
                assertEquals(line, mirrors.get("cost-lines").items.get(line.get("id").asText()));
            }
            for (JsonNode figure : listAll("/api/v1/municipalities/" + municipality + "/workforce-figures")) {
                assertEquals(figure, mirrors.get("workforce-figures").items.get(figure.get("id").asText()));
            }
        }
        assertEquals(ids("SELECT municipality_code || '-' || year FROM population"),
                mirrors.get("population").items.keySet());
        for (int year = 2090; year < 2094; year++) {
            for (JsonNode figure : read(given().cookie("kl_session", admin).get("/api/v1/population?year=" + year)
                    .asString()).get("items")) {
                String id = figure.get("municipalityCode").asText() + "-" + year;
                assertEquals(figure, mirrors.get("population").items.get(id));
            }
        }
        // Survey responses of questionnaires that are not anonymous, plans and examples: each read on its own.
        assertEquals(ids("SELECT r.invitation_id FROM survey_response r JOIN questionnaire q ON q.id = r.questionnaire_id"
                + " WHERE NOT q.anonymous"), mirrors.get("survey-responses").items.keySet());
        mirrors.get("survey-responses").items.forEach((id, item) -> assertEquals(
                read(given().cookie("kl_session", admin).get("/api/v1/invitations/" + id + "/response").asString()), item));
        assertEquals(ids("SELECT id FROM action_plan"), mirrors.get("action-plans").items.keySet());
        mirrors.get("action-plans").items.forEach((id, item) -> assertEquals(
                read(given().cookie("kl_session", admin).get("/api/v1/action-plans/" + id).asString()), item));
        assertEquals(ids("SELECT id FROM learning_example"), mirrors.get("learning-examples").items.keySet());
        mirrors.get("learning-examples").items.forEach((id, item) -> assertEquals(
                read(given().cookie("kl_session", admin).get("/api/v1/learning-examples/" + id).asString()), item));
    }

    private List<JsonNode> listAll(String path) {
        List<JsonNode> items = new ArrayList<>();
        for (int page = 1;; page++) {
            JsonNode answer = read(given().cookie("kl_session", admin).get(path + "?size=100&page=" + page).asString());
            answer.get("items").forEach(items::add);
            if (page >= answer.get("totalPages").asInt()) {
                return items;
            }
        }
    }

    private static Set<String> ids(String sql) {
        Set<String> ids = new java.util.TreeSet<>();
        try (Connection connection = connect(); Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
        return ids;
    }

    private static void sql(String sql) {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Connection connect() throws java.sql.SQLException {
        String host = System.getenv().getOrDefault("KL_TEST_PG_HOST", "127.0.0.1");
        String port = System.getenv().getOrDefault("KL_TEST_PG_PORT", "5432");
        String user = System.getenv().getOrDefault("KL_TEST_PG_USER", "postgres");
        String password = System.getenv().getOrDefault("KL_TEST_PG_PASSWORD", "");
        return DriverManager.getConnection("jdbc:postgresql://" + (host.isBlank() ? "127.0.0.1" : host) + ":"
                + (port.isBlank() ? "5432" : port) + "/" + TestDatabase.name(), user.isBlank() ? "postgres" : user,
                password);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }

    // --- A transaction that commits late ----------------------------------------------------------------------------

    @Test
    void shouldNotPassOverAChangeWhoseTransactionBeganEarlierButCommittedLater() throws Exception {
        Mirror population = new Mirror("population");
        population.syncAll(admin, 5000);
        try (Connection early = connect()) {
            early.setAutoCommit(false);
            // The early transaction takes its transaction id (and place) first ...
            try (PreparedStatement insert = early.prepareStatement("INSERT INTO population (municipality_code, year,"
                    + " inhabitants, source, reported_by_label, reported_at) VALUES ('0180', 2095, 984748, 'api', 'SCB', now())")) {
                insert.executeUpdate();
            }
            // ... a later one commits through the API, and a sync runs while the early one is still open.
            expect(adminRequest().body(Map.of("lines", List.of(Map.of("municipality", "0181", "year", 2095,
                    "inhabitants", 104_000)))).post("/api/v1/population"), 200);
            population.syncAll(admin, 5000);
            // The later change waits: handing it out would move the cursor past the early transaction's place.
            assertFalse(population.items.containsKey("0181-2095"));
            assertFalse(population.items.containsKey("0180-2095"));
            early.commit();
        }
        waitUntilEveryChangeIsReadable();
        population.syncAll(admin, 5000);
        assertEquals(984748, population.items.get("0180-2095").get("inhabitants").asInt());
        assertEquals(104_000, population.items.get("0181-2095").get("inhabitants").asInt());
    }

    @Test
    void shouldPutPlacesFromAnotherClusterBackInOrder() throws Exception {
        Mirror population = new Mirror("population");
        expect(adminRequest().body(Map.of("lines", List.of(Map.of("municipality", "0187", "year", 2098,
                "inhabitants", 45_000)))).post("/api/v1/population"), 200);
        // As a dump restored into a younger cluster leaves it: a place beyond every transaction id of this one.
        sql("UPDATE sync_change SET xid = '900000000000'::xid8 WHERE kind = 'population' AND id = '0187-2098'");
        population.syncAll(admin, 5000);
        assertFalse(population.items.containsKey("0187-2098"));
        assertTrue(restoredPlaces.rebase() > 0);
        waitUntilEveryChangeIsReadable();
        population.syncAll(admin, 5000);
        assertEquals(45_000, population.items.get("0187-2098").get("inhabitants").asInt());
        assertEquals(0, restoredPlaces.rebase());
    }

    // --- Cursors and parameters -------------------------------------------------------------------------------------

    @Test
    void shouldAnswerABadCursorWithAProblemNamingIt() {
        String populationCursor = given().cookie("kl_session", admin).get("/api/v1/changes/population")
                .then().statusCode(200).extract().path("next");
        for (String bad : List.of("not-a-cursor", "AAAA", populationCursor.substring(1), "x".repeat(201))) {
            given().cookie("kl_session", admin).queryParam("after", bad).get("/api/v1/changes/population")
                    .then().statusCode(400).contentType("application/problem+json")
                    .body("type", equalTo("https://kompetenslaget.se/problems/validation"))
                    .body("violations.field", contains("after"));
        }
        // A cursor of another kind, both start parameters, a limit out of range, a time that is not one.
        given().cookie("kl_session", admin).queryParam("after", populationCursor).get("/api/v1/changes/cost-lines")
                .then().statusCode(400).body("violations.field", contains("after"));
        given().cookie("kl_session", admin).queryParam("after", populationCursor)
                .queryParam("since", "2026-01-01T00:00:00Z").get("/api/v1/changes/population")
                .then().statusCode(400).body("violations.field", contains("since"));
        given().cookie("kl_session", admin).queryParam("limit", 5001).get("/api/v1/changes/population")
                .then().statusCode(400);
        given().cookie("kl_session", admin).queryParam("since", "igår").get("/api/v1/changes/population")
                .then().statusCode(400).body("violations.field", contains("since"));
        // A cursor from beyond this database's transactions (another database's, or before a restore).
        String future = java.util.Base64.getUrlEncoder().withoutPadding()
                .encodeToString("1.population.9000000000000000000.1".getBytes());
        given().cookie("kl_session", admin).queryParam("after", future).get("/api/v1/changes/population")
                .then().statusCode(400).body("violations.field", contains("after"));
    }

    @Test
    void shouldStartFromAnInstantWithSinceAndPageWithTheLimit() throws Exception {
        expect(adminRequest().body(Map.of("lines", List.of(Map.of("municipality", "0182", "year", 2096,
                "inhabitants", 10_000)))).post("/api/v1/population"), 200);
        Thread.sleep(20);
        Instant since = Instant.now();
        Thread.sleep(20);
        List<Map<String, Object>> lines = new ArrayList<>();
        for (String code : List.of("0183", "0184", "0186")) {
            lines.add(Map.of("municipality", code, "year", 2096, "inhabitants", 20_000));
        }
        expect(adminRequest().body(Map.of("lines", lines)).post("/api/v1/population"), 200);
        waitUntilEveryChangeIsReadable();
        Response first = given().cookie("kl_session", admin).queryParam("since", since.toString())
                .queryParam("limit", 2).get("/api/v1/changes/population");
        expect(first, 200);
        assertEquals(List.of("0183-2096", "0184-2096"), first.path("changes.id"));
        assertEquals(true, first.path("hasMore"));
        Response second = given().cookie("kl_session", admin).queryParam("after", (String) first.path("next"))
                .queryParam("limit", 2).get("/api/v1/changes/population");
        assertEquals(List.of("0186-2096"), second.path("changes.id"));
        assertEquals(false, second.path("hasMore"));
        // Nothing new: the same place again, and an empty page.
        Response third = given().cookie("kl_session", admin).queryParam("after", (String) second.path("next"))
                .get("/api/v1/changes/population");
        assertEquals(List.of(), third.path("changes"));
    }

    // --- Access -----------------------------------------------------------------------------------------------------

    @Test
    void shouldShowEachCallerOnlyWhatTheNormalReadsShowThem() {
        String editor2580 = Fixtures.signIn(fixtures.createUser("sync-editor2580", Role.MUNICIPALITY_EDITOR, "2580"));
        String editor2581 = Fixtures.signIn(fixtures.createUser("sync-editor2581", Role.MUNICIPALITY_EDITOR, "2581"));
        String coordinator = Fixtures.signIn(fixtures.createUser("sync-coord", Role.COUNTY_COORDINATOR, "01"));
        String analyst = Fixtures.signIn(fixtures.createUser("sync-analyst", Role.ANALYST, null));
        expect(given().cookie("kl_session", editor2580).contentType(ContentType.JSON).body(Map.of("lines",
                List.of(Map.of("year", 2097, "serviceArea", "aldre", "hiredCost", BigDecimal.valueOf(5), "ownCost", BigDecimal.TEN)))).post(
                "/api/v1/municipalities/2580/cost-lines"), 200);
        String lineId = TestDatabase.query("SELECT id FROM cost_line WHERE municipality_code = '2580' AND year = 2097");

        Mirror own = new Mirror("cost-lines");
        own.syncAll(editor2580, 5000);
        assertTrue(own.items.containsKey(lineId));
        assertTrue(own.items.values().stream().allMatch(item -> item != null));
        Mirror other = new Mirror("cost-lines");
        other.syncAll(editor2581, 5000);
        assertFalse(other.items.containsKey(lineId));
        Mirror county = new Mirror("cost-lines");
        county.syncAll(coordinator, 5000);
        assertFalse(county.items.containsKey(lineId), "Stockholm's coordinator does not read Luleå");
        // Those who may read no municipality's figures are refused, as listCostLines refuses them.
        given().cookie("kl_session", analyst).get("/api/v1/changes/cost-lines").then().statusCode(403);
        String costsOnly = Fixtures.integrationToken(editor2580, "2580", List.of("costs:write"));
        given().auth().oauth2(costsOnly).get("/api/v1/changes/cost-lines").then().statusCode(403);
        String reader = Fixtures.integrationToken(editor2580, "2580", List.of("read"));
        List<String> municipalities = given().auth().oauth2(reader).queryParam("limit", 5000)
                .get("/api/v1/changes/cost-lines").then().statusCode(200).extract().path("changes.municipalityCode");
        assertTrue(municipalities.contains("2580") && municipalities.stream().allMatch("2580"::equals), "" + municipalities);
        given().cookie("kl_session", editor2580).get("/api/v1/changes/survey-responses").then().statusCode(403);
        given().get("/api/v1/changes/population").then().statusCode(401);

        // A published example reaches everyone; withdrawn, it leaves the copies of those who may no longer see it.
        Random random = new Random(7);
        Response created = given().cookie("kl_session", editor2580).contentType(ContentType.JSON)
                .body(example("2580", true, random)).post("/api/v1/learning-examples");
        expect(created, 201);
        String example = created.path("id");
        Mirror theirs = new Mirror("learning-examples");
        theirs.syncAll(editor2581, 5000);
        assertTrue(theirs.items.containsKey(example));
        expect(given().cookie("kl_session", editor2580).contentType(ContentType.JSON)
                .header("If-Match", created.header("ETag")).body(example("2580", false, random))
                .put("/api/v1/learning-examples/" + example), 200);
        theirs.syncAll(editor2581, 5000);
        assertFalse(theirs.items.containsKey(example));
        Mirror owners = new Mirror("learning-examples");
        owners.syncAll(editor2580, 5000);
        assertEquals(false, owners.items.get(example).get("published").asBoolean());
    }
}
