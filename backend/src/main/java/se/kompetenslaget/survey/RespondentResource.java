package se.kompetenslaget.survey;

import se.kompetenslaget.common.ETags;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import io.vertx.ext.web.RoutingContext;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.survey.SurveyDtos.AnswersUpdate;
import se.kompetenslaget.survey.SurveyDtos.DraftSaved;
import se.kompetenslaget.survey.SurveyDtos.RespondentForm;

/**
 * Answering through a respondent link, without an account. The link's token is the credential: unknown, replaced or
 * withdrawn links are 404, and an address that tries many of them waits (429, see RespondentLinkThrottle). Drafts are saved with If-Match so concurrent edits are never silently overwritten.
 */
@Path("/api/v1/respond/{token}")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Answering", description = "For respondents with a link; no account needed.")
public class RespondentResource {

    private static final String EXAMPLE_TOKEN = "kls_AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
    private static final CacheControl NO_STORE = CacheControl.valueOf("no-store");

    private final RespondentService service;

    public RespondentResource(RespondentService service) {
        this.service = service;
    }

    /** The answers object of a body (checked here rather than by bean validation: this is the hot path). */
    private static com.fasterxml.jackson.databind.node.ObjectNode requireAnswers(AnswersUpdate update) {
        if (update == null || update.answers() == null) {
            throw new se.kompetenslaget.common.BadInputException("Send {\"answers\": {…}}.", java.util.List.of(
                    new se.kompetenslaget.common.BadInputException.Violation("answers", "body", "must not be null")));
        }
        return update.answers();
    }

    @GET
    @Operation(operationId = "getRespondentForm", summary = "Open a questionnaire through a respondent link",
            description = "The questionnaire at the version the answer is pinned to, with the saved draft (or the "
                    + "answers prefilled from an earlier questionnaire before the first save).")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "The form and answers.",
            headers = @Header(name = "ETag", description = "The revision of the answers, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RespondentForm.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    public Response form(@Parameter(example = EXAMPLE_TOKEN) @PathParam("token") String token,
            @Context RoutingContext routing) {
        RespondentForm form = service.form(token, RespondentLinkThrottle.check(routing));
        return Response.ok(form).header(HttpHeaders.ETAG, ETags.of(form.revision())).cacheControl(NO_STORE).build();
    }

    @PATCH
    @Path("/answers")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveDraftAnswers", summary = "Save answers to the draft",
            description = "Sets the answers named (null clears one); others keep their saved value. Checks each answer's "
                    + "form, not completeness. If-Match is required: \"0\" before the first save, then the last ETag. "
                    + "A 412 names the questions someone else changed since.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Saved.",
            headers = @Header(name = "ETag", description = "The new revision.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSaved.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response save(@Parameter(example = EXAMPLE_TOKEN) @PathParam("token") String token,
            @Parameter(description = "The ETag the change is based on.", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            AnswersUpdate update, @Context RoutingContext routing) {
        int revision = ETags.parse(ifMatch, true);
        DraftSaved saved = service.save(token, revision, requireAnswers(update), RespondentLinkThrottle.check(routing));
        return Response.ok(saved).header(HttpHeaders.ETAG, ETags.of(saved.revision())).cacheControl(NO_STORE).build();
    }

    @PUT
    @Path("/contact")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "saveRespondentContact", summary = "Give or correct the respondent's contact details",
            description = "Name, e-mail address and telephone number of the person to ask about the answers, kept "
                    + "with the invitation (not in the answers, exports or results) and shown to the coordinators. "
                    + "Replaces what was given before (an absent or empty field is cleared); possible before and after "
                    + "submitting while the questionnaire is open.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Saved.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SurveyDtos.InvitationContact.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    public Response saveContact(@Parameter(example = EXAMPLE_TOKEN) @PathParam("token") String token,
            @jakarta.validation.Valid @jakarta.validation.constraints.NotNull SurveyDtos.ContactUpdate update) {
        return Response.ok(service.saveContact(token, update)).cacheControl(NO_STORE).build();
    }

    @POST
    @Path("/submit")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "submitAnswers", summary = "Submit the answers",
            description = "Checks every answer and that each shown required question is answered; a 400 lists each "
                    + "problem by question (`answers.<id>`). Then the answers are read-only until reopened. A script may "
                    + "send the answers in the body to save and submit in one step (nothing is stored if any is wrong).")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Submitted.",
            headers = @Header(name = "ETag", description = "The new revision.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = DraftSaved.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "429", ref = ProblemResponses.TOO_MANY_REQUESTS)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response submit(@Parameter(example = EXAMPLE_TOKEN) @PathParam("token") String token,
            @Parameter(description = "The ETag of the answers being submitted.", required = true, example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @RequestBody(required = false, description = "Answers to save before submitting, as for saveDraftAnswers.")
            AnswersUpdate update, @Context RoutingContext routing) {
        int revision = ETags.parse(ifMatch, true);
        DraftSaved saved = service.submit(token, revision, update == null ? null : requireAnswers(update),
                RespondentLinkThrottle.check(routing));
        return Response.ok(saved).header(HttpHeaders.ETAG, ETags.of(saved.revision())).cacheControl(NO_STORE).build();
    }
}
