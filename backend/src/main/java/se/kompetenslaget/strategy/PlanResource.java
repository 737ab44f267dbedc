package se.kompetenslaget.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.Creates;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.common.ResponseFormat;
import se.kompetenslaget.strategy.StrategyDtos.ActivityRequest;
import se.kompetenslaget.strategy.StrategyDtos.ActivityView;
import se.kompetenslaget.strategy.StrategyDtos.GoalRequest;
import se.kompetenslaget.strategy.StrategyDtos.GoalView;
import se.kompetenslaget.strategy.StrategyDtos.NoteRequest;
import se.kompetenslaget.strategy.StrategyDtos.NoteView;
import se.kompetenslaget.strategy.StrategyDtos.PlanChange;
import se.kompetenslaget.strategy.StrategyDtos.PlanRequest;
import se.kompetenslaget.strategy.StrategyDtos.PlanSummary;
import se.kompetenslaget.strategy.StrategyDtos.PlanView;
import se.kompetenslaget.survey.ExportService;

/** Action plans of the national level, counties and municipalities: goals, activities, progress notes, status. */
@Path("/api/v1/action-plans")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Action plans", description = "Plans with goals, activities linked to the strategy, and progress notes.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class PlanResource {

    static final String EXAMPLE_ID = "7d1c7f3e-1d2a-4c55-9a43-0b3f4f1f2a10";

    private final PlanService plans;
    private final PlanExport export;
    private final Creates creates;
    private final AccessPolicy access;

    public PlanResource(PlanService plans, PlanExport export, Creates creates, AccessPolicy access) {
        this.access = access;
        this.plans = plans;
        this.export = export;
        this.creates = creates;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createActionPlan", summary = "Create an action plan",
            description = "A plan of the national level (administrators), a county (its coordinators) or a "
                    + "municipality (its editors); a token needs plans:write.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_OWNER_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Created (or, for a key used before, what was created then).",
            headers = { @Header(name = "ETag", description = "The plan's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response create(@Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
            maxLength = 200), example = "plan-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            PlanRequest request) {
        Creates.Outcome<PlanView> created = creates.create(access.caller().idempotencyOwner() + " action-plan", idempotencyKey, request, PlanView.class,
                () -> plans.create(request));
        PlanView plan = created.answer();
        return created.replayed(Response.created(UriBuilder.fromResource(PlanResource.class).path(plan.id()).build())
                .entity(plan).header(HttpHeaders.ETAG, ETags.of(plan.revision()))).build();
    }

    @GET
    @Operation(operationId = "listActionPlans", summary = "List action plans",
            description = "With how many goals and activities are on track, at risk, late and done.")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "Newest period first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = PlanSummary.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public List<PlanSummary> list(
            @Parameter(description = "Only plans of this level.", schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "national", "county", "municipality" })) @QueryParam("level") String level,
            @Parameter(description = "A county's plans and its municipalities'.", schema = @Schema(
                    type = SchemaType.STRING, pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only this municipality's plans.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{4}$")) @QueryParam("municipality")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code") String municipality) {
        return plans.list(level, county, municipality);
    }

    @GET
    @Path("/{id}")
    @Operation(operationId = "getActionPlan", summary = "An action plan with its goals and activities",
            description = "Each goal and activity with its status as of today (rules in PlanGoal and PlanActivity).")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The plan.",
            headers = @Header(name = "ETag", description = "The plan's revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response get(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id) {
        PlanView plan = plans.get(id);
        return Response.ok(plan).header(HttpHeaders.ETAG, ETags.of(plan.revision())).build();
    }

    @GET
    @Path("/{id}/export")
    @Produces({ CsvWriter.MEDIA_TYPE, ExportService.XLSX })
    @Operation(operationId = "exportActionPlan", summary = "An action plan and its follow-up as CSV or XLSX",
            description = "One row per activity (and per goal without activities): goal, its indicator and status, "
                    + "the activity, its dates, progress, status, linked strategy actions and recruitment strategies, "
                    + "and its latest progress note.")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response export(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "csv (the default) or xlsx. " + ResponseFormat.ALIAS_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "csv", "xlsx" }))
            @QueryParam("format")
            @Pattern(regexp = "^(csv|xlsx)$", message = "must be csv or xlsx") String format,
            @Parameter(description = CsvWriter.DIALECT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "sv", "rfc4180" }, defaultValue = "sv")) @QueryParam(CsvWriter.DIALECT_PARAMETER)
            @Pattern(regexp = CsvWriter.DIALECT_PATTERN, message = CsvWriter.DIALECT_MESSAGE) String dialect,
            @Context HttpHeaders headers) {
        PlanExport.File file = export.export(id,
                ResponseFormat.choose(headers, format, ResponseFormat.CSV, ResponseFormat.XLSX).alias(),
                CsvWriter.Dialect.of(dialect));
        return Response.ok(file.content(), file.mediaType())
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file.name() + "\"").build();
    }

    @PATCH
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateActionPlan", summary = "Change an action plan",
            description = "Title, description or period; only the fields sent change. If-Match is required: the "
                    + "plan's ETag (revision); a 412 names the fields that differ now.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The changed plan.",
            headers = @Header(name = "ETag", description = "The plan's revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response update(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The ETag (revision) of the plan the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            PlanChange change) {
        PlanView plan = plans.update(id, ifMatch, change);
        return Response.ok(plan).header(HttpHeaders.ETAG, ETags.of(plan.revision())).build();
    }

    @DELETE
    @Path("/{id}")
    @Operation(operationId = "deleteActionPlan", summary = "Delete an action plan, with its goals and activities",
            description = "Its goals, activities and progress notes go with it.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public void delete(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The ETag (revision) of the plan the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.delete(id, ifMatch);
    }

    @POST
    @Path("/{id}/goals")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanGoal", summary = "Add a goal (or sub-goal) to a plan",
            description = "Optionally measured by a cost target of the plan's municipality or the hired-staff share KPI.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Added, with its status (or, for a key used before, what was "
            + "added then).", headers = { @Header(name = "ETag", description = "The goal's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response addGoal(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "goal-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid GoalRequest request) {
        Creates.Outcome<GoalView> created = creates.create(access.caller().idempotencyOwner() + " plan-goal " + id, idempotencyKey, request, GoalView.class,
                () -> plans.addGoal(id, request));
        return created.replayed(Response.status(Response.Status.CREATED).entity(created.answer())
                .header(HttpHeaders.ETAG, ETags.of(created.answer().revision()))).build();
    }

    @PUT
    @Path("/{id}/goals/{goalId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlanGoal", summary = "Replace a goal of a plan",
            description = "Every field as sent; an absent indicator removes the goal's indicator. If-Match is "
                    + "required: the goal's revision; a 412 names the fields that differ now.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The goal, with its status.",
            headers = @Header(name = "ETag", description = "The goal's revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = GoalView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response updateGoal(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("goalId") UUID goalId,
            @Parameter(description = "The ETag (revision) of the goal the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid GoalRequest request) {
        GoalView goal = plans.updateGoal(id, goalId, ifMatch, request);
        return Response.ok(goal).header(HttpHeaders.ETAG, ETags.of(goal.revision())).build();
    }

    @DELETE
    @Path("/{id}/goals/{goalId}")
    @Operation(operationId = "deletePlanGoal", summary = "Delete a goal with its sub-goals",
            description = "Its activities stay in the plan, without a goal.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public void deleteGoal(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("goalId") UUID goalId,
            @Parameter(description = "The ETag (revision) of the goal the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteGoal(id, goalId, ifMatch);
    }

    @POST
    @Path("/{id}/activities")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addPlanActivity", summary = "Add an activity to a plan",
            description = "Linked to a goal of the plan, the strategy's actions or goals, and recruitment strategies.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Added, with its status (or, for a key used before, what was "
            + "added then).", headers = { @Header(name = "ETag", description = "The activity's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response addActivity(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "activity-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid ActivityRequest request) {
        Creates.Outcome<ActivityView> created = creates.create(access.caller().idempotencyOwner() + " plan-activity " + id, idempotencyKey, request,
                ActivityView.class, () -> plans.addActivity(id, request));
        return created.replayed(Response.status(Response.Status.CREATED).entity(created.answer())
                .header(HttpHeaders.ETAG, ETags.of(created.answer().revision()))).build();
    }

    @PUT
    @Path("/{id}/activities/{activityId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updatePlanActivity", summary = "Replace an activity of a plan",
            description = "Every field as sent, e.g. to move it from planned to ongoing or done. If-Match is "
                    + "required: the activity's revision; a 412 names the fields that differ now.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The activity, with its status.",
            headers = @Header(name = "ETag", description = "The activity's revision, for If-Match.", schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ActivityView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response updateActivity(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("activityId") UUID activityId,
            @Parameter(description = "The ETag (revision) of the activity the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ActivityRequest request) {
        ActivityView activity = plans.updateActivity(id, activityId, ifMatch, request);
        return Response.ok(activity).header(HttpHeaders.ETAG, ETags.of(activity.revision())).build();
    }

    @DELETE
    @Path("/{id}/activities/{activityId}")
    @Operation(operationId = "deletePlanActivity", summary = "Delete an activity with its progress notes",
            description = "Its progress notes go with it.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "204", description = "Deleted.")
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public void deleteActivity(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("activityId") UUID activityId,
            @Parameter(description = "The ETag (revision) of the activity the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch) {
        plans.deleteActivity(id, activityId, ifMatch);
    }

    @POST
    @Path("/{id}/activities/{activityId}/notes")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "addProgressNote", summary = "Add a dated progress note to an activity",
            description = "Dated today or earlier; the author is the caller.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Added (or, for a key used before, what was added then).",
            headers = @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                    schema = @Schema(type = SchemaType.STRING)),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = NoteView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response addNote(@Parameter(example = EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(example = EXAMPLE_ID) @PathParam("activityId") UUID activityId,
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "note-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid NoteRequest request) {
        Creates.Outcome<NoteView> created = creates.create(access.caller().idempotencyOwner() + " progress-note " + activityId, idempotencyKey, request,
                NoteView.class, () -> plans.addNote(id, activityId, request));
        return created.replayed(Response.status(Response.Status.CREATED).entity(created.answer())).build();
    }
}
