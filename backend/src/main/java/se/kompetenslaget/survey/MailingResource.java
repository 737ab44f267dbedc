package se.kompetenslaget.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
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
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.survey.MailDtos.MailLogEntry;
import se.kompetenslaget.survey.MailDtos.MailPreview;
import se.kompetenslaget.survey.MailDtos.MailPreviewRequest;
import se.kompetenslaget.survey.MailDtos.MailRetry;
import se.kompetenslaget.survey.MailDtos.MailingQueued;
import se.kompetenslaget.survey.MailDtos.MailingRequest;
import se.kompetenslaget.survey.MailDtos.ReminderSchedule;

/** Invitations and reminders by e-mail: rounds, preview, the send log and the reminder schedule. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
@RolesAllowed(Roles.PERSON)
public class MailingResource {

    private final MailingService service;

    public MailingResource(MailingService service) {
        this.service = service;
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/mailings")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "queueMailing", summary = "E-mail invitations, or a reminder now",
            description = "invitation: every matching contact (service areas) of each invited, not revoked municipality "
                    + "who has not had an invitation e-mail; reminder (\"remind now\"): the matching contacts of the "
                    + "municipalities that have not submitted. Each e-mail carries a new personal link that opens the "
                    + "municipality's one draft; the links are never stored in clear. Queued now, sent by the mail worker "
                    + "at sendAt; see the mail log.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @APIResponse(responseCode = "201", description = "What was queued.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailingQueued.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response queue(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @NotNull @Valid MailingRequest request) {
        return Response.status(Response.Status.CREATED).entity(service.queue(questionnaireId, request)).build();
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/mailings/preview")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "previewMailing", summary = "The invitation or reminder e-mail as it will read",
            description = "With a placeholder for the personal link and an example name; nothing is stored.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @APIResponse(responseCode = "200", description = "The e-mail.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailPreview.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public MailPreview preview(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @NotNull @Valid MailPreviewRequest request) {
        return service.preview(questionnaireId, request);
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/mail-log")
    @Operation(operationId = "listMailLog", summary = "Every e-mail of the questionnaire and how its sending went",
            description = "queued, sending, sent, deferred (a temporary refusal or no answer; retried), failed (refused, "
                    + "with the server's reply; retried with backoff until the attempts run out), cancelled (not sent: "
                    + "the invitation was withdrawn, the questionnaire closed, the municipality submitted, or the contact "
                    + "was removed).")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @APIResponse(responseCode = "200", description = "By municipality.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = MailLogEntry.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<MailLogEntry> log(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId) {
        return service.log(questionnaireId);
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/mail-log/retry")
    @Operation(operationId = "retryFailedMail", summary = "Try the failed e-mails again now")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @APIResponse(responseCode = "200", description = "How many were queued again.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MailRetry.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public MailRetry retry(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId) {
        return new MailRetry(service.retryFailed(questionnaireId));
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/reminder-schedule")
    @Operation(operationId = "getReminderSchedule", summary = "When automatic reminders go out")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @APIResponse(responseCode = "200", description = "The schedule.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderSchedule.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public ReminderSchedule schedule(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId) {
        return service.schedule(questionnaireId);
    }

    @PUT
    @Path("/questionnaires/{questionnaireId}/reminder-schedule")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "setReminderSchedule", summary = "Set when automatic reminders go out",
            description = "Days before closing (e.g. 7 and 2); each reminder goes once, only to the municipalities that "
                    + "have not submitted, and not after the questionnaire closes. An empty list stops them.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @APIResponse(responseCode = "200", description = "The schedule.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ReminderSchedule.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public ReminderSchedule setSchedule(@Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @NotNull @Valid ReminderSchedule schedule) {
        return service.setSchedule(questionnaireId, schedule);
    }
}
