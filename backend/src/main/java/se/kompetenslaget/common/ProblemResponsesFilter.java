package se.kompetenslaget.common;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

/**
 * Documents on every operation the problem responses any request can get (406, 414, 500 and 503; 413 where a body
 * is read), keeps the access
 * extension on operations only, and drops the generic
 * problem schemas quarkus-resteasy-problem contributes: the contract's own Problem schema (META-INF/openapi.yaml)
 * describes what the service actually sends, e.g. a relative {@code instance}.
 */
public class ProblemResponsesFilter implements OASFilter {

    // Sorted, so the generated contract is the same on every run.
    private static final Map<String, String> EVERY_OPERATION = new TreeMap<>(Map.of(
            // Any parameter or header can be malformed (U+0000, a wrong type): every operation can refuse with a 400.
            "400", ProblemResponses.BAD_REQUEST,
            "406", ProblemResponses.NOT_ACCEPTABLE,
            "414", ProblemResponses.URI_TOO_LONG,
            "500", ProblemResponses.INTERNAL_SERVER_ERROR,
            "503", ProblemResponses.SERVICE_UNAVAILABLE));

    private static final List<String> LIBRARY_SCHEMAS = List.of("HttpProblem", "HttpValidationProblem", "Violation");

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() != null && openAPI.getComponents().getSchemas() != null) {
            LIBRARY_SCHEMAS.forEach(openAPI.getComponents()::removeSchema);
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        openAPI.getPaths().getPathItems().values().forEach(item -> item.getOperations()
                .forEach((method, operation) -> addProblems(method, operation)));
    }

    private void addProblems(PathItem.HttpMethod method, Operation operation) {
        APIResponses responses = operation.getResponses();
        // A method's @Extension lands on its responses too; who may call is a property of the operation only.
        responses.removeExtension(Access.EXTENSION);
        if (responses.getAPIResponses() != null) {
            responses.getAPIResponses().values().forEach(response -> response.removeExtension(Access.EXTENSION));
        }
        Map<String, String> problems = new TreeMap<>(EVERY_OPERATION);
        if (operation.getRequestBody() != null) {
            problems.put("413", ProblemResponses.PAYLOAD_TOO_LARGE);
            // A body in another format than the operation reads.
            problems.put("415", ProblemResponses.UNSUPPORTED_MEDIA_TYPE);
        }
        if (method != PathItem.HttpMethod.GET && method != PathItem.HttpMethod.HEAD) {
            // A write that meets another at the same moment (an optimistic-lock or unique-key clash) is a 409.
            problems.put("409", ProblemResponses.CONFLICT);
        }
        problems.forEach((status, name) -> {
            if (responses.getAPIResponse(status) == null) {
                responses.addAPIResponse(status, OASFactory.createAPIResponse().ref(name));
            }
        });
        successFirst(responses);
        if (operation.getSecurity() == null) {
            // An operation without requirements is public; say so, rather than inherit a global one.
            operation.setSecurity(new ArrayList<>());
        }
    }

    /**
     * Orders the responses 2xx first, then by status: generators take the media types of the first responses for
     * {@code Accept}, so a client asks for the success type rather than the problem type.
     */
    private static void successFirst(APIResponses responses) {
        Map<String, APIResponse> ordered = new LinkedHashMap<>();
        responses.getAPIResponses().entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, APIResponse> e) -> !e.getKey().startsWith("2"))
                        .thenComparing(Map.Entry::getKey))
                .forEach(e -> ordered.put(e.getKey(), e.getValue()));
        responses.setAPIResponses(ordered);
    }
}
