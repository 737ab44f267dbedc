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

/** A county's profile: public, what is published; more with a grant. */
@Path("/api/v1/counties/{code}/profile")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "What the product knows about a municipality or county, as published.")
public class CountyProfileResource {

    private static final String COUNTY_PATTERN = "^[0-9]{2}$";

    private final ProfileService profiles;

    public CountyProfileResource(ProfileService profiles) {
        this.profiles = profiles;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "getCountyProfile", summary = "A county's profile",
            description = """
                    The county's hired-staff share per year against the country, each municipality's latest share, \
                    the competence-matrix ranking of its municipalities and, for its coordinators and administrators, \
                    its campaigns with their response rates. Without signing in, only what is published.""")
    @APIResponse(responseCode = "200", description = "The profile.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyProfile.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CountyProfile county(@Parameter(example = "25", schema = @Schema(type = SchemaType.STRING,
            pattern = COUNTY_PATTERN)) @PathParam("code")
            @Pattern(regexp = COUNTY_PATTERN, message = "must be a two-digit SCB county code, e.g. 25") String code) {
        return profiles.county(code);
    }

}
