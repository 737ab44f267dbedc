package se.kompetenslaget.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
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
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.FigureDtos.PopulationBatch;
import se.kompetenslaget.cost.FigureDtos.PopulationList;

/** Population per municipality and year, the denominator of hired cost per inhabitant. */
@Path("/api/v1/population")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Population", description = "Inhabitants per municipality and year (SCB's folkmängd).")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class PopulationResource {

    private final PopulationService population;

    public PopulationResource(PopulationService population) {
        this.population = population;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importPopulation", summary = "Import population figures (batch)",
            description = """
                    All lines or none, with a violation per problem (`lines[<index>].<field>`); a municipality and \
                    year reported before is corrected, the earlier figure kept in its history. Safe to retry with an \
                    Idempotency-Key.""")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Stored (or, for a key used before, what was stored then).",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = BatchResult.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response importFigures(
            @Parameter(description = "Makes a retry safe: the same key and batch store once. "
                    + "A key is remembered for seven days.",
                    schema = @Schema(type = SchemaType.STRING, maxLength = 200), example = "scb-folkmangd-2025")
            @HeaderParam("Idempotency-Key") String idempotencyKey,
            PopulationBatch batch) {
        BatchWriter.Outcome outcome = population.report(batch, idempotencyKey);
        Response.ResponseBuilder response = Response.ok(outcome.result());
        return (outcome.replayed() ? response.header("Idempotent-Replayed", "true") : response).build();
    }

    @GET
    @Operation(operationId = "listPopulation", summary = "Population of a year",
            description = "Each municipality with a population for the year, of a county or all.")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "Ordered by municipality code.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PopulationList.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public PopulationList list(
            @Parameter(required = true, example = "2025") @QueryParam("year") @NotNull(message = "is required")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            Integer year,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county) {
        return population.list(year, county);
    }
}
