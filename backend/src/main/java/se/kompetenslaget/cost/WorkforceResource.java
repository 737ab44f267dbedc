package se.kompetenslaget.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
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
import se.kompetenslaget.cost.FigureDtos.WorkforceBatch;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigurePage;

/** A municipality's own workforce per profession and year, reported by its people and its HR system. */
@Path("/api/v1/municipalities/{code}/workforce-figures")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Workforce figures", description = "Employees, FTE, retirements, new hires, leavers and sick leave.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class WorkforceResource {

    private final WorkforceService workforce;

    public WorkforceResource(WorkforceService workforce) {
        this.workforce = workforce;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reportWorkforceFigures", summary = "Report workforce figures (batch)",
            description = """
                    As reportCostLines: all lines or none, a violation per problem (`lines[<index>].<field>`), upsert on \
                    the natural key (year, profession, serviceArea) with the earlier version kept, and a safe retry \
                    with an Idempotency-Key. A token needs the workforce:write scope.""")
    @Extension(name = Access.EXTENSION, value = Access.WORKFORCE_REPORTER)
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
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "hr-2026-01-15-1")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            WorkforceBatch batch) {
        BatchWriter.Outcome outcome = workforce.report(code, batch, idempotencyKey);
        Response.ResponseBuilder response = Response.ok(outcome.result());
        return (outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    @GET
    @Operation(operationId = "listWorkforceFigures", summary = "List a municipality's workforce figures",
            description = "Newest year first, then by profession and service area (all areas first); each figure "
                    + "with its source, who reported it, when, and its revision.")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_READER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "A page of workforce figures.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = WorkforceFigurePage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public WorkforceFigurePage list(
            @Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code,
            @Parameter(description = "Only this year.", schema = @Schema(type = SchemaType.INTEGER, minimum = "2000",
                    maximum = "2100")) @QueryParam("year") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            @Parameter(description = "Page number, from 1.",
                    schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size) {
        return workforce.list(code, year, new PageRequest(page, size));
    }
}
