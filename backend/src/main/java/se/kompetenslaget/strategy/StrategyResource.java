package se.kompetenslaget.strategy;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.strategy.StrategyDtos.RecruitmentStrategyList;
import se.kompetenslaget.strategy.StrategyDtos.Strategy;
import se.kompetenslaget.strategy.StrategyDtos.StrategySummary;

/** The national strategy and the recruitment strategies: public reference data. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Strategy", description = "The national strategy's goals, actions and measures per level.")
public class StrategyResource {

    private final StrategyCatalogue catalogue;

    public StrategyResource(StrategyCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/strategies")
    @Operation(operationId = "listStrategies", summary = "List the national strategies",
            description = "Each strategy as versioned reference data; a revision is a new strategy with its own code.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Newest period first.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StrategySummary.class)))
    public List<StrategySummary> list() {
        return catalogue.strategies();
    }

    @GET
    @Path("/strategies/{code}")
    @Operation(operationId = "getStrategy", summary = "A strategy with its goals, actions and measures",
            description = "In the strategy's own words: goals, numbered actions, and per action (or, where the "
                    + "strategy has none, per goal) what the national level shall do and the regional and local "
                    + "levels can do.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "The strategy.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Strategy.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Strategy get(@Parameter(example = "skl-2018") @PathParam("code") String code) {
        return catalogue.strategy(code);
    }

    @GET
    @Path("/recruitment-strategies")
    @Operation(operationId = "listRecruitmentStrategies", summary = "SKR's recruitment strategies",
            description = "A version of the list (2018: the nine strategies of Sveriges viktigaste jobb).")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "The list.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecruitmentStrategyList.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public RecruitmentStrategyList recruitmentStrategies(
            @Parameter(description = "The list's version.", schema = @Schema(type = SchemaType.STRING,
                    defaultValue = StrategyCatalogue.CURRENT_RECRUITMENT_LIST))
            @QueryParam("version") @DefaultValue(StrategyCatalogue.CURRENT_RECRUITMENT_LIST) String version) {
        return catalogue.recruitmentStrategies(version);
    }
}
