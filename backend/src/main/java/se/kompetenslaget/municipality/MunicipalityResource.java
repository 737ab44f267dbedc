package se.kompetenslaget.municipality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import se.kompetenslaget.common.Representation;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Arrays;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.extensions.Extension;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.CsvWriter.Dialect;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ResponseFormat;
import se.kompetenslaget.access.Roles;
import se.kompetenslaget.common.Access;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.municipality.MunicipalityDtos.LookupRequest;
import se.kompetenslaget.municipality.MunicipalityDtos.LookupResult;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityPage;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityUpdate;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityView;
import se.kompetenslaget.municipality.MunicipalityService.MunicipalityQuery;
import se.kompetenslaget.municipality.MunicipalityService.MunicipalitySort;

@Path("/api/v1/municipalities")
@Tag(name = "Municipalities", description = "Sweden's 290 municipalities (kommuner) with their SCB codes.")
public class MunicipalityResource {

    static final String CODE_PATTERN = "^[0-9]{4}$";
    static final String CODE_MESSAGE = "must be a four-digit SCB municipality code, e.g. 2580";
    private static final String CSV = "text/csv";
    private static final List<String> CSV_HEADER = List.of("code", "name", "county_code", "county_name", "population");

    private final MunicipalityService service;

    private final ObjectMapper json;

    public MunicipalityResource(MunicipalityService service, ObjectMapper json) {
        this.service = service;
        this.json = json;
    }

