package se.kompetenslaget.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.OpenApiValidationFilter;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A REST Assured filter that checks every request and response of a test against the repository's
 * openapi.yaml: an undocumented path, status, media type or field fails the test.
 */
public final class ContractValidation {

    /** The contract of record, at the top of the repository. */
    public static final Path CONTRACT = Path.of("..", "openapi.yaml").toAbsolutePath().normalize();

    private static OpenApiValidationFilter filter;

    private ContractValidation() {
    }

    public static synchronized OpenApiValidationFilter filter() {
        if (filter == null) {
            if (!Files.exists(CONTRACT)) {
                throw new IllegalStateException("No contract at " + CONTRACT);
            }
            OpenApiInteractionValidator validator = OpenApiInteractionValidator
                    .createForSpecificationUrl(CONTRACT.toUri().toString())
                    .withLevelResolver(LevelResolver.create()
                            // A field the code sends but the contract does not name is drift, not an extension.
                            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.ERROR)
                            // Tests send invalid requests on purpose; the contract must still document the answer.
                            .withLevel("validation.request.parameter", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.body", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.contentType", ValidationReport.Level.IGNORE)
                            .withLevel("validation.request.accept", ValidationReport.Level.IGNORE)
                            // Tests call protected operations anonymously on purpose; the 401 must still be documented.
                            .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                            // The validator reads a header value as JSON before checking it against the schema, so a
                            // plain string header (Set-Cookie: kl_session=...; Path=/) fails to parse; its presence
                            // and type: string are what the contract says.
                            .withLevel("validation.response.header.schema.invalidJson", ValidationReport.Level.IGNORE)
                            .build())
                    .build();
            filter = new OpenApiValidationFilter(validator);
        }
        return filter;
    }
}
