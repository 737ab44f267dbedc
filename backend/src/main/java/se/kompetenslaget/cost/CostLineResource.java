package se.kompetenslaget.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.CostDtos.CostBatch;
import se.kompetenslaget.cost.FigureDtos.CostLineHistory;
import se.kompetenslaget.cost.FigureDtos.CostLinePage;

/** Staffing-agency cost lines, reported by a municipality's people and systems. */
@Path("/api/v1/municipalities/{code}/cost-lines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing-agency costs", description = "Hired-staff cost against own personnel cost.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class CostLineResource {

    private final CostService costs;

    public CostLineResource(CostService costs) {
        this.costs = costs;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportCostLines", summary = "Report cost lines (batch)",
            description = """
                    Stores the lines all together or not at all: one invalid line and nothing is stored, with a \
                    violation per problem (`lines[<index>].<field>`). Lines upsert on their natural key (year, month, \
                    serviceArea, profession); a changed line keeps its earlier version in its history. With an \
                    Idempotency-Key the first answer is kept for the key: sending the same batch again returns it and \
                    stores nothing more; the same key with a different batch is a 409. Hired staff reported for \
                    authority exercise in social child and youth care (barn_unga) come back as warnings.""")
    @Extension(name = Access.EXTENSION, value = Access.COST_REPORTER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "Stored (or, for a key used before, what was stored then).",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response report(
            @Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code,
            @Parameter(description = "Makes a retry safe: the same key and batch store once. "
                    + "A key is remembered for seven days.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "lonesystem-2026-11-24-1")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            CostBatch batch) {
        BatchWriter.Outcome outcome = costs.report(code, batch, idempotencyKey);
        Response.ResponseBuilder response = Response.ok(outcome.result());
        return (outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    @GET
    @Operation(operationId = "listCostLines", summary = "List a municipality's cost lines",
            description = "Newest period first (a whole year before its months), then by service area and profession; "
                    + "each line with its source, who reported it, when, and its revision.")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_READER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "A page of cost lines.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostLinePage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CostLinePage list(
            @Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code,
            @Parameter(description = "Only this year.", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "2100")) @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @Parameter(description = "Only this service area.") @QueryParam("serviceArea")
            @Size(max = 50, message = "must be at most 50 characters") String serviceArea,
            @Parameter(description = "Page number, from 1.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size) {
        return costs.list(code, year, serviceArea, new PageRequest(page, size));
    }

    @GET
    @Path("/{id}/history")
    @Operation(operationId = "getCostLineHistory", summary = "A cost line's history",
            description = "Every version of the line, the current one first: a correction keeps what it replaced.")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_READER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The versions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CostLineHistory.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CostLineHistory history(
            @Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code,
            @Parameter(example = "1") @PathParam("id") long id) {
        return costs.history(code, id);
    }
}
