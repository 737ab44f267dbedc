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

/** A municipality's profile: public, what is published; more with a grant. */
@Path("/api/v1/municipalities/{code}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "What the product knows about a municipality or county, as published.")
public class ProfileResource {

    private final ProfileService profiles;

    public ProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "getMunicipalityProfile", summary = "A municipality's profile",
            description = """
                    The hired-staff share per year, in all areas and per service area, against the county and the \
                    country; targets and their status; the latest competence-matrix survey it answered (its own \
                    shortages and vulnerable professions and the county's ranking); its decisions and action plans. \
                    Without signing in, only what the municipality, county and administrators published (see \
                    /publications): figures of published years and results of published campaigns.""")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityProfile.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public MunicipalityProfile municipality(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING,
            pattern = MunicipalityCode.PATTERN)) @PathParam("code") @MunicipalityCode String code) {
        return profiles.municipality(code);
    }

}
