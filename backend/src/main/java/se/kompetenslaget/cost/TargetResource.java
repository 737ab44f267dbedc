package se.kompetenslaget.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.HttpHeaders;
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
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.MunicipalityCode;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.cost.CostDtos.TargetRequest;
import se.kompetenslaget.cost.CostDtos.TargetStatus;

/** A municipality's targets (målvärde) for its hired-staff share, with how it stands against each. */
@Path("/api/v1/municipalities/{code}/targets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing-agency costs")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class TargetResource {

    private final TargetService targets;

    public TargetResource(TargetService targets) {
        this.targets = targets;
    }

    @GET
    @Operation(operationId = "listTargets", summary = "The municipality's targets and how it stands",
            description = "Each target with the latest reported share, the gap, the trend and a status (see "
                    + "TargetStatus for the rule).")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "By year, all areas first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = TargetStatus.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<TargetStatus> list(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING, pattern = MunicipalityCode.PATTERN))
            @PathParam("code") @MunicipalityCode String code) {
        return targets.list(code);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setTarget", summary = "Set a target for the hired-staff share",
            description = "Sets (or changes) the target for one year and service area (absent: all areas together). "
                    + "If-Match is required: \"0\" to set a new target, else the target's revision from listTargets; "
                    + "a 412 gives the current revision.")
    @Extension(name = Access.EXTENSION, value = Access.COST_REPORTER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The target with how the municipality stands.",
            headers = @Header(name = "ETag", description = "The target's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TargetStatus.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response set(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING, pattern = MunicipalityCode.PATTERN))
            @PathParam("code") @MunicipalityCode String code,
            @Parameter(description = "The target's ETag (revision) the change is based on; \"0\" for a new target.",
                    required = true, example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid TargetRequest request) {
        TargetStatus target = targets.set(code, ifMatch, request);
        return Response.ok(target).header(HttpHeaders.ETAG, ETags.of(target.revision())).build();
    }
}
