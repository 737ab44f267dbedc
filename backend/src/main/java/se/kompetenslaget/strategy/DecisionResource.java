package se.kompetenslaget.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
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
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.Creates;
import se.kompetenslaget.common.MunicipalityCode;
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

    private final Creates creates;
    private final AccessPolicy access;

    public DecisionResource(FollowUpService followUp, Creates creates, AccessPolicy access) {
        this.followUp = followUp;
        this.creates = creates;
        this.access = access;
    }

    @POST
        @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "recordReductionDecision", summary = "Record a decision to reduce staffing agencies",
            description = "The municipality's decision (date, decision body, reference) to reduce its dependence on "
                    + "staffing agencies; its editors, tokens with plans:write.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_OWNER_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Recorded (or, for a key used before, what was recorded then).",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DecisionView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response record(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING, pattern = MunicipalityCode.PATTERN))
            @PathParam("code") @MunicipalityCode String code,
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "beslut-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid DecisionRequest request) {
        Creates.Outcome<DecisionView> created = creates.create(access.caller().idempotencyOwner() + " decision " + code,
                idempotencyKey, request, DecisionView.class, () -> followUp.record(code, request));
        return created.replayed(Response.status(Response.Status.CREATED).entity(created.answer())).build();
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
    public List<DecisionView> decisions(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING, pattern = MunicipalityCode.PATTERN))
            @PathParam("code") @MunicipalityCode String code) {
        return followUp.decisions(code);
    }
}
