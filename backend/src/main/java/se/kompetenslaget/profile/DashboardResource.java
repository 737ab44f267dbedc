package se.kompetenslaget.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.validation.constraints.Pattern;
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
import se.kompetenslaget.common.MunicipalityCode;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.profile.ProfileDtos.CountyProfile;
import se.kompetenslaget.profile.ProfileDtos.Dashboard;
import se.kompetenslaget.profile.ProfileDtos.MunicipalityProfile;

/** What needs an administrator's attention. */
@Path("/api/v1/dashboard")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "What the product knows about a municipality or county, as published.")
public class DashboardResource {

    private final ProfileService profiles;

    public DashboardResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.PERSON)
    @Operation(operationId = "getAdminDashboard", summary = "What needs an administrator's attention",
            description = "Open questionnaires with their response rates, and the municipalities that reported no "
                    + "cost figures for the last whole year.")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The dashboard.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Dashboard.class)))
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    public Dashboard dashboard() {
        return profiles.dashboard();
    }
}
