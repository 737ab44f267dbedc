package se.kompetenslaget.catalogue;

import jakarta.ws.rs.GET;
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

    public CatalogueResource(Catalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GET
    @Path("/service-areas")
    @Operation(operationId = "listServiceAreas", summary = "List the service areas (verksamhetsområden)",
            description = "The catalogue of service areas used by questionnaires and cost reports, with their group "
                    + "(for example individ- och familjeomsorg) and validity period.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "In display order; groups (parentCode null) included.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ServiceAreaView.class)))
    public List<ServiceAreaView> serviceAreas(@Parameter(description = "Include retired entries.")
            @QueryParam("includeRetired") boolean includeRetired) {
        return catalogue.serviceAreas().stream().filter(area -> includeRetired || area.validTo() == null).toList();
    }

    @GET
    @Path("/professions")
    @Operation(operationId = "listProfessions", summary = "List the professions and competences (yrkesgrupper)",
            description = "The catalogue of professions with their SSYK 2012 code where one exists and validity "
                    + "period; profession questions pick from it.")
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @APIResponse(responseCode = "200", description = "In display order.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = ProfessionView.class)))
    public List<ProfessionView> professions(@Parameter(description = "Include retired entries.")
            @QueryParam("includeRetired") boolean includeRetired) {
        return catalogue.professions().stream().filter(job -> includeRetired || job.validTo() == null).toList();
    }
}
