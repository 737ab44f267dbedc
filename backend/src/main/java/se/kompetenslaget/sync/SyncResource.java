package se.kompetenslaget.sync;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Pattern;
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
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.sync.SyncDtos.ActionPlanChanges;
import se.kompetenslaget.sync.SyncDtos.CostLineChanges;
import se.kompetenslaget.sync.SyncDtos.LearningExampleChanges;
import se.kompetenslaget.sync.SyncDtos.PopulationChanges;
import se.kompetenslaget.sync.SyncDtos.SurveyResponseChanges;
import se.kompetenslaget.sync.SyncDtos.WorkforceFigureChanges;

/** What changed since a cursor, one operation per kind of object, for data warehouses and analysts' copies. */
@Path("/api/v1/changes")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Incremental sync", description = "What changed since a cursor, deletions included.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class SyncResource {

    static final String COMMON = """
             Incremental sync in the Kolada manner: start without `after` (everything) or with `since` (changes \
            from an instant on), apply each change to your copy in order (upsert: store `item` under `id`; delete: \
            forget `id`), keep `next` and send it as `after` next time; while `hasMore` is true, ask again at once. \
            The order is the server's change order: a change appears only when every transaction that began before \
            it has ended, so a change committed late is never passed over. An object changed again moves to its new \
            place and comes again. A bad cursor is a 400 problem. After a change of your grants, start again \
            without `after`.""";
    static final String AFTER = "The `next` of your previous answer; absent: from the beginning (or from `since`).";
    static final String SINCE = "Without `after`: start from the first change made at or after this instant (ISO 8601),"
            + " like Kolada's from_date. Coarse: a change whose transaction began earlier but committed later is"
            + " included only if it lies after that first change in the order; use `next` for a gapless copy.";
    static final String LIMIT = "At most this many changes in the answer.";
    private static final Pattern FOUR_DIGIT_YEAR = Pattern.compile("^[0-9]{4}-.*");

    private final SyncService sync;

    public SyncResource(SyncService sync) {
        this.sync = sync;
    }

    @GET
    @Path("/cost-lines")
    @Operation(operationId = "listCostLineChanges", summary = "Cost lines changed since a cursor",
            description = """
                    Cost lines of the municipalities you may read (listCostLines): every line created, corrected or \
                    deleted after the cursor.""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_DATA_READER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = CostLineChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public CostLineChanges costLines(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.costLines(after, instant(since), limit);
    }

    @GET
    @Path("/workforce-figures")
    @Operation(operationId = "listWorkforceFigureChanges", summary = "Workforce figures changed since a cursor",
            description = """
                    Workforce figures of the municipalities you may read (listWorkforceFigures): every figure created, \
                    corrected or deleted after the cursor.""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.MUNICIPALITY_DATA_READER)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = WorkforceFigureChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public WorkforceFigureChanges workforceFigures(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.workforceFigures(after, instant(since), limit);
    }

    @GET
    @Path("/population")
    @Operation(operationId = "listPopulationChanges", summary = "Population figures changed since a cursor",
            description = """
                    Every municipality's population figures (listPopulation): created, corrected or deleted after the \
                    cursor.""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = PopulationChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public PopulationChanges population(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.population(after, instant(since), limit);
    }

    @GET
    @Path("/survey-responses")
    @Operation(operationId = "listSurveyResponseChanges", summary = "Survey responses changed since a cursor",
            description = """
                    The answers you may read one by one (getInvitationResponse): started, saved, submitted, reopened, \
                    revoked or deleted after the cursor. Answers of anonymous questionnaires are never listed (a delete \
                    if they were).""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = SurveyResponseChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public SurveyResponseChanges surveyResponses(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.surveyResponses(after, instant(since), limit);
    }

    @GET
    @Path("/action-plans")
    @Operation(operationId = "listActionPlanChanges", summary = "Action plans changed since a cursor",
            description = """
                    Action plans (getActionPlan), each as a whole: a change to a goal, activity or note moves its plan. \
                    The statuses in `item` are computed when read, from today's date and the cost data: a status that \
                    changes only because time passed or cost data came in does not move the plan.""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = ActionPlanChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public ActionPlanChanges actionPlans(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.actionPlans(after, instant(since), limit);
    }

    @GET
    @Path("/learning-examples")
    @Operation(operationId = "listLearningExampleChanges", summary = "Learning examples changed since a cursor",
            description = """
                    Published learning examples and your own drafts (getLearningExample); an example withdrawn from \
                    publication comes as a delete to those who may no longer see it.""" + COMMON)
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The changes after the cursor, oldest first.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(implementation = LearningExampleChanges.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public LearningExampleChanges learningExamples(
            @Parameter(description = AFTER) @QueryParam("after")
            @Size(max = 200, message = "must be at most 200 characters") String after,
            @Parameter(description = SINCE, example = "2026-11-01T00:00:00Z",
                    schema = @Schema(type = SchemaType.STRING, format = "date-time")) @QueryParam("since") String since,
            @Parameter(description = LIMIT, schema = @Schema(type = SchemaType.INTEGER, minimum = "1",
                    maximum = "" + SyncService.MAX_LIMIT, defaultValue = "" + SyncService.DEFAULT_LIMIT))
            @QueryParam("limit") @DefaultValue("" + SyncService.DEFAULT_LIMIT)
            @Min(value = 1, message = "must be 1 or more")
            @Max(value = SyncService.MAX_LIMIT, message = "must be at most " + SyncService.MAX_LIMIT) Integer limit) {
        return sync.learningExamples(after, instant(since), limit);
    }

    private static Instant instant(String value) {
        if (value == null) {
            return null;
        }
        try {
            if (FOUR_DIGIT_YEAR.matcher(value).matches()) {
                return Instant.parse(value);
            }
        } catch (DateTimeParseException e) {
            // answered below
        }
        throw new BadInputException(
                "The query parameter 'since' must be an ISO 8601 instant, e.g. 2026-11-01T00:00:00Z.",
                List.of(new BadInputException.Violation("since", "query", "must be an ISO 8601 instant")));
    }
}
