package se.kompetenslaget.municipality;

import jakarta.validation.constraints.Pattern;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import se.kompetenslaget.common.Representation;
import se.kompetenslaget.common.RepresentationCache;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.municipality.MunicipalityDtos.CountySummary;
import se.kompetenslaget.municipality.MunicipalityDtos.CountyView;

@Path("/api/v1/counties")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Counties", description = "Sweden's 21 counties (län) with their SCB codes.")
public class CountyResource {

    private static final String CODE_PATTERN = "^[0-9]{2}$";

    private final MunicipalityService service;
    private final ObjectMapper json;
    private final RepresentationCache counties = new RepresentationCache();

    public CountyResource(MunicipalityService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "listCounties", summary = "List counties", description = "All 21 counties, ordered by code.")
    @APIResponse(responseCode = "200", description = "The counties.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = CountySummary.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response list(@Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION,
            schema = @Schema(type = SchemaType.STRING)) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return counties.of(json, service.listCounties()).respond(ifNoneMatch);
    }

    @GET
    @Path("/{code}")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "getCounty", summary = "Get a county with its municipalities",
            description = "A county by its two-digit SCB code, with its municipalities in Swedish alphabetical order.")
    @APIResponse(responseCode = "200", description = "The county and its municipalities.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CountyView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CountyView get(
            @Parameter(description = "Two-digit SCB county code.", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = "must be a two-digit SCB county code, e.g. 25")
            String code) {
        return service.getCounty(code);
    }
}
