package se.kompetenslaget.survey;

import se.kompetenslaget.common.ETags;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.Arrays;
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
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.survey.SurveyDtos.CampaignPage;
import se.kompetenslaget.survey.SurveyDtos.CampaignRequest;
import se.kompetenslaget.survey.SurveyDtos.CampaignView;
import se.kompetenslaget.survey.SurveyDtos.QuestionnairePage;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireRequest;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireView;
import se.kompetenslaget.survey.SurveyDtos.Status;
import se.kompetenslaget.survey.SurveyDtos.TemplateImportRequest;
import se.kompetenslaget.survey.SurveyDtos.TemplateView;
import se.kompetenslaget.survey.SurveyDtos.VersionView;

/** Campaigns, questionnaires, their versions and lifecycle, and the template library. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Surveys", description = "Questionnaires sent to municipalities: build, send, follow up, analyse.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class SurveyResource {

    static final String EXAMPLE_ID = "5b0c2a1e-8f0d-4c7e-9a51-3d2f6e7a8b90";
    private static final String IDEMPOTENCY_KEY = "Makes a retry safe: the same key and body create once and get "
            + "the first answer again; the same key with another body is a 409. A key is remembered for seven days.";
    private static final String IF_MATCH_OPTIONAL = "The ETag of the questionnaire as loaded; if given and no longer "
            + "current, nothing changes (412).";

    private final QuestionnaireService service;

    public SurveyResource(QuestionnaireService service) {
        this.service = service;
    }

    @POST
    @Path("/campaigns")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createCampaign", summary = "Create a campaign",
            description = "National campaigns by administrators; a county's by its coordinators.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The campaign.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response createCampaign(
            @Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = 200),
                    example = "kampanj-2026-12-02-1") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @NotNull @Valid CampaignRequest request) {
        CampaignView campaign = service.createCampaign(request, idempotencyKey);
        return Response.created(URI.create("/api/v1/campaigns/" + campaign.id())).entity(campaign)
                .header(HttpHeaders.ETAG, ETags.of(campaign.revision())).build();
    }

    @GET
    @Path("/campaigns")
    @Operation(operationId = "listCampaigns", summary = "List campaigns", description = "Newest first.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "A page of campaigns.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignPage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public CampaignPage listCampaigns(
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size) {
        return service.listCampaigns(new PageRequest(page, size));
    }

    @GET
    @Path("/campaigns/{campaignId}")
    @Operation(operationId = "getCampaign", summary = "Get a campaign with its questionnaires",
            description = "The campaign and the questionnaires grouped in it, with their status; for response rates "
                    + "across them use getCampaignResponseRates.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The campaign.", headers = @Header(name = "ETag", description = "The revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response getCampaign(@Parameter(example = EXAMPLE_ID) @PathParam("campaignId") UUID campaignId) {
        CampaignView campaign = service.campaign(campaignId);
        return Response.ok(campaign).header(HttpHeaders.ETAG, ETags.of(campaign.revision())).build();
    }

    @GET
    @Path("/questionnaire-templates")
    @Operation(operationId = "listQuestionnaireTemplates", summary = "List ready-made questionnaires",
            description = "The national hired-staff survey (three questionnaires and the follow-up) and the county "
                    + "competence matrix and interview questions of the Norrbotten report.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The templates.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(type = SchemaType.ARRAY, implementation = TemplateView.class)))
    public List<TemplateView> templates() {
        return service.templates();
    }

    @POST
    @Path("/questionnaire-templates/{key}/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "importQuestionnaireTemplate", summary = "Create a draft questionnaire from a template",
            description = "Copies a ready-made template (see listQuestionnaireTemplates) into a new draft that can be "
                    + "edited before it is opened; the template itself is never changed.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The new draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response importTemplate(@Parameter(example = "norrbotten-competence-matrix", schema = @Schema(ref = "TemplateKey"))
            @PathParam("key") String key,
            @Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = 200),
                    example = "kampanj-2026-12-02-1") @HeaderParam("Idempotency-Key") String idempotencyKey,
            @Valid TemplateImportRequest request) {
        QuestionnaireView created = service.importTemplate(key, request, idempotencyKey);
        return Response.created(URI.create("/api/v1/questionnaires/" + created.id())).entity(created)
                .header(HttpHeaders.ETAG, ETags.of(created.revision())).build();
    }

    @POST
    @Path("/questionnaires")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createQuestionnaire", summary = "Create a questionnaire (a draft)",
            description = "Also the way to import a questionnaire written elsewhere: send its definition.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "201", description = "The draft.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response create(
            @Parameter(description = IDEMPOTENCY_KEY, schema = @Schema(type = SchemaType.STRING, maxLength = 200),
                    example = "kampanj-2026-12-02-1") @HeaderParam("Idempotency-Key") String idempotencyKey,
            QuestionnaireRequest request) {
        QuestionnaireView created = service.create(request, idempotencyKey);
        return Response.created(URI.create("/api/v1/questionnaires/" + created.id())).entity(created)
                .header(HttpHeaders.ETAG, ETags.of(created.revision())).build();
    }

    @GET
    @Path("/questionnaires")
    @Operation(operationId = "listQuestionnaires", summary = "List questionnaires", description = "Newest first.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "A page of questionnaires.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnairePage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public QuestionnairePage list(
            @Parameter(description = "Only this campaign's.") @QueryParam("campaign") UUID campaign,
            @Parameter(description = "Only in this state.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"draft", "open", "closed", "archived"})) @QueryParam("status") String status,
            @Parameter(description = "Page number, from 1.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(description = "Page size.", schema = @Schema(type = SchemaType.INTEGER, format = "int32",
                    minimum = "1", maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size) {
        return service.list(campaign, parseStatus(status), new PageRequest(page, size));
    }

    @GET
    @Path("/questionnaires/{questionnaireId}")
    @Operation(operationId = "getQuestionnaire", summary = "Get a questionnaire with its current definition",
            description = "The ETag header carries `revision`, for If-Match on update.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The questionnaire.", headers = @Header(name = "ETag", description = "The revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId) {
        QuestionnaireView view = service.get(questionnaireId);
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.revision())).build();
    }

    @PUT
    @Path("/questionnaires/{questionnaireId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateQuestionnaire", summary = "Replace a questionnaire's settings and definition",
            description = "A draft's definition is edited in place. Once the questionnaire has been open, a changed "
                    + "definition becomes a new version; answers begun stay on theirs. If-Match is required: the ETag "
                    + "of the questionnaire as loaded; a 412 means someone else changed it in between (reload and redo).")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The questionnaire.", headers = @Header(name = "ETag", description = "The revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"3\"")),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = "The ETag of the questionnaire the change is based on.", required = true,
                    example = "\"3\"")
            @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            QuestionnaireRequest request) {
        QuestionnaireView view = service.update(questionnaireId, ETags.parse(ifMatch, false), request);
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.revision())).build();
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/versions/{version}")
    @Operation(operationId = "getQuestionnaireVersion", summary = "Get one version's definition",
            description = "The definition as frozen when the questionnaire was opened (or changed while open); "
                    + "every answer is pinned to one of these versions.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The version.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public VersionView version(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(example = "1", schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1"))
            @PathParam("version") @Min(value = 1, message = "must be 1 or more") Integer version) {
        return service.version(questionnaireId, version);
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/open")
    @Operation(operationId = "openQuestionnaire", summary = "Open a questionnaire for answers",
            description = "From draft (or closed, to reopen it). Freezes the current definition.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The questionnaire.", headers = @Header(name = "ETag",
            description = "The new revision.", schema = @Schema(type = SchemaType.STRING, example = "\"4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    public Response open(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = IF_MATCH_OPTIONAL, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.transition(questionnaireId, ETags.parse(ifMatch, false), Status.open));
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/close")
    @Operation(operationId = "closeQuestionnaire", summary = "Close a questionnaire",
            description = "Respondent links stop working; drafts stay as they are.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The questionnaire.", headers = @Header(name = "ETag",
            description = "The new revision.", schema = @Schema(type = SchemaType.STRING, example = "\"4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    public Response close(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = IF_MATCH_OPTIONAL, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.transition(questionnaireId, ETags.parse(ifMatch, false), Status.closed));
    }

    @POST
    @Path("/questionnaires/{questionnaireId}/archive")
    @Operation(operationId = "archiveQuestionnaire", summary = "Archive a closed (or never opened) questionnaire",
            description = "It can no longer change; its results stay readable.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_MANAGER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The questionnaire.", headers = @Header(name = "ETag",
            description = "The new revision.", schema = @Schema(type = SchemaType.STRING, example = "\"4\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireView.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    public Response archive(@Parameter(example = EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = IF_MATCH_OPTIONAL, example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        return withETag(service.transition(questionnaireId, ETags.parse(ifMatch, false), Status.archived));
    }

    private static Response withETag(QuestionnaireView view) {
        return Response.ok(view).header(HttpHeaders.ETAG, ETags.of(view.revision())).build();
    }

    static Status parseStatus(String status) {
        if (status == null) {
            return null;
        }
        return Arrays.stream(Status.values()).filter(s -> s.name().equals(status)).findFirst()
                .orElseThrow(() -> new BadInputException("Unknown status " + status + ".", List.of(
                        new BadInputException.Violation("status", "query", "must be draft, open, closed or archived"))));
    }
}