    @GET
    @Produces({ MediaType.APPLICATION_JSON, CSV })
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "listMunicipalities", summary = "List municipalities",
            description = "Filter by county, search by name, sort and page. Ask for `text/csv` to get every matching "
                    + "municipality, unpaged, as CSV (columns code, name, county_code, county_name, population).")
    @APIResponse(responseCode = "200", description = "A page of municipalities, or with `Accept: text/csv` all of them.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION + " JSON only.",
                    schema = @Schema(type = SchemaType.STRING, example = "\"3q2-7w\"")),
            content = {
                    @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityPage.class)),
                    @Content(mediaType = CSV, schema = @Schema(type = SchemaType.STRING),
                            example = "code;name;county_code;county_name;population\r\n2580;Luleå;25;Norrbottens län;\r\n") })
    @APIResponse(responseCode = "304", description = "Not modified: the page named in If-None-Match is current.",
            headers = @Header(name = HttpHeaders.ETAG, description = Representation.ETAG_DESCRIPTION,
                    schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    public Response list(
            @Parameter(description = "Only municipalities in this county (two-digit SCB code).", example = "25",
                    schema = @Schema(type = SchemaType.STRING, pattern = "^[0-9]{2}$"))
            @QueryParam("county") @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code, e.g. 25")
            String county,
            @Parameter(description = "Part of the name, ignoring case and diacritics (`lulea` finds Luleå), or the start "
                    + "of the code.", example = "lulea", schema = @Schema(type = SchemaType.STRING, maxLength = 100))
            @QueryParam("q") @Size(max = 100, message = "must be at most 100 characters") String q,
            @Parameter(description = "Order: by name (Swedish alphabetical order), code or county; a leading minus "
                    + "reverses it.", schema = @Schema(type = SchemaType.STRING, defaultValue = "name",
                            enumeration = { "name", "-name", "code", "-code", "county", "-county" }))
            @QueryParam("sort") @DefaultValue("name")
            @Pattern(regexp = "^-?(name|code|county)$", message = "must be one of name, -name, code, -code, county, -county")
            String sort,
            @Parameter(description = "Page number, from 1. A page past the last one is empty.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1", defaultValue = "1"))
            @QueryParam("page") @DefaultValue("1") @Min(value = 1, message = "must be 1 or more") Integer page,
            @Parameter(description = "Page size, at most " + PageRequest.MAX_SIZE + ". Ignored for CSV.",
                    schema = @Schema(type = SchemaType.INTEGER, format = "int32", minimum = "1",
                            maximum = "" + PageRequest.MAX_SIZE, defaultValue = "" + PageRequest.DEFAULT_SIZE))
            @QueryParam("size") @DefaultValue("" + PageRequest.DEFAULT_SIZE) @Min(value = 1, message = "must be 1 or more")
            @Max(value = PageRequest.MAX_SIZE, message = "must be at most " + PageRequest.MAX_SIZE) Integer size,
            @Parameter(description = CsvWriter.DIALECT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "sv", "rfc4180" }, defaultValue = "sv")) @QueryParam(CsvWriter.DIALECT_PARAMETER)
            @Pattern(regexp = CsvWriter.DIALECT_PATTERN, message = CsvWriter.DIALECT_MESSAGE) String dialect,
            @Parameter(description = Representation.IF_NONE_MATCH_DESCRIPTION + " JSON only.",
                    schema = @Schema(type = SchemaType.STRING)) @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch,
            @Context HttpHeaders headers) {
        MunicipalityQuery query = new MunicipalityQuery(county, q, MunicipalitySort.fromParameter(sort).orElseThrow());
        if (ResponseFormat.choose(headers, null, ResponseFormat.JSON, ResponseFormat.CSV) == ResponseFormat.CSV) {
            return csv(service.searchAll(query), Dialect.of(dialect));
        }
        var found = service.search(query, new PageRequest(page, size));
        return Representation.of(json, new MunicipalityPage(found.items(), found.page(), found.size(),
                found.totalItems(), found.totalPages())).respond(ifNoneMatch);
    }

    private static Response csv(List<MunicipalityView> municipalities, Dialect dialect) {
        List<List<?>> rows = municipalities.stream()
                .<List<?>>map(m -> Arrays.asList(m.code(), m.name(), m.county().code(), m.county().name(), m.population()))
                .toList();
        return Response.ok(CsvWriter.bytes(dialect, CSV_HEADER, rows), CsvWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"kommuner.csv\"")
                .header("X-Total-Count", rows.size())
                .build();
    }

    @GET
    @Path("/{code}")
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "getMunicipality", summary = "Get a municipality",
            description = "A municipality by its four-digit SCB code, with its county.")
    @APIResponse(responseCode = "200", description = "The municipality.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public MunicipalityView get(
            @Parameter(description = "Four-digit SCB municipality code.", example = "2580",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code) {
        return service.get(code);
    }

    @PATCH
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "updateMunicipality", summary = "Change a municipality's reference data",
            description = "Administrators only. Sets the population (absent population: left as it is).")
    @Extension(name = Access.EXTENSION, value = Access.ADMIN)
    @RolesAllowed(Roles.ADMIN)
    @SecurityRequirement(name = "session")
    @SecurityRequirement(name = "bearer")
    @APIResponse(responseCode = "200", description = "The changed municipality.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = MunicipalityView.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
    @APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public MunicipalityView update(
            @Parameter(description = "Four-digit SCB municipality code.", example = "2580",
                    schema = @Schema(type = SchemaType.STRING, pattern = CODE_PATTERN))
            @PathParam("code") @Pattern(regexp = CODE_PATTERN, message = CODE_MESSAGE) String code,
            @Valid MunicipalityUpdate request) {
        return service.update(code, request);
    }

    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @Produces(MediaType.APPLICATION_JSON)
    @Extension(name = Access.EXTENSION, value = Access.PUBLIC)
    @Operation(operationId = "lookupMunicipalities", summary = "Resolve names or codes to municipalities",
            description = "Resolves up to 500 values, each a code or a name (case, accents and surrounding space ignored), "
                    + "for instance a column of a spreadsheet. Nothing is stored.")
    @APIResponse(responseCode = "200", description = "Matches in the order given, and the values that matched nothing.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = LookupResult.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "415", ref = ProblemResponses.UNSUPPORTED_MEDIA_TYPE)
    public LookupResult lookup(@Valid LookupRequest request) {
        return service.lookup(request.values());
    }
}
