package se.kompetenslaget.strategy;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
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
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
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
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.strategy.StrategyDtos.ExamplePage;
import se.kompetenslaget.strategy.StrategyDtos.ExampleRequest;
import se.kompetenslaget.strategy.StrategyDtos.ExampleView;
import se.kompetenslaget.strategy.StrategyDtos.Overview;

/** Decisions, learning examples and the overview of the strategy's use. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy follow-up", description = "Decisions, learning examples and the national and county overview.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class FollowUpResource {

    private final FollowUpService followUp;
    private final ExampleService examples;

    private final Creates creates;
    private final AccessPolicy access;

    public FollowUpResource(FollowUpService followUp, ExampleService examples, Creates creates, AccessPolicy access) {
        this.followUp = followUp;
        this.examples = examples;
        this.creates = creates;
        this.access = access;
    }

    @GET
    @Path("/strategy-overview")
    @Operation(operationId = "getStrategyOverview", summary = "The national or a county's overview",
            description = "Per county, how many municipalities have decided to reduce their dependence on staffing "
                    + "agencies (recordReductionDecision), have an action plan and have a target (setTarget); and the "
                    + "strategy's actions by how many plan activities are linked to them.")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The overview.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Overview.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Overview overview(
            @Parameter(description = "Only this county.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "The strategy; skl-2018 when absent.") @QueryParam("strategy") String strategy) {
        return followUp.overview(county, strategy);
    }

    @POST
    @Path("/learning-examples")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "createLearningExample", summary = "Write a learning example",
            description = "A municipality's (its editors) or a county's (its coordinators); published: true makes it "
                    + "found by everyone.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_OWNER_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "201", description = "Stored (or, for a key used before, what was stored then).",
            headers = { @Header(name = "ETag", description = "The example's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"0\"")),
                    @Header(name = "Idempotent-Replayed", description = "true when the answer is a replay.",
                            schema = @Schema(type = SchemaType.STRING)) },
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExampleView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "409", ref = ProblemResponses.CONFLICT)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public Response createExample(
            @Parameter(description = Creates.KEY_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    maxLength = 200), example = "example-2026-1") @HeaderParam(Creates.HEADER) String idempotencyKey,
            @Valid ExampleRequest request) {
        Creates.Outcome<ExampleView> created = creates.create(access.caller().idempotencyOwner() + " learning-example",
                idempotencyKey, request, ExampleView.class, () -> examples.create(request));
        return created.replayed(Response.status(Response.Status.CREATED).entity(created.answer())
                .header(HttpHeaders.ETAG, ETags.of(created.answer().revision()))).build();
    }

    @PUT
    @Path("/learning-examples/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateLearningExample", summary = "Replace a learning example, or (un)publish it",
            description = "The owner cannot change. If-Match is required: the example's ETag (revision); a 412 "
                    + "names the fields that differ now.")
    @Extension(name = Access.EXTENSION, value = Access.PLAN_EDITOR)
    @RolesAllowed({ Roles.PERSON, Roles.INTEGRATION })
    @APIResponse(responseCode = "200", description = "Stored.",
            headers = @Header(name = "ETag", description = "The example's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExampleView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "412", ref = ProblemResponses.PRECONDITION_FAILED)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    @APIResponse(responseCode = "428", ref = ProblemResponses.PRECONDITION_REQUIRED)
    public Response updateExample(@Parameter(example = PlanResource.EXAMPLE_ID) @PathParam("id") UUID id,
            @Parameter(description = "The ETag (revision) of the example the change is based on.", required = true,
                    example = "\"3\"") @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
            @Valid ExampleRequest request) {
        ExampleView example = examples.update(id, ifMatch, request);
        return Response.ok(example).header(HttpHeaders.ETAG, ETags.of(example.revision())).build();
    }

    @GET
    @Path("/learning-examples/{id}")
    @Operation(operationId = "getLearningExample", summary = "A learning example",
            description = "A draft only for its owner's editors; to others it does not exist (404).")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The example.",
            headers = @Header(name = "ETag", description = "The example's revision, for If-Match.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"1\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExampleView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response getExample(@Parameter(example = PlanResource.EXAMPLE_ID) @PathParam("id") UUID id) {
        ExampleView example = examples.get(id);
        return Response.ok(example).header(HttpHeaders.ETAG, ETags.of(example.revision())).build();
    }

    @GET
    @Path("/learning-examples")
    @Operation(operationId = "searchLearningExamples", summary = "Search learning examples",
            description = """
                    Published examples (and the caller's own drafts). q is searched in Swedish (PostgreSQL full-text \
                    search, configuration swedish: words are stemmed, so "rekrytering" finds "rekryteringen"; \
                    "quoted phrases", OR and -word work as in a web search), ranked by ts_rank_cd with the title \
                    weighing most, then the text, then the results. Without q, newest first.""")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "A page of examples.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = ExamplePage.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public ExamplePage searchExamples(
            @Parameter(description = "Words to find.", example = "rekrytering") @QueryParam("q")
            @Size(max = 200, message = "must be at most 200 characters") String q,
            @Parameter(description = "Only examples tagged with this recruitment strategy.")
            @QueryParam("recruitmentStrategy") String recruitmentStrategy,
            @Parameter(description = "Only examples for this service area.") @QueryParam("serviceArea")
            String serviceArea,
            @Parameter(description = "Only this county's examples (its own and its municipalities').",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(schema = @Schema(type = SchemaType.INTEGER, minimum = "1", maximum = "" + PageRequest.MAX_SIZE,
                    defaultValue = "20"))
            @QueryParam("size") @DefaultValue("20") @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size) {
        return examples.search(q, recruitmentStrategy, serviceArea, county, new PageRequest(page, size));
    }
}
