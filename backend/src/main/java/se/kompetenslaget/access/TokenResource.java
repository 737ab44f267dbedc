package se.kompetenslaget.access;

import jakarta.validation.Valid;
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

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "API tokens", description = "Bearer tokens for scripts (personal) and municipal systems (integration). "
        + "A token's value is shown once; only its hash is stored. Revocation takes effect on the next request.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class TokenResource {

    private static final String EXAMPLE_ID = "7d3c1a52-93e8-4bb0-8f43-0e0f6f1a2b3c";

    private final TokenService service;

    public TokenResource(TokenService service) {
        this.service = service;
    }

    @GET
    @Path("/me/tokens")
    @Operation(operationId = "listMyTokens", summary = "List my personal tokens", description = "Newest first, revoked ones too.")
    @Extension(name = Access.EXTENSION, value = Access.PERSON)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The caller's tokens.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> listMine() {
        return service.listMine();
    }

    @POST
    @Path("/me/tokens")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createMyToken", summary = "Create a personal token",
            description = "Acts as you, narrowed to its scopes. From a signed-in browser session, or with a personal "
                    + "token that has the tokens:write scope: then only with scopes that token has, and expiring no "
                    + "later than it (a longer lifetime is shortened to its end).")
    @Extension(name = Access.EXTENSION, value = Access.TOKEN_ISSUER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The token and, this once, its value.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = TokenCreated.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response createMine(@Valid TokenRequest request) {
        TokenCreated created = service.createMine(request);
        return Response.created(URI.create("/api/v1/me/tokens/" + created.token().id())).entity(created).build();
    }

    @DELETE
    @Path("/me/tokens/{id}")
    @Operation(operationId = "revokeMyToken", summary = "Revoke a personal token",
            description = "The token is refused from its next request on.")
    @Extension(name = Access.EXTENSION, value = Access.PERSON)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was).")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void revokeMine(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        service.revokeMine(id);
    }

    @GET
    @Path("/tokens")
    @Operation(operationId = "listAllTokens", summary = "List every token", description = "Administrators only.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "All tokens, newest first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TokenView.class)))
    public List<TokenView> listAll() {
        return service.listAll();
    }

    @DELETE
    @Path("/tokens/{id}")
    @Operation(operationId = "revokeToken", summary = "Revoke any token", description = "Administrators only.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Revoked (also when it already was).")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public void revokeAny(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        service.revokeAny(id);
    }
}
