package se.kompetenslaget.strategy;

import jakarta.ws.rs.GET;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import se.kompetenslaget.common.Representation;
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
    private final ObjectMapper json;
    /** The strategies are reference data of the release, so each answer is written once. */
    private final Map<String, Representation> written = new ConcurrentHashMap<>();

    public StrategyResource(StrategyCatalogue catalogue, ObjectMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @GET
    @Path("/strategies")
    @Operation(operationId = "listStrategies", summary = "List the national strategies",
            description = "Each strategy as versioned reference data; a revision is a new strategy with its own code.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "Newest period first.", headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = StrategySummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response list(@Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return written.computeIfAbsent("strategies", key -> Representation.of(json, catalogue.strategies()))
                .respond(ifNoneMatch);
    }

    @GET
    @Path("/strategies/{code}")
    @Operation(operationId = "getStrategy", summary = "A strategy with its goals, actions and measures",
            description = "In the strategy's own words: goals, numbered actions, and per action (or, where the "
                    + "strategy has none, per goal) what the national level shall do and the regional and local "
                    + "levels can do.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "The strategy.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Strategy.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response get(@Parameter(example = "skl-2018") @PathParam("code") String code,
            @Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        // Looked up first: an unknown code is a 404 and is not kept.
        Strategy strategy = catalogue.strategy(code);
        return written.computeIfAbsent("strategy " + code, key -> Representation.of(json, strategy)).respond(ifNoneMatch);
    }

    @GET
    @Path("/recruitment-strategies")
    @Operation(operationId = "listRecruitmentStrategies", summary = "SKR's recruitment strategies",
            description = "A version of the list (2018: the nine strategies of Sveriges viktigaste jobb).")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "The list.", headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = RecruitmentStrategyList.class)))
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response recruitmentStrategies(
            @Parameter(description = "The list's version.", schema = @Schema(type = SchemaType.STRING,
                    defaultValue = StrategyCatalogue.CURRENT_RECRUITMENT_LIST))
            @QueryParam("version") @DefaultValue(StrategyCatalogue.CURRENT_RECRUITMENT_LIST) String version,
            @Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        RecruitmentStrategyList list = catalogue.recruitmentStrategies(version);
        return written.computeIfAbsent("recruitment " + version, key -> Representation.of(json, list)).respond(ifNoneMatch);
    }
}
