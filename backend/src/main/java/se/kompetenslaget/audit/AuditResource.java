package se.kompetenslaget.audit;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.audit.AuditDtos.AuditEventPage;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ProblemResponses;

@Path("/api/v1/audit-events")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit trail", description = "Who changed what and when, and every sign-in and token event. Append-only.")
public class AuditResource {

    private static final String UUID_PATTERN = "^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$";

    private final AuditService service;

    public AuditResource(AuditService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listAuditEvents", summary = "Read the audit trail", description = "Newest first. Administrators only.")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "A page of events.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = AuditEventPage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public AuditEventPage list(
            @Parameter(description = "Only events by this person or integration token (its id).")
            @QueryParam("actor") @Pattern(regexp = UUID_PATTERN, message = "must be a user or token id") String actor,
            @Parameter(description = "Only events about this municipality.", example = "2580")
            @QueryParam("municipality") @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code")
            String municipality,
            @Parameter(description = "Only events about this type of object.", example = "user")
            @QueryParam("type") @Pattern(regexp = "^[a-z_]{1,40}$", message = "must be an object type such as user") String type,
            @Parameter(description = "Only this action.", example = "sign_in_failed")
            @QueryParam("action") @Pattern(regexp = "^[a-z_]{1,40}$", message = "must be an action such as update") String action,
            @Parameter(description = "From this instant (inclusive), ISO 8601.", example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String from,
            @Parameter(description = "Until this instant (exclusive), ISO 8601.", example = "2026-12-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("until") String to,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most 100") Integer size) {
        AuditQuery query = new AuditQuery(actor == null ? null : UUID.fromString(actor), municipality, type, action,
                instant("since", from), instant("until", to));
        var found = service.search(query, new PageRequest(page, size));
        return new AuditEventPage(found.items(), found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    private static Instant instant(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new BadInputException("The query parameter '" + parameter + "' must be an ISO 8601 instant, e.g. "
                    + "2026-11-01T00:00:00Z, not '" + value + "'.",
                    List.of(new BadInputException.Violation(parameter, "query", "must be an ISO 8601 instant")));
        }
    }
}
