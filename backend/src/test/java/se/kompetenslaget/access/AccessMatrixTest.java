package se.kompetenslaget.access;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.inject.Inject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.support.ContractValidation;
import se.kompetenslaget.support.Fixtures;

/**
 * Calls every operation in openapi.yaml as every kind of caller and checks the outcome its {@code x-kl-access}
 * declares: allowed callers never get 401 or 403, the others get exactly 401 (anonymous) or 403. Path parameters and
 * request bodies come from the contract's examples, so an operation added without a declared rule fails here.
 */
@QuarkusTest
class AccessMatrixTest {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> METHODS = Set.of("get", "post", "put", "patch", "delete");

    @Inject
    Fixtures fixtures;

    private final Map<String, Credential> callers = new LinkedHashMap<>();

    /** How a caller authenticates: a session cookie, a bearer token, or nothing. */
    record Credential(String cookie, String bearer) {

        RequestSpecification apply(RequestSpecification request) {
            if (cookie != null) {
                request.cookie("kl_session", cookie);
            }
            if (bearer != null) {
                request.auth().oauth2(bearer);
            }
            return request;
        }
    }

    @BeforeEach
    void signInEveryKindOfCaller() {
        String admin = Fixtures.signIn(fixtures.createUser("admin", Role.ADMIN, null));
        String editor2580 = Fixtures.signIn(fixtures.createUser("editor2580", Role.MUNICIPALITY_EDITOR, "2580"));
        callers.put("anonymous", new Credential(null, null));
        callers.put("admin", new Credential(admin, null));
        callers.put("admin token", new Credential(null, Fixtures.personalToken(admin, List.of("admin", "read"))));
        callers.put("admin token without admin scope", new Credential(null, Fixtures.personalToken(admin, List.of("read"))));
        callers.put("coordinator 25", new Credential(Fixtures.signIn(fixtures.createUser("coord25", Role.COUNTY_COORDINATOR, "25")), null));
        callers.put("editor 2580", new Credential(editor2580, null));
        callers.put("editor 2580 token", new Credential(null, Fixtures.personalToken(editor2580, List.of("read"))));
        callers.put("editor 2581", new Credential(Fixtures.signIn(fixtures.createUser("editor2581", Role.MUNICIPALITY_EDITOR, "2581")), null));
        callers.put("analyst", new Credential(Fixtures.signIn(fixtures.createUser("analyst", Role.ANALYST, null)), null));
        callers.put("integration 2580", new Credential(null, Fixtures.integrationToken(editor2580, "2580", List.of("costs:write"))));
    }

