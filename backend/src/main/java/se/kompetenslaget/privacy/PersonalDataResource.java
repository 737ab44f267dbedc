package se.kompetenslaget.privacy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
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
import se.kompetenslaget.privacy.PersonalDataDtos.Erasure;
import se.kompetenslaget.privacy.PersonalDataDtos.PersonByEmail;
import se.kompetenslaget.privacy.PersonalDataDtos.PersonalData;

@Path("/api/v1/admin/people")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Personal data", description = "Export and erase what is held about a person (GDPR). Administrators only.")
public class PersonalDataResource {

    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");
    private static final String EXAMPLE_ID = "7d4e2f9a-3c1b-4e8a-9f20-5b6c7d8e9f01";

    private final PersonalDataService service;

    public PersonalDataResource(PersonalDataService service) {
        this.service = service;
    }

    @GET
    @Path("/{userId}/personal-data")
    @Operation(operationId = "exportUserPersonalData", summary = "Export everything held about a user",
            description = "One JSON document: the user record, grants, sessions and tokens (no secrets), audit events "
                    + "by or about them, invitations naming their e-mail address as contact, and every other stored "
                    + "row that refers to the user or contains their address.")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The person's data.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response exportUser(@Parameter(example = EXAMPLE_ID) @PathParam("userId") UUID userId) {
        return Response.ok(service.exportUser(userId)).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/personal-data")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "exportPersonalDataByEmail", summary = "Export everything held about an e-mail address",
            description = "For people who are not users, such as respondent contacts on invitations; a user's address "
                    + "gives that user's document. POST, so the address stays out of URLs and access logs; nothing "
                    + "is changed.")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "The person's data (empty lists when nothing is held).",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PersonalData.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response exportEmail(@Valid @NotNull PersonByEmail request) {
        return Response.ok(service.exportEmail(request.email())).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/{userId}/erasure")
    @Operation(operationId = "eraseUser", summary = "Erase a user's personal data",
            description = "Deletes their sessions, own tokens and grants; removes e-mail address, name and password "
                    + "from the user row (which stays, named by a pseudonym, for the audit trail); clears invitation "
                    + "contacts with their address; and replaces their address, in any case, by the pseudonym in "
                    + "every other stored row. The audit trail keeps every event. Recorded in the audit trail "
                    + "(action erase) without the address. Refused for yourself, the last administrator, and an "
                    + "erased user (409).")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Erased.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public Erasure eraseUser(@Parameter(example = EXAMPLE_ID) @PathParam("userId") UUID userId) {
        return service.eraseUser(userId);
    }

    @POST
    @Path("/erasure")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "erasePersonByEmail", summary = "Erase a person known by e-mail address",
            description = "For people who are not users, such as respondent contacts: clears invitation contacts with "
                    + "the address and replaces it, in any case, by a pseudonym in every stored row, the audit trail "
                    + "included. A user's address erases that user, as eraseUser does.")
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @APIResponse(responseCode = "200", description = "Erased.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Erasure.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Erasure eraseEmail(@Valid @NotNull PersonByEmail request) {
        return service.eraseEmail(request.email());
    }
}
