package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.filter.Filter;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.support.ContractValidation;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;
import se.kompetenslaget.survey.SurveyApi;

/**
 * A bad-input campaign generated from openapi.yaml: for every operation, many malformed requests (wrong types,
 * nulls, empty and {@code null} bodies, missing fields, U+0000, huge strings and numbers, invalid enums, ids, dates and
 * patterns, arrays with null elements, deep nesting, wrong content types), sent as an administrator with real ids
 * (and anonymously for public operations). Every answer must be below 500, every 4xx a problem document, and every
 * response as the contract describes it.
 * <p>
 * The cases come from a seeded generator of our own rather than jqwik: jqwik is its own JUnit engine and does not run
 * inside {@code @QuarkusTest}, and shrinking buys little against a running service whose state changes with each
 * request. The seed is printed; rerun a failure with {@code -Dcampaign.seed=<seed>}; {@code -Dcampaign.cases=<n>}
 * sets the cases per operation (default 30).
 */
@QuarkusTest
class BadInputCampaignTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");
    /** Marks a raw JSON token in a tree (e.g. 1e400, which no JsonNode can hold); replaced after writing. */
    private static final String RAW = "\u0001RAW:";
    private static final List<String> RAWS = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Inject
    Fixtures fixtures;

    private JsonNode contract;
    private final Map<String, String> ids = new LinkedHashMap<>();
    private String admin;

    /** One generated request. */
    record Case(String operationId, String method, String url, Map<String, String> headers, String contentType,
            String body, boolean anonymous, String what) {

        String describe(Response response) {
            String sent = body == null ? "(no body)" : excerpt(body, 300);
            String answer = response == null ? "(no response)" : response.statusCode() + " "
                    + response.contentType() + " " + excerpt(response.asString(), 400);
            return operationId + " [" + what + "] " + method + " " + excerpt(url, 300) + " headers=" + headers
                    + (anonymous ? " anonymous" : " as admin") + " content-type=" + contentType + " body=" + sent
                    + " -> " + answer;
        }
    }

    @Test
    void shouldAnswerEveryMalformedRequestBelow500WithADocumentedProblem() throws Exception {
        long seed = Long.getLong("campaign.seed", new Random().nextLong());
        int perOperation = Integer.getInteger("campaign.cases", 30);
        System.out.println("Bad-input campaign seed: " + seed + " (rerun with -Dcampaign.seed=" + seed + ")");
        contract = YAML.readTree(ContractValidation.CONTRACT.toFile());
        createFixtures();
        Random random = new Random(seed);

        List<Case> cases = new ArrayList<>();
        List<Case> last = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            for (Iterator<Map.Entry<String, JsonNode>> ops = path.getValue().fields(); ops.hasNext();) {
                Map.Entry<String, JsonNode> op = ops.next();
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                List<Case> generated = generate(path.getKey(), op.getKey(), op.getValue(), perOperation,
                        new Random(random.nextLong()));
                // Deletes and sign-out take away what other cases use, so they go last.
                boolean destructive = op.getKey().equals("delete")
                        || op.getValue().path("operationId").asText().equals("signOut");
                (destructive ? last : cases).addAll(generated);
            }
        }

        ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
        Map<String, AtomicInteger> statuses = new java.util.concurrent.ConcurrentSkipListMap<>();
        long started = System.nanoTime();
        run(cases, failures, statuses);
        run(last, failures, statuses);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started);
        int total = cases.size() + last.size();
        System.out.println("Bad-input campaign: " + total + " cases in " + seconds + " s, statuses " + statuses
                + ", " + failures.size() + " failures (seed " + seed + ")");
        failures.forEach(failure -> System.out.println("FAILED: " + failure));
        assertTrue(total >= 2000, "too few cases: " + total);
        assertTrue(failures.isEmpty(), failures.size() + " of " + total + " cases failed (seed " + seed
                + "); the first:\n" + String.join("\n", failures.stream().limit(40).toList()));
    }

    private void run(List<Case> cases, ConcurrentLinkedQueue<String> failures, Map<String, AtomicInteger> statuses)
            throws Exception {
        int threads = Integer.getInteger("campaign.threads", 3);
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        try {
            List<Future<?>> running = new ArrayList<>();
            for (Case c : cases) {
                running.add(pool.submit(() -> send(c, failures, statuses)));
            }
            for (Future<?> future : running) {
                future.get(5, TimeUnit.MINUTES);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private void send(Case c, ConcurrentLinkedQueue<String> failures, Map<String, AtomicInteger> statuses) {
        Response[] seen = new Response[1];
        Filter recorder = (request, response, context) -> {
            Response answer = context.next(request, response);
            seen[0] = answer;
            return answer;
        };
        OpenApiValidationFilter contractCheck = ContractValidation.filter();
        RequestSpecification request = given().noFilters().filters(contractCheck, recorder).urlEncodingEnabled(false)
                // Every case from its own address, so the sign-in and link throttles do not mix the cases up.
                .header("X-Forwarded-For", "10.9." + (c.hashCode() & 0xff) + "." + ((c.hashCode() >>> 8) & 0xff));
        if (!c.anonymous()) {
            request.cookie("kl_session", admin);
        }
        c.headers().forEach(request::header);
        if (c.contentType() != null) {
            request.contentType(c.contentType());
        }
        if (c.body() != null && c.contentType() != null && c.contentType().startsWith("application/x-www-form")) {
            // REST Assured encodes form bodies itself and takes only text for them.
            request.body(c.body());
        } else if (c.body() != null) {
            request.body(c.body().getBytes(StandardCharsets.UTF_8));
        }
        Response response;
        try {
            response = request.when().request(c.method(), c.url());
        } catch (OpenApiValidationFilter.OpenApiValidationException e) {
            count(statuses, seen[0]);
            failures.add("contract: " + c.describe(seen[0]) + "\n    " + excerpt(e.getMessage(), 1500));
            return;
        } catch (RuntimeException e) {
            failures.add("no answer: " + c.describe(null) + " " + e);
            return;
        }
        count(statuses, response);
        int status = response.statusCode();
        if (status >= 500) {
            failures.add("5xx: " + c.describe(response));
        } else if (status >= 400) {
            String type = String.valueOf(response.contentType());
            if (!type.startsWith("application/problem+json")) {
                failures.add("not a problem: " + c.describe(response));
                return;
            }
            try {
                JsonNode problem = JSON.readTree(response.asString());
                if (problem.path("status").asInt() != status || problem.path("title").asText("").isBlank()) {
                    failures.add("problem without status/title: " + c.describe(response));
                }
            } catch (IOException e) {
                failures.add("unreadable problem: " + c.describe(response));
            }
        }
    }

    private static void count(Map<String, AtomicInteger> statuses, Response response) {
        String key = response == null ? "none" : String.valueOf(response.statusCode());
        statuses.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
    }

    // --- Fixtures: real objects, so requests get past 404 into validation ----------------------------------------

    private void createFixtures() {
        String adminEmail = fixtures.createUser("campaign-admin", Role.ADMIN, null);
        admin = Fixtures.signIn(adminEmail);
        SurveyApi surveys = new SurveyApi(admin);
        String questionnaire = surveys.createQuestionnaire(SurveyApi.hiredStaffQuestionnaire("Kampanj", null));
        surveys.open(questionnaire);
        String token = surveys.invite(questionnaire, Map.of("target", "municipalities", "municipalityCodes",
                List.of("2580"))).get("2580");
        String invitation = TestDatabase.query("SELECT id FROM invitation WHERE questionnaire_id = '" + questionnaire + "'");
        ids.put("questionnaireId", questionnaire);
        ids.put("token", token);
        ids.put("invitationId", invitation);
        ids.put("version", "1");
        ids.put("/api/v1/municipalities/{code}", "2580");
        ids.put("/api/v1/counties/{code}", "25");
        ids.put("/api/v1/strategies/{code}", exampleOf("/api/v1/strategies/{code}", "get", "code"));
        String campaign = created("/api/v1/campaigns");
        if (campaign != null) {
            ids.put("campaignId", campaign);
        }
        String plan = created("/api/v1/action-plans");
        if (plan != null) {
            ids.put("/api/v1/action-plans/{id}", plan);
            String goal = created("/api/v1/action-plans/{id}/goals".replace("{id}", plan));
            String activity = created("/api/v1/action-plans/{id}/activities".replace("{id}", plan));
            if (goal != null) {
                ids.put("goalId", goal);
            }
            if (activity != null) {
                ids.put("activityId", activity);
            }
        }
        String example = created("/api/v1/learning-examples");
        if (example != null) {
            ids.put("/api/v1/learning-examples/{id}", example);
        }
        String person = fixtures.createUser("campaign-person", Role.MUNICIPALITY_EDITOR, "2580");
        ids.put("/api/v1/users/{id}", TestDatabase.query("SELECT id FROM app_user WHERE email = '" + person + "'"));
        ids.put("grantId", TestDatabase.query("SELECT g.id FROM role_grant g JOIN app_user u ON u.id = g.user_id "
                + "WHERE u.email = '" + person + "'"));
        Fixtures.personalToken(admin, List.of("read"));
        ids.put("/api/v1/me/tokens/{id}", TestDatabase.query("SELECT t.id FROM api_token t JOIN app_user u "
                + "ON u.id = t.owner_id WHERE u.email = '" + adminEmail + "'"));
        ids.put("/api/v1/tokens/{id}", ids.get("/api/v1/me/tokens/{id}"));
        Fixtures.integrationToken(admin, "2580", List.of("costs:write"));
        ids.put("/api/v1/municipalities/{code}/tokens/{id}",
                TestDatabase.query("SELECT id FROM api_token WHERE municipality_code = '2580' LIMIT 1"));
        created("/api/v1/municipalities/2580/cost-lines");
        String costLine = TestDatabase.query("SELECT id FROM cost_line WHERE municipality_code = '2580' LIMIT 1");
        if (costLine != null) {
            ids.put("/api/v1/municipalities/{code}/cost-lines/{id}", costLine);
        }
        String template = given().noFilters().cookie("kl_session", admin).when().get("/api/v1/questionnaire-templates")
                .then().extract().path("[0].key");
        if (template != null) {
            ids.put("key", template);
        }
        System.out.println("Bad-input campaign fixtures: " + ids);
    }

    /** POSTs the contract's example body to a collection; the new object's id, or null when that did not work. */
    private String created(String url) {
        String template = url.replaceAll("/action-plans/[^/]+/", "/action-plans/{id}/")
                .replaceAll("/municipalities/[0-9]{4}/", "/municipalities/{code}/");
        JsonNode operation = contract.path("paths").path(template).path("post");
        JsonNode body = sampleBody(operation);
        Response response = given().noFilters().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(body == null ? "{}" : body.toString()).when().post(url);
        if (response.statusCode() == 400 && body instanceof ObjectNode object) {
            // The examples do not always fit together: leave out what was refused (optional fields) and try again.
            try {
                JSON.readTree(response.asString()).path("violations")
                        .forEach(violation -> object.remove(violation.path("field").asText().split("[.\\[]")[0]));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
            response = given().noFilters().cookie("kl_session", admin).contentType(ContentType.JSON)
                    .body(object.toString()).when().post(url);
        }
        if (response.statusCode() >= 300) {
            System.out.println("Bad-input campaign: no fixture from POST " + url + ": " + response.statusCode() + " "
                    + excerpt(response.asString(), 300));
            return null;
        }
        try {
            return JSON.readTree(response.asString()).path("id").asText(null);
        } catch (IOException e) {
            return null;
        }
    }

    private String exampleOf(String path, String method, String name) {
        for (JsonNode parameter : contract.path("paths").path(path).path(method).path("parameters")) {
            if (parameter.path("name").asText().equals(name)) {
                return parameter.path("example").asText("x");
            }
        }
        return "x";
    }

    private String realValue(String path, String name, JsonNode parameter) {
        String byPath = ids.get(path.substring(0, path.indexOf("{" + name + "}") + name.length() + 2));
        if (byPath != null) {
            return byPath;
        }
        String byName = ids.get(name);
        if (byName != null) {
            return byName;
        }
        return parameter.path("example").asText(sample(parameter.path("schema"), 0).asText("x"));
    }

    // --- Generation -----------------------------------------------------------------------------------------------

    private List<Case> generate(String path, String method, JsonNode operation, int count, Random random) {
        String id = operation.path("operationId").asText(method + " " + path);
        String access = operation.path(Access.EXTENSION).asText("");
        boolean mayBeAnonymous = access.equals(Access.PUBLIC) || access.equals(Access.SIGN_IN);
        boolean onlyAnonymous = id.equals("signOut");
        List<JsonNode> parameters = new ArrayList<>();
        operation.path("parameters").forEach(parameters::add);
        JsonNode requestBody = operation.path("requestBody");
        boolean takesBody = !requestBody.isMissingNode();
        JsonNode base = takesBody ? sampleBody(operation) : null;

        List<Case> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Map<String, String> pathValues = new LinkedHashMap<>();
            Map<String, String> query = new LinkedHashMap<>();
            Map<String, String> headers = new LinkedHashMap<>();
            for (JsonNode parameter : parameters) {
                String name = parameter.path("name").asText();
                switch (parameter.path("in").asText()) {
                    case "path" -> pathValues.put(name, realValue(path, name, parameter));
                    case "header" -> {
                        if (parameter.path("required").asBoolean() || random.nextBoolean()) {
                            headers.put(name, name.equals("If-Match") ? "\"0\"" : parameter.path("example").asText("x"));
                        }
                    }
                    case "query" -> {
                        if (parameter.path("required").asBoolean()) {
                            query.put(name, parameter.path("example").asText(sample(parameter.path("schema"), 0).asText("1")));
                        }
                    }
                    default -> {
                    }
                }
            }
            String contentType = takesBody ? "application/json" : null;
            String body = base == null ? null : write(base);
            String what;
            // Which part to break: the body most often when there is one.
            int choice = random.nextInt(10);
            List<JsonNode> pathParameters = parameters.stream().filter(p -> p.path("in").asText().equals("path")).toList();
            List<JsonNode> otherParameters = parameters.stream().filter(p -> !p.path("in").asText().equals("path")).toList();
            if (takesBody && choice < 6) {
                int kind = random.nextInt(12);
                if (kind == 0) {
                    String[] raw = { "null", "", "[]", "\"text\"", "123", "{", "{\"a\":", "true", "[null]", "{}{}",
                            "\u0000", "{\"x\": 1}" };
                    body = raw[random.nextInt(raw.length)];
                    what = "body " + describeRaw(body);
                } else if (kind == 1) {
                    contentType = List.of("text/plain", "application/xml", "application/x-www-form-urlencoded",
                            "multipart/form-data; boundary=x", "application/json; charset=latin-1").get(random.nextInt(5));
                    what = "content type " + contentType;
                } else if (kind == 2) {
                    int depth = 300 + random.nextInt(3000);
                    body = "[".repeat(depth) + "]".repeat(depth);
                    what = "array nested " + depth + " deep";
                } else {
                    JsonNode mutated = base == null ? NODES.objectNode() : base.deepCopy();
                    what = mutate(mutated, operation, random);
                    body = write(mutated);
                }
            } else if (!otherParameters.isEmpty() && choice < 8) {
                JsonNode parameter = otherParameters.get(random.nextInt(otherParameters.size()));
                String name = parameter.path("name").asText();
                String junk = junkText(parameter.path("schema"), random);
                if (parameter.path("in").asText().equals("header")) {
                    headers.put(name, junk.replaceAll("[\\r\\n\\u0000]", "?"));
                } else {
                    query.put(name, junk);
                }
                what = parameter.path("in").asText() + " " + name + "=" + excerpt(junk, 40);
            } else if (!pathParameters.isEmpty()) {
                JsonNode parameter = pathParameters.get(random.nextInt(pathParameters.size()));
                String junk = junkText(parameter.path("schema"), random).replace("/", "_");
                if (junk.isEmpty()) {
                    // An empty segment is another path (another operation or none), not a bad value for this one.
                    junk = "%";
                }
                pathValues.put(parameter.path("name").asText(), junk);
                what = "path " + parameter.path("name").asText() + "=" + excerpt(junk, 40);
            } else if (!otherParameters.isEmpty()) {
                JsonNode parameter = otherParameters.get(random.nextInt(otherParameters.size()));
                String junk = junkText(parameter.path("schema"), random);
                query.put(parameter.path("name").asText(), junk);
                what = "query " + parameter.path("name").asText() + "=" + excerpt(junk, 40);
            } else {
                query.put("unexpected", junkText(NODES.objectNode(), random));
                what = "an unexpected query parameter";
            }
            String url = path;
            for (Map.Entry<String, String> value : pathValues.entrySet()) {
                url = url.replace("{" + value.getKey() + "}", encode(value.getValue()));
            }
            if (!query.isEmpty()) {
                StringBuilder q = new StringBuilder();
                query.forEach((name, value) -> q.append(q.length() == 0 ? "?" : "&").append(encode(name)).append('=')
                        .append(encode(value)));
                url += q;
            }
            boolean anonymous = onlyAnonymous || (mayBeAnonymous && random.nextBoolean());
            cases.add(new Case(id, method.toUpperCase(), url, headers, contentType, body, anonymous, what));
        }
        return cases;
    }

    /** Breaks one thing in a copy of a valid body; says what. */
    private String mutate(JsonNode body, JsonNode operation, Random random) {
        List<List<Object>> places = new ArrayList<>();
        collect(body, new ArrayList<>(), places);
        if (places.isEmpty() || !(body instanceof ObjectNode || body instanceof ArrayNode)) {
            return "top-level " + body;
        }
        List<Object> place = places.get(random.nextInt(places.size()));
        JsonNode parent = body;
        for (int i = 0; i < place.size() - 1; i++) {
            parent = place.get(i) instanceof String field ? parent.get(field) : parent.get((Integer) place.get(i));
        }
        Object last = place.get(place.size() - 1);
        int kind = random.nextInt(8);
        if (kind == 0 && parent instanceof ObjectNode object && last instanceof String field) {
            object.remove(field);
            return "without " + place;
        }
        if (kind == 1 && parent instanceof ObjectNode object) {
            object.set("unknownField" + random.nextInt(10), junkValue(random));
            return "with an unknown field beside " + place;
        }
        JsonNode junk = kind == 2 ? arrayOfNulls(random) : junkValue(random);
        if (parent instanceof ObjectNode object && last instanceof String field) {
            object.set(field, junk);
        } else if (parent instanceof ArrayNode array) {
            array.set((Integer) last, junk);
        }
        return place + " = " + excerpt(write(junk), 60);
    }

    private static void collect(JsonNode node, List<Object> at, List<List<Object>> places) {
        if (node.isObject()) {
            node.fields().forEachRemaining(field -> {
                List<Object> here = new ArrayList<>(at);
                here.add(field.getKey());
                places.add(here);
                collect(field.getValue(), here, places);
            });
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                List<Object> here = new ArrayList<>(at);
                here.add(i);
                places.add(here);
                collect(node.get(i), here, places);
            }
        }
    }

    private static JsonNode arrayOfNulls(Random random) {
        ArrayNode array = NODES.arrayNode();
        array.addNull();
        if (random.nextBoolean()) {
            array.add(junkValue(random));
        }
        return array;
    }

    /** A JSON value of a likely wrong kind. */
    private static JsonNode junkValue(Random random) {
        return switch (random.nextInt(22)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.textNode("");
            case 2 -> NODES.textNode("a\u0000b");
            case 3 -> NODES.textNode("x".repeat(100_000));
            case 4 -> raw("1e400");
            case 5 -> raw("-1e400");
            case 6 -> NODES.numberNode(-1);
            case 7 -> raw("9223372036854775808");
            case 8 -> raw("-9223372036854775809");
            case 9 -> NODES.numberNode(42949674);
            case 10 -> NODES.numberNode(1.5);
            case 11 -> NODES.booleanNode(true);
            case 12 -> NODES.arrayNode();
            case 13 -> arrayOfNulls(random);
            case 14 -> NODES.objectNode().putNull("x");
            case 15 -> NODES.textNode("not-a-valid-value");
            case 16 -> NODES.textNode("2026-13-45");
            case 17 -> NODES.textNode("00000000-0000-0000-0000-000000000000");
            case 18 -> NODES.textNode("💥 <script>alert(1)</script> '; DROP TABLE x;--");
            case 19 -> NODES.numberNode(Integer.MAX_VALUE + 1L);
            case 20 -> nested(200 + random.nextInt(2000));
            default -> NODES.textNode("\u0000");
        };
    }

    private static JsonNode nested(int depth) {
        return raw("{\"a\":".repeat(depth) + "1" + "}".repeat(depth));
    }

    /** A JSON token written as is (e.g. 1e400, which no JsonNode holds, or nesting deeper than Jackson writes). */
    private static JsonNode raw(String json) {
        RAWS.add(json);
        return NODES.textNode(RAW + (RAWS.size() - 1));
    }

    /** A parameter value of a likely wrong kind for its schema. */
    private static String junkText(JsonNode schema, Random random) {
        List<String> junk = new ArrayList<>(List.of("", " ", "\u0000", "a\u0000b", "null", "true", "1e400", "-1", "0",
                "2147483648", "9223372036854775808", "-9223372036854775809", "42949674", "NaN", "1.5", "💥",
                "'; DROP TABLE x;--", "%", "2026-13-45", "not-a-uuid", "00000000-0000-0000-0000-000000000000",
                "x".repeat(3000), "ÅÄÖ", "[]", "{}", "../../etc/passwd"));
        Collections.shuffle(junk, random);
        return junk.get(0);
    }

    // --- Sample bodies from the contract ------------------------------------------------------------------------

    private JsonNode sampleBody(JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        return schema.isMissingNode() ? null : sample(schema, 0);
    }

    private JsonNode resolve(JsonNode schema) {
        while (schema.has("$ref")) {
            String ref = schema.get("$ref").asText();
            schema = contract.at(ref.substring(1));
        }
        return schema;
    }

    private JsonNode sample(JsonNode schema, int depth) {
        schema = resolve(schema);
        if (schema.has("example")) {
            return schema.get("example");
        }
        if (schema.has("examples") && schema.get("examples").isArray() && !schema.get("examples").isEmpty()) {
            return schema.get("examples").get(0);
        }
        if (schema.has("default")) {
            return schema.get("default");
        }
        if (schema.has("enum")) {
            return schema.get("enum").get(0);
        }
        for (String combined : List.of("allOf", "oneOf", "anyOf")) {
            if (schema.has(combined)) {
                if (combined.equals("allOf")) {
                    ObjectNode merged = NODES.objectNode();
                    schema.get("allOf").forEach(part -> {
                        JsonNode value = sample(part, depth + 1);
                        if (value instanceof ObjectNode object) {
                            merged.setAll(object);
                        }
                    });
                    return merged;
                }
                return sample(schema.get(combined).get(0), depth + 1);
            }
        }
        String type = schema.path("type").isArray() ? schema.path("type").get(0).asText() : schema.path("type").asText("");
        if (type.isEmpty() && schema.has("properties")) {
            type = "object";
        }
        if (depth > 6) {
            return NODES.nullNode();
        }
        return switch (type) {
            case "object" -> {
                ObjectNode object = NODES.objectNode();
                schema.path("properties").fields().forEachRemaining(
                        property -> object.set(property.getKey(), sample(property.getValue(), depth + 1)));
                yield object;
            }
            case "array" -> NODES.arrayNode().add(sample(schema.path("items"), depth + 1));
            case "integer" -> NODES.numberNode(schema.path("minimum").asInt(1));
            case "number" -> NODES.numberNode(schema.path("minimum").asDouble(1));
            case "boolean" -> NODES.booleanNode(true);
            case "string" -> NODES.textNode(switch (schema.path("format").asText("")) {
                case "date" -> "2026-01-01";
                case "date-time" -> "2026-01-01T00:00:00Z";
                case "uuid" -> UUID.randomUUID().toString();
                default -> schema.path("pattern").asText("").contains("[0-9]{4}") ? "2580" : "text";
            });
            default -> NODES.textNode("text");
        };
    }

    // --- Helpers ----------------------------------------------------------------------------------------------

    private static String write(JsonNode node) {
        try {
            String json = JSON.writeValueAsString(node);
            // Raw tokens were written as escaped strings: put them back raw.
            return java.util.regex.Pattern.compile("\"\\\\u0001RAW:([0-9]+)\"").matcher(json)
                    .replaceAll(match -> java.util.regex.Matcher.quoteReplacement(RAWS.get(Integer.parseInt(match.group(1)))));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    private static String describeRaw(String body) {
        return body.isEmpty() ? "(empty)" : excerpt(body.replace("\u0000", "\\u0000"), 20);
    }

    static String excerpt(String text, int max) {
        if (text == null) {
            return "null";
        }
        String clean = text.replace("\u0000", "\\u0000");
        return clean.length() <= max ? clean : clean.substring(0, max) + "…(" + clean.length() + " chars)";
    }
}
