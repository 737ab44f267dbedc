package se.kompetenslaget.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.strategy.StrategyDtos.DecisionRequest;
import se.kompetenslaget.strategy.StrategyDtos.DecisionView;

/** A municipality's decisions to reduce its dependence on staffing agencies. */
@Path("/api/v1/municipalities/{code}/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy follow-up", description = "Decisions, learning examples and the national and county overview.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class DecisionResource {

    private final FollowUpService followUp;

    public DecisionResource(FollowUpService followUp) {
        this.followUp = followUp;
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordReductionDecision", summary = "Record a decision to reduce staffing agencies",
            description = "The municipality's decision (date, decision body, reference) to reduce its dependence on "
                    + "staffing agencies; its editors, tokens with plans:write.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_OWNER_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Recorded.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response record(@Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code,
            DecisionRequest request) {
        return Response.status(Response.Status.CREATED).entity(followUp.record(code, request)).build();
    }

    @GET
        @Operation(operationId = "listReductionDecisions", summary = "A municipality's decisions, newest first",
            description = "Every recorded decision to reduce the dependence on staffing agencies.")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The decisions.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<DecisionView> decisions(@Parameter(example = "2580") @PathParam("code")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String code) {
        return followUp.decisions(code);
    }
}