    @Test
    void shouldGiveEveryCallerOfEveryOperationTheDeclaredOutcome() throws IOException {
        JsonNode contract = YAML.readTree(ContractValidation.CONTRACT.toFile());
        List<String> failures = new ArrayList<>();
        int checked = 0;
        List<Map.Entry<String, Map.Entry<String, JsonNode>>> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields(); paths.hasNext();) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> {
                if (METHODS.contains(op.getKey())) {
                    operations.add(Map.entry(path.getKey(), op));
                }
            });
        }
        // Signing out ends the callers' sessions, so it goes last.
        operations.sort(java.util.Comparator.comparing(
                entry -> entry.getValue().getValue().path("operationId").asText().equals("signOut")));
        for (Map.Entry<String, Map.Entry<String, JsonNode>> entry : operations) {
            Map.Entry<String, JsonNode> path = Map.entry(entry.getKey(), entry.getValue().getValue());
            Map.Entry<String, JsonNode> op = entry.getValue();
            {
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText();
                String access = operation.path(Access.EXTENSION).asText(null);
                assertFalse(access == null, id + " declares no " + Access.EXTENSION + " in openapi.yaml");
                String url = examplePath(path.getKey(), operation);
                String body = exampleBody(contract, operation);
                for (Map.Entry<String, Credential> caller : callers.entrySet()) {
                    RequestSpecification request = caller.getValue().apply(given().noFilters());
                    if (body != null) {
                        request.contentType("application/json").body(body);
                    } else if (otherBodyType(operation) != null) {
                        // A body only in another type (a CSV import): that type, empty, so the access rule decides.
                        request.contentType(otherBodyType(operation)).body("");
                    }
                    if (takesIfMatch(operation)) {
                        // A conditional write: a well-formed If-Match, so the access rule decides, not a 428.
                        request.header("If-Match", "\"0\"");
                    }
                    int status = request.when().request(op.getKey().toUpperCase(), url).then().extract().statusCode();
                    Expected expected = expected(access, caller.getKey());
                    checked++;
                    if (!expected.matches(status)) {
                        failures.add(id + " (" + access + ") as " + caller.getKey() + ": " + status + ", expected " + expected);
                    }
                }
            }
        }
        assertTrue(checked >= 25 * callers.size(), "too few checks: " + checked);
        assertEquals(List.of(), failures);
    }

    /**
     * What a caller should get: allowed (anything but 401/403 and 5xx), refused with one status, or for sign-in
     * anything but 403 and 5xx (its 401 is the answer to the example's credentials, not a refusal of the caller).
     */
    record Expected(int refusedWith) {

        static final Expected ALLOWED = new Expected(0);
        static final Expected CREDENTIALS_DECIDE = new Expected(-1);

        boolean matches(int status) {
            if (refusedWith == -1) {
                return status != 403 && status < 500;
            }
            return refusedWith == 0 ? status != 401 && status != 403 && status < 500 : status == refusedWith;
        }

        @Override
        public String toString() {
            return refusedWith == 0 ? "allowed" : refusedWith == -1 ? "allowed (credentials decide)" : String.valueOf(refusedWith);
        }
    }

    private static Expected expected(String access, String caller) {
        if (access.equals(Access.PUBLIC)) {
            return Expected.ALLOWED;
        }
        if (access.equals(Access.SIGN_IN)) {
            return Expected.CREDENTIALS_DECIDE;
        }
        if (caller.equals("anonymous")) {
            return new Expected(401);
        }
        boolean session = !caller.contains("token") && !caller.startsWith("integration");
        boolean person = !caller.startsWith("integration");
        boolean admin = caller.equals("admin") || caller.equals("admin token");
        boolean adminGrant = caller.startsWith("admin");
        boolean edits2580 = adminGrant || caller.startsWith("editor 2580") || caller.equals("integration 2580");
        boolean allowed = switch (access) {
            case Access.AUTHENTICATED -> true;
            case Access.PERSON -> person;
            case Access.SESSION -> session;
            case Access.ADMIN -> admin;
            case Access.MUNICIPALITY_EDITOR_PERSON -> person && edits2580;
            case Access.MUNICIPALITY_EDITOR_SESSION -> session && edits2580;
            // No token here has tokens:write, so only signed-in people may create tokens.
            case Access.TOKEN_ISSUER -> session;
            case Access.MUNICIPALITY_TOKEN_ISSUER -> session && edits2580;
            // The example objects do not exist, so a coordinator passes the coarse check and meets a 404.
            case Access.SURVEY_MANAGER -> admin || caller.equals("coordinator 25");
            case Access.SURVEY_READER -> adminGrant || caller.equals("coordinator 25") || caller.equals("analyst");
            case Access.COST_REPORTER -> admin || caller.equals("editor 2580") || caller.equals("integration 2580");
            // The integration token has costs:write, not workforce:write.
            case Access.WORKFORCE_REPORTER -> admin || caller.equals("editor 2580");
            case Access.FIGURE_READER -> person;
            // The example publishes municipality 2580's figures: its editors and administrators, signed in.
            case Access.PUBLISHER -> session && edits2580;
            // The example owner is municipality 2580; tokens here lack plans:write.
            case Access.PLAN_OWNER_EDITOR -> admin || caller.equals("editor 2580");
            // The example objects do not exist: whoever passes the first check meets a 404.
            case Access.PLAN_EDITOR -> admin || caller.equals("coordinator 25") || caller.equals("editor 2580")
                    || caller.equals("editor 2581");
            // The integration token has costs:write only, not read.
            case Access.MUNICIPALITY_READER -> adminGrant || caller.equals("coordinator 25")
                    || caller.startsWith("editor 2580");
            // Anyone who may read some municipality: editor 2581 reads their own; the integration token lacks read.
            case Access.MUNICIPALITY_DATA_READER -> adminGrant || caller.equals("coordinator 25")
                    || caller.startsWith("editor");
            case Access.CONTACT_KEEPER -> person && (adminGrant || caller.equals("coordinator 25")
                    || caller.startsWith("editor 2580"));
            default -> throw new AssertionError("Unknown " + Access.EXTENSION + ": " + access);
        };
        return allowed ? Expected.ALLOWED : new Expected(403);
    }

    private static boolean takesIfMatch(JsonNode operation) {
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("header") && parameter.path("name").asText().equals("If-Match")) {
                return true;
            }
        }
        return false;
    }

    /** The path with each parameter replaced by its example from the contract. */
    private static String examplePath(String template, JsonNode operation) {
        String url = template;
        for (JsonNode parameter : operation.path("parameters")) {
            if (parameter.path("in").asText().equals("path")) {
                String example = parameter.path("example").asText(null);
                assertFalse(example == null, "path parameter " + parameter.path("name").asText() + " of "
                        + operation.path("operationId").asText() + " has no example in openapi.yaml");
                url = url.replace("{" + parameter.path("name").asText() + "}", example);
            }
        }
        return url;
    }

    /** A request body built from the examples (or first enum value) of the request schema's properties. */
    private static String exampleBody(JsonNode contract, JsonNode operation) {
        JsonNode schema = operation.path("requestBody").path("content").path("application/json").path("schema");
        if (schema.isMissingNode()) {
            return null;
        }
        schema = resolve(contract, schema);
        ObjectNode body = YAML.createObjectNode();
        for (Iterator<Map.Entry<String, JsonNode>> properties = schema.path("properties").fields(); properties.hasNext();) {
            Map.Entry<String, JsonNode> property = properties.next();
            JsonNode definition = resolve(contract, property.getValue());
            if (definition.has("examples")) {
                body.set(property.getKey(), definition.get("examples").get(0));
            } else if (definition.has("enum")) {
                body.set(property.getKey(), definition.get("enum").get(0));
            }
        }
        return body.toString();
    }

    /** The first media type of a request body that has no JSON form, or null. */
    private static String otherBodyType(JsonNode operation) {
        Iterator<String> types = operation.path("requestBody").path("content").fieldNames();
        return types.hasNext() ? types.next() : null;
    }

    private static JsonNode resolve(JsonNode contract, JsonNode schema) {
        String ref = schema.path("$ref").asText(null);
        return ref == null ? schema : contract.at(ref.substring(1));
    }
}
