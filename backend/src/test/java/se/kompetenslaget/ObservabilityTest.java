package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** What an operations team reads: metrics, request ids in JSON log lines, and no secret in any of it. */
@QuarkusTest
class ObservabilityTest {

    private static final Path LOG = Path.of("target", "quarkus-test.log");
    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void shouldExposeHttpPoolAndJvmMetricsInPrometheusFormat() {
        given().when().get("/api/v1/counties").then().statusCode(200);

        String metrics = given().noFilters().accept("text/plain").when().get("/q/metrics")
                .then().statusCode(200).contentType(containsString("text/plain")).extract().asString();

        assertTrue(metrics.contains("http_server_requests_seconds_count{"), "HTTP request metrics");
        assertTrue(metrics.contains("uri=\"/api/v1/counties\""), "requests by route");
        assertTrue(metrics.contains("agroal_active_count"), "connection pool metrics");
        assertTrue(metrics.contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(metrics.contains("kl_responses_submitted_total"), "submitted responses");
        assertTrue(metrics.contains("kl_batches_stored_total{kind=\"cost-lines\""), "stored batches");
        assertTrue(metrics.contains("kl_sign_in_failures_total"), "sign-in failures");
        assertTrue(metrics.contains("kl_throttled_requests_total{kind=\"sign_in_client\""), "throttled requests");
        assertTrue(metrics.contains("kl_draft_saves_total{thread=\"io\""), "draft saves");
    }

    @Test
    void shouldCountRefusedSignIns() {
        double before = signInFailures();

        given().contentType("application/json")
                .body("{\"email\": \"nobody-" + UUID.randomUUID() + "@example.se\", \"password\": \"wrong-password-1\"}")
                .header("X-Forwarded-For", "192.0.2." + (1 + (int) (Math.random() * 200)))
                .when().post("/api/v1/auth/sign-in").then().statusCode(401);

        assertTrue(signInFailures() >= before + 1, "kl_sign_in_failures_total did not grow");
    }

    private static double signInFailures() {
        String metrics = given().noFilters().accept("text/plain").when().get("/q/metrics").then().extract().asString();
        return metrics.lines().filter(line -> line.startsWith("kl_sign_in_failures_total"))
                .mapToDouble(line -> Double.parseDouble(line.substring(line.lastIndexOf(' ') + 1))).sum();
    }

    @Test
    void shouldEchoTheCallersRequestIdAndLogItWithTheRequest() throws IOException, InterruptedException {
        String id = "it-" + UUID.randomUUID();

        given().header("X-Request-Id", id).when().get("/api/v1/counties/25")
                .then().statusCode(200).header("X-Request-Id", equalTo(id));

        JsonNode line = awaitLogLine(id);
        assertTrue(line.path("message").asText().contains("GET /api/v1/counties/25 200"), line.toString());
        assertTrue(line.path("loggerName").asText().equals("se.kompetenslaget.http"), line.toString());
    }

    @Test
    void shouldGiveEveryRequestAnIdWhenTheCallerSendsNoneOrAnUnsafeOne() {
        given().when().get("/api/v1/counties").then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
        given().header("X-Request-Id", "evil\nline").when().get("/api/v1/counties")
                .then().header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
    }

    @Test
    void shouldNeverLogARespondentLink() throws IOException, InterruptedException {
        String link = "kls_" + UUID.randomUUID().toString().replace("-", "") + "secret";
        String id = "link-" + UUID.randomUUID();

        given().header("X-Request-Id", id).when().get("/api/v1/respond/" + link).then().statusCode(404);

        JsonNode line = awaitLogLine(id);
        assertTrue(line.path("message").asText().contains("/api/v1/respond/kls_[hidden]"), line.toString());
        assertFalse(Files.readString(LOG).contains(link), "a respondent link is in the log");
        String metrics = given().noFilters().when().get("/q/metrics").then().extract().asString();
        assertFalse(metrics.contains(link), "a respondent link is in the metrics");
    }

    /** The JSON log line of the request log with this request id (the log is written asynchronously to disk). */
    private static JsonNode awaitLogLine(String requestId) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            List<String> lines = Files.readAllLines(LOG);
            for (String text : lines) {
                if (text.contains(requestId)) {
                    JsonNode line = JSON.readTree(text);
                    if ("se.kompetenslaget.http".equals(line.path("loggerName").asText())
                            && requestId.equals(line.path("mdc").path("requestId").asText())) {
                        return line;
                    }
                }
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("no request log line with requestId " + requestId);
            }
            Thread.sleep(100);
        }
    }
}
