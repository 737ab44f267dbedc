package se.kompetenslaget.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
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
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ResponseFormat;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.survey.SurveyDtos.InvitationLink;
import se.kompetenslaget.survey.SurveyDtos.InvitationPage;
import se.kompetenslaget.survey.SurveyDtos.InvitationRequest;
import se.kompetenslaget.survey.SurveyDtos.InvitationStatus;
import se.kompetenslaget.survey.SurveyDtos.InvitationView;
import se.kompetenslaget.survey.SurveyDtos.InvitationsCreated;
import se.kompetenslaget.survey.SurveyDtos.ReopenRequest;
import se.kompetenslaget.survey.SurveyDtos.ResponseView;

/** Sending a questionnaire, the invitation board and reminders, links, revoking and reopening. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class InvitationResource {

    private static final String CSV = "text/csv";
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.of("Europe/Stockholm"));

    private final InvitationService service;

    public InvitationResource(InvitationService service) {
        this.service = service;
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/invitations")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "inviteMunicipalities", summary = "Send a questionnaire to municipalities",
            description = "One invitation per municipality; those already invited are skipped. The response carries "
                    + "each new respondent link once: send them out (e.g. by mail merge).")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The new invitations and their links.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationsCreated.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response invite(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @NotNull @Valid InvitationRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.invite(questionnaireId, request)).build();
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/invitations")
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Operation(operationId = "listInvitations", summary = "List a questionnaire's invitations and their state",
            description = "Not started, started, submitted or revoked. `notSubmitted=true` gives the ones to remind; "
                    + "with `Accept: text/csv` all matching rows come as CSV (UTF-8 with BOM) for a mail merge.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "A page of invitations, or all of them as CSV.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationPage.class)),
            @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING)) })
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response list(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = "Only in this state.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"not_started", "started", "submitted", "revoked"})) @QueryParam("status") String status,
            @Parameter(description = "Only those not yet submitted (not started or started).")
            @QueryParam("notSubmitted") boolean notSubmitted,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size,
            @Context HttpHeaders headers) {
        InvitationStatus wanted = parseStatus(status);
        if (ResponseFormat.choose(headers, null, ResponseFormat.JSON, ResponseFormat.CSV) == ResponseFormat.CSV) {
            List<InvitationView> all = service.listAll(questionnaireId, wanted, notSubmitted, county);
            List<List<?>> rows = all.stream().<List<?>>map(i -> Arrays.asList(i.municipalityCode(), i.municipalityName(),
                    i.countyCode(), i.status().name(), time(i.lastSavedAt()), time(i.submittedAt()))).toList();
            String body = "\uFEFF" + CsvWriter.write(List.of("kommunkod", "kommun", "länskod", "status", "senast_sparad",
                    "inskickad"), rows);
            return Response.ok(body, CsvWriter.MEDIA_TYPE)
                    .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"inbjudningar.csv\"").build();
        }
        return Response.ok(service.list(questionnaireId, wanted, notSubmitted, county, new PageRequest(page, size)))
                .type(MediaType.APPLICATION_JSON_TYPE).build();
    }

    private static String time(java.time.Instant instant) {
        return instant == null ? null : TIME.format(instant);
    }

    @POST
    @Path("/invitations/{invitationId}/link")
    @Operation(operationId = "reissueInvitationLink", summary = "Issue a new respondent link",
            description = "The old link stops working at once; answers already saved stay.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The new link, shown this once.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationLink.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    public InvitationLink reissue(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("invitationId") UUID invitationId) {
        return service.reissueLink(invitationId);
    }

    @POST
    @Path("/invitations/{invitationId}/revoke")
    @Operation(operationId = "revokeInvitation", summary = "Withdraw an invitation",
            description = "Its link stops working and it no longer counts in response rates.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The invitation.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public InvitationView revoke(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("invitationId") UUID invitationId) {
        return service.revoke(invitationId);
    }

    @POST
    @Path("/invitations/{invitationId}/reopen")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "reopenResponse", summary = "Reopen a submitted response for changes",
            description = "By an administrator, or a coordinator of the questionnaire's or the municipality's county; "
                    + "the reason is recorded in the audit trail.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The invitation, started again.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = InvitationView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public InvitationView reopen(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("invitationId") UUID invitationId,
            @NotNull @Valid ReopenRequest request) {
        return service.reopen(invitationId, request);
    }

    @GET
    @Path("/invitations/{invitationId}/response")
    @Operation(operationId = "getInvitationResponse", summary = "Read one municipality's answers",
            description = "Not for anonymous questionnaires, whose answers are shown only in aggregate.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The answers.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ResponseView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public ResponseView response(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("invitationId") UUID invitationId) {
        return service.response(invitationId);
    }

    static InvitationStatus parseStatus(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(InvitationStatus.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new BadInputException("Unknown status " + status + ".", List.of(new BadInputException
                        .Violation("status", "query", "must be not_started, started, submitted or revoked"))));
    }
}
