package se.kompetenslaget.access;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
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
import se.kompetenslaget.access.AccessDtos.GrantRequest;
import se.kompetenslaget.access.AccessDtos.GrantView;
import se.kompetenslaget.access.AccessDtos.UserCreate;
import se.kompetenslaget.access.AccessDtos.UserPage;
import se.kompetenslaget.access.AccessDtos.UserUpdate;
import se.kompetenslaget.access.AccessDtos.UserView;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.Creates;
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ProblemResponses;

@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Users", description = "People, and the roles granted to them. Administrators only.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class UserResource {

    private static final String EXAMPLE_ID = "0b6f5b8e-2f43-4c4a-9d1e-5d2f1c1e9a10";

    private final UserService service;
    private final Creates creates;
    private final AccessPolicy access;

    public UserResource(UserService service, Creates creates, AccessPolicy access) {
        this.service = service;
        this.creates = creates;
        this.access = access;
    }

    @GET
    @Operation(operationId = "listUsers", summary = "List users", description = "Ordered by e-mail address.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "A page of users.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserPage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public UserPage list(
            @Parameter(description = "Part of the e-mail address or name.") @QueryParam("q")
            @Size(max = 100, message = "must be at most 100 characters") String q,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "100", defaultValue = "50"))
            @QueryParam("size") @DefaultValue("50") @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most 100") Integer size) {
        var found = service.list(q, new PageRequest(page, size));
        return new UserPage(found.items(), found.page(), found.size(), found.totalItems(), found.totalPages());
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createUser", summary = "Create a user", description = "With an initial password; grant roles next.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Created (or, for a key used before, what was created then).",
            headers = { @Header(name = "ETag", description = "The user's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response create(
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "user-anna-berg") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid UserCreate request) {
        // Of the request only a hash is kept with the key (the password never in plain); the answer holds no secret.
        Creates.Outcome<UserView> created = creates.create(access.caller().idempotencyOwner() + " user",
                idempotencyKey, request, UserView.class, () -> service.create(request));
        UserView user = created.answer();
        return created.replayed(Response.created(UriBuilder.fromResource(UserResource.class).path(user.id()).build())
                .entity(user).header(HttpHeaders.ETAG, ETags.of((int) user.revision()))).build();
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getUser", summary = "Get a user", description = "A person with their grants.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The user.",
            headers = @Header(name = "ETag", description = "The user's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        UserView user = service.get(id);
        return Response.ok(user).header(HttpHeaders.ETAG, ETags.of((int) user.revision())).build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateUser", summary = "Change a user",
            description = "Rename, deactivate or reactivate, or set a new password. Deactivating or a new password ends "
                    + "the person's sessions; a deactivated person's tokens are refused. If-Match is required: the "
                    + "user's ETag (revision); a 412 names the fields that differ now.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The changed user.",
            headers = @Header(name = "ETag", description = "The user's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = UserView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The user's ETag (revision) the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid UserUpdate request) {
        UserView user = service.update(id, ifMatch, request);
        return Response.ok(user).header(HttpHeaders.ETAG, ETags.of((int) user.revision())).build();
    }

    @POST
    @Path("/{id}/grants")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "grantRole", summary = "Grant a role",
            description = "A county coordinator needs countyCode, a municipality editor municipalityCode. The user "
                    + "gets a new revision.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "201", description = "Granted (or, for a key used before, what was granted then).",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GrantView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response grant(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "grant-2580-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid GrantRequest request) {
        Creates.Outcome<GrantView> created = creates.create(access.caller().idempotencyOwner() + " grant " + id,
                idempotencyKey, request, GrantView.class, () -> service.grant(id, request));
        GrantView grant = created.answer();
        return created.replayed(Response.created(UriBuilder.fromResource(UserResource.class).path(id.toString())
                .path("grants").path(grant.id()).build()).entity(grant)).build();
    }

    @DELETE
    @Path("/{id}/grants/{grantId}")
    @Operation(operationId = "revokeRole", summary = "Revoke a role", description = "Takes effect on the person's next "
            + "request. If-Match is required: the user's ETag (revision), since grants are part of the user.")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "204", description = "Revoked.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public void revoke(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("grantId") UUID grantId,
            @Parameter(description = "The user's ETag (revision) the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.revoke(id, grantId, ifMatch);
    }
}
