package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.CuttableSocketFactory;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;

/**
 * A network outage between the service and PostgreSQL: while it lasts, reads and writes answer 503 with
 * Retry-After and readiness is down; afterwards the service recovers without a restart and every write it
 * acknowledged before the outage is still there.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.CuttableDatabase.class)
class DatabaseOutageTest {

    private static final Duration PATIENCE = Duration.ofSeconds(60);
    private static final String UNAVAILABLE = "https://kompetenslaget.se/problems/service-unavailable";

    /** The application's database connections go through sockets the test can cut; a short wait for a connection. */
    public static class CuttableDatabase implements QuarkusTestProfile {

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.additional-jdbc-properties.socketFactory", CuttableSocketFactory.class.getName(),
                    "quarkus.datasource.jdbc.additional-jdbc-properties.connectTimeout", "1",
                    "quarkus.datasource.jdbc.acquisition-timeout", "2S");
        }
    }

    @Inject
    Fixtures fixtures;

    @AfterEach
    void restoreTheNetwork() {
        CuttableSocketFactory.restore();
    }

    @Test
    void shouldAnswer503WithRetryAfterWhileTheDatabaseIsUnreachableAndRecoverWithoutLosingAWrite() {
        String admin = Fixtures.signIn(fixtures.createUser("outage-admin", Role.ADMIN, null));
        List<String> acknowledged = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            acknowledged.add(createCampaign(admin, "Före avbrottet " + i).statusCode(201).extract().path("id"));
        }

        assertTrue(CuttableSocketFactory.openConnections() > 0, "the service's database connections go through the test's sockets");
        CuttableSocketFactory.cut();

        isUnavailable(given().when().get("/api/v1/municipalities/2580").then());
        isUnavailable(given().when().get("/api/v1/municipalities?q=lule").then());
        isUnavailable(createCampaign(admin, "Under avbrottet"));
        assertEquals(503, await(() -> given().noFilters().when().get("/q/health/ready").then().extract().statusCode(), 503),
                "readiness while the database is unreachable");
        given().noFilters().when().get("/q/health/live").then().statusCode(200);

        CuttableSocketFactory.restore();

        assertEquals(200, await(() -> given().noFilters().when().get("/q/health/ready").then().extract().statusCode(), 200),
                "readiness once the database is reachable again, without a restart");
        assertEquals(200, await(() -> given().when().get("/api/v1/municipalities/2580").then().extract().statusCode(), 200),
                "a read once the database is reachable again");
        given().when().get("/api/v1/municipalities/2580").then().statusCode(200).body("name", equalTo("Luleå"));
        createCampaign(admin, "Efter avbrottet").statusCode(201);
        for (String id : acknowledged) {
            assertEquals("1", TestDatabase.query("SELECT count(*) FROM campaign WHERE id = '" + id + "'"),
                    "campaign " + id + ", acknowledged before the outage");
        }
    }

    @Test
    void shouldLoseNoAcknowledgedWriteWhenTheDatabaseGoesAwayDuringALoad() throws Exception {
        String admin = Fixtures.signIn(fixtures.createUser("outage-load", Role.ADMIN, null));
        Set<String> acknowledged = ConcurrentHashMap.newKeySet();
        Map<Integer, Integer> statuses = new ConcurrentHashMap<>();
        List<String> badUnavailable = new CopyOnWriteArrayList<>();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger sequence = new AtomicInteger();
        ExecutorService writers = Executors.newFixedThreadPool(4);
        try {
            for (int w = 0; w < 4; w++) {
                writers.submit(() -> {
                    while (running.get()) {
                        var response = createCampaign(admin, "Last " + sequence.incrementAndGet()).extract();
                        statuses.merge(response.statusCode(), 1, Integer::sum);
                        if (response.statusCode() == 201) {
                            acknowledged.add(response.path("id"));
                        } else if (response.statusCode() == 503 && !"5".equals(response.header("Retry-After"))) {
                            badUnavailable.add(response.asString());
                        }
                    }
                    return null;
                });
            }
            awaitTrue(() -> acknowledged.size() >= 20, "writes before the outage");
            CuttableSocketFactory.cut();
            awaitTrue(() -> statuses.getOrDefault(503, 0) >= 8, "503 answers during the outage");
            CuttableSocketFactory.restore();
            int before = acknowledged.size();
            awaitTrue(() -> acknowledged.size() >= before + 20, "writes after the outage");
        } finally {
            running.set(false);
            writers.shutdown();
            assertTrue(writers.awaitTermination(2, TimeUnit.MINUTES), "the writers stop");
        }

        assertEquals(Set.of(201, 503), statuses.keySet(), "every answer under load was 201 or 503: " + statuses);
        assertEquals(List.of(), badUnavailable, "a 503 without Retry-After: 5");
        String ids = acknowledged.stream().map(id -> "'" + id + "'").collect(Collectors.joining(","));
        assertEquals(String.valueOf(acknowledged.size()),
                TestDatabase.query("SELECT count(*) FROM campaign WHERE id IN (" + ids + ")"),
                "every acknowledged write is stored (" + statuses + ")");
    }

    private static void awaitTrue(Supplier<Boolean> condition, String what) {
        Instant deadline = Instant.now().plus(PATIENCE);
        while (!condition.get()) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("timed out waiting for " + what);
            }
            pause();
        }
    }

    private static ValidatableResponse createCampaign(String session, String title) {
        return given().cookie("kl_session", session).contentType(ContentType.JSON).body(Map.of("title", title))
                .when().post("/api/v1/campaigns").then();
    }

    private static void isUnavailable(ValidatableResponse response) {
        response.statusCode(503)
                .contentType("application/problem+json")
                .header("Retry-After", "5")
                .body("type", equalTo(UNAVAILABLE))
                .body("status", equalTo(503))
                .body(not(containsString("Exception")))
                .body(not(containsString("jdbc")));
    }

    /** Polls until the wanted status comes or patience runs out; returns the last status seen. */
    private static int await(Supplier<Integer> status, int wanted) {
        Instant deadline = Instant.now().plus(PATIENCE);
        int seen;
        do {
            seen = status.get();
            if (seen == wanted) {
                return seen;
            }
            pause();
        } while (Instant.now().isBefore(deadline));
        return seen;
    }

    private static void pause() {
        try {
            Thread.sleep(250);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
