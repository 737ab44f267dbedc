package se.kompetenslaget.profile;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
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
import se.kompetenslaget.common.MunicipalityCode;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.profile.ProfileDtos.PublicationRequest;
import se.kompetenslaget.profile.ProfileDtos.PublicationView;

/** The publish step: what anyone may see of a municipality's, county's or the country's figures and of a campaign. */
@Path("/api/v1/publications")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Profiles", description = "What the product knows about a municipality or county, as published.")
public class PublicationResource {

    private final PublicationService publications;

    public PublicationResource(PublicationService publications) {
        this.publications = publications;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "listPublications", summary = "What is published",
            description = "The publications in force, optionally of one municipality, county or campaign.")
    @APIResponse(responseCode = "200", description = "The publications.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public List<PublicationView> list(
            @Parameter(description = "Only this municipality's.", schema = @Schema(type = SchemaType.STRING,
                    pattern = MunicipalityCode.PATTERN)) @QueryParam("municipality") @MunicipalityCode String municipality,
            @Parameter(description = "Only this county's.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only this campaign's.") @QueryParam("campaign") UUID campaign) {
        return publications.list(municipality, county, campaign);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Access.EXTENSION, value = Access.PUBLISHER)
    @RolesAllowed(Roles.SESSION)
    @Operation(operationId = "publish", summary = "Publish figures or survey results",
            description = """
                    Makes a municipality's cost figures of a year (its editors), a county's (its coordinators), the \
                    country's (administrators) or a campaign's survey results (who manages the campaign) visible to \
                    anyone, on the profiles. Audited. Publishing what is already published is a 409.""")
    @SecurityRequirement(name = "session")
    @APIResponse(responseCode = "201", description = "Published.",
            headers = @Header(name = "Location", description = "The publication.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PublicationView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response publish(@Valid PublicationRequest request) {
        PublicationView published = publications.publish(request);
        return Response.created(URI.create("/api/v1/publications/" + published.id())).entity(published).build();
    }

    @DELETE
    @Path("/{id}")
    @Extension(name = Access.EXTENSION, value = Access.SESSION)
    @RolesAllowed(Roles.SESSION)
    @Operation(operationId = "withdrawPublication", summary = "Withdraw a publication",
            description = "Only who may publish it may withdraw it (signed in); the object decides. Audited.")
    @SecurityRequirement(name = "session")
    @APIResponse(responseCode = "204", description = "Withdrawn.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void withdraw(@Parameter(example = "3f2a1c9e-8b7d-4e6f-a5b4-c3d2e1f0a9b8") @PathParam("id") UUID id) {
        publications.withdraw(id);
    }
}
