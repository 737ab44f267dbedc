package se.kompetenslaget.contact;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.MunicipalityCode;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.contact.ContactDtos.ContactImport;
import se.kompetenslaget.contact.ContactDtos.ContactRequest;
import se.kompetenslaget.contact.ContactDtos.ContactView;

/** A municipality's contact persons for surveys, one by one or from a CSV file. */
@Path("/api/v1/municipalities/{code}/contacts")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Contacts", description = "Municipalities' contact persons for surveys: whom invitations and reminders are e-mailed to.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@RolesAllowed(Roles.PERSON)
public class ContactResource {

    private static final String CODE_EXAMPLE = "2580";
    private static final String ID_EXAMPLE = "0b6a3c9e-1d2f-4e5a-8b7c-9d0e1f2a3b4c";
    private static final String CSV_EXAMPLE = "kommunkod;namn;e-post;roll;verksamhetsområden;språk\r\n"
            + "2580;Anna Lind;anna.lind@lulea.se;Enhetschef IFO;barn_unga|vuxna;sv\r\n";

    private final ContactService service;

    public ContactResource(ContactService service) {
        this.service = service;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.CONTACT_KEEPER)
    @Operation(operationId = "listContacts", summary = "The municipality's contact persons for surveys")
    @APIResponse(responseCode = "200", description = "By name.", content = @Content(mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = ContactView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<ContactView> list(@Parameter(example = CODE_EXAMPLE) @PathParam("code") @MunicipalityCode String code) {
        return service.list(code);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Access.EXTENSION, value = Access.CONTACT_KEEPER)
    @Operation(operationId = "createContact", summary = "Add a contact person",
            description = "One contact per e-mail address in a municipality: another with the same address is a 409.")
    @APIResponse(responseCode = "201", description = "The contact.",
            headers = @Header(name = "ETag", description = "The contact's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Parameter(example = CODE_EXAMPLE) @PathParam("code") @MunicipalityCode String code,
            @NotNull @Valid ContactRequest request) {
        ContactView contact = service.create(code, request);
        return Response.created(UriBuilder.fromResource(ContactResource.class).path(contact.id().toString()).build(code))
                .entity(contact).header(HttpHeaders.ETAG, ETags.of(contact.version())).build();
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Extension(name = Access.EXTENSION, value = Access.CONTACT_KEEPER)
    @Operation(operationId = "updateContact", summary = "Change a contact person",
            description = "If-Match is required: the contact's ETag (version).")
    @APIResponse(responseCode = "200", description = "The changed contact.",
            headers = @Header(name = "ETag", description = "The contact's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(example = CODE_EXAMPLE) @PathParam("code") @MunicipalityCode String code,
            @Parameter(example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The ETag (version) of the contact the change is based on.", required = true,
                    example = "\"0\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @NotNull @Valid ContactRequest request) {
        ContactView contact = service.update(code, id, ifMatch, request);
        return Response.ok(contact).header(HttpHeaders.ETAG, ETags.of(contact.version())).build();
    }

    @DELETE
    @Path("/{id}")
    @Extension(name = Access.EXTENSION, value = Access.CONTACT_KEEPER)
    @Operation(operationId = "deleteContact", summary = "Remove a contact person",
            description = "E-mails still queued for them are not sent. If-Match is required.")
    @APIResponse(responseCode = "204", description = "Removed.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public void delete(@Parameter(example = CODE_EXAMPLE) @PathParam("code") @MunicipalityCode String code,
            @Parameter(example = ID_EXAMPLE) @PathParam("id") UUID id,
            @Parameter(description = "The ETag (version) of the contact.", required = true, example = "\"0\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        service.delete(code, id, ifMatch);
    }

    @POST
    @Path("/import")
    @Consumes("text/csv")
    @Extension(name = Access.EXTENSION, value = Access.CONTACT_KEEPER)
    @Operation(operationId = "importContacts", summary = "Add or update contact persons from a CSV file",
            description = "Columns (first row, Swedish or English names): kommunkod (optional: the municipality in the "
                    + "path), namn, e-post, roll, verksamhetsområden (codes separated by |), språk (sv or en). Semicolon, "
                    + "comma or tab separated, UTF-8. A row whose municipality and e-mail address match a contact updates "
                    + "it. Rows may name other municipalities in kommunkod (a coordinator imports a county at once): each "
                    + "must be one the caller keeps. All or nothing: any bad row stores nothing.")
    @RequestBody(required = true, content = @Content(mediaType = "text/csv",
            schema = @Schema(type = SchemaType.STRING, example = CSV_EXAMPLE)))
    @APIResponse(responseCode = "200", description = "What was imported.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ContactImport.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public ContactImport importCsv(@Parameter(example = CODE_EXAMPLE) @PathParam("code") @MunicipalityCode String code,
            String csv) {
        return service.importCsv(code, csv);
    }
}
