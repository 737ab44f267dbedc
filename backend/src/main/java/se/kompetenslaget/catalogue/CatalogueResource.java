package se.kompetenslaget.catalogue;

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
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
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
import se.kompetenslaget.catalogue.CatalogueDtos.ProfessionView;
import se.kompetenslaget.catalogue.CatalogueDtos.ServiceAreaView;
import se.kompetenslaget.common.Access;

@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Catalogues", description = "Service areas and professions, shared by surveys and staffing-agency costs.")
public class CatalogueResource {

    private final Catalogue catalogue;
    private final ObjectMapper json;
    /** The catalogues change only by migration, so each answer is written once. */
    private final Map<String, Representation> written = new ConcurrentHashMap<>();

    public CatalogueResource(Catalogue catalogue, ObjectMapper json) {
        this.catalogue = catalogue;
        this.json = json;
    }

    @GET
    @Path("/service-areas")
    @Operation(operationId = "listServiceAreas", summary = "List the service areas (verksamhetsområden)",
            description = "The catalogue of service areas used by questionnaires and cost reports, with their group "
                    + "(for example individ- och familjeomsorg) and validity period.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "In display order; groups (parentCode null) included.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceAreaView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response serviceAreas(@Parameter(description = "Include retired entries.")
            @QueryParam("includeRetired") boolean includeRetired, @Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return written.computeIfAbsent("service-areas " + includeRetired, key -> Representation.of(json,
                catalogue.serviceAreas().stream().filter(area -> includeRetired || area.validTo() == null).toList()))
                .respond(ifNoneMatch);
    }

    @GET
    @Path("/professions")
    @Operation(operationId = "listProfessions", summary = "List the professions and competences (yrkesgrupper)",
            description = "The catalogue of professions with their SSYK 2012 code where one exists and validity "
                    + "period; profession questions pick from it.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "In display order.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProfessionView.class)))
    @APIResponse(responseCode = "304", description = "Not modified: the copy named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    public Response professions(@Parameter(description = "Include retired entries.")
            @QueryParam("includeRetired") boolean includeRetired, @Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION, schema = @Schema(type = SchemaType.STRING))
            @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
        return written.computeIfAbsent("professions " + includeRetired, key -> Representation.of(json,
                catalogue.professions().stream().filter(job -> includeRetired || job.validTo() == null).toList()))
                .respond(ifNoneMatch);
    }
}
