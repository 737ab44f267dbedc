package se.kompetenslaget.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.AccessDtos.TokenCreated;
import se.kompetenslaget.access.AccessDtos.TokenRequest;
import se.kompetenslaget.access.AccessDtos.TokenView;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;

@Path("/api/v1/municipalities/{code}/tokens")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class MunicipalityTokenResource {

    private static final String EXAMPLE_ID = "7d3c1a52-93e8-4bb0-8f43-0e0f6f1a2b3c";
    private static final String CODE_PATTERN = "^[0-9]{4}$";
    private static final String CODE_MESSAGE = "must be a four-digit SCB municipality code, e.g. 2580";

    private final TokenService service;

    public MunicipalityTokenResource(TokenService service) {
        this.service = service;
    }

    @GET
    @Operation(operationId = "listMunicipalityTokens", summary = "List a municipality's integration tokens",
            description = "For the municipality's editors and administrators.")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_EDITOR_PERSON)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The municipality's tokens.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<TokenView> listForMunicipality(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING,
            pattern = CODE_PATTERN)) @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code) {
        return service.listForMunicipality(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMunicipalityToken", summary = "Create an integration token for a municipality",
            description = "For a payroll, HR or finance system: acts only for this municipality, within its scopes. "
                    + "For the municipality's editor or an administrator, signed in or with their personal token that "
                    + "has the tokens:write scope: then only with scopes that token has, and expiring no later than it (a longer lifetime is "
                    + "shortened to its end).")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_TOKEN_ISSUER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The token and, this once, its value.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenCreated.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response createForMunicipality(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING,
            pattern = CODE_PATTERN)) @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Valid TokenRequest request) {
        TokenCreated created = service.createForMunicipality(code, request);
        return Response.created(URI.create("/api/v1/municipalities/" + code + "/tokens/" + created.token().id()))
                .entity(created).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "revokeMunicipalityToken", summary = "Revoke a municipality's integration token",
            description = "The token is refused from its next request on.")
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_EDITOR_PERSON)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was).")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void revokeForMunicipality(@Parameter(example = "2580", schema = @Schema(type = SchemaType.STRING,
            pattern = CODE_PATTERN)) @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        service.revokeForMunicipality(code, id);
    }
}
