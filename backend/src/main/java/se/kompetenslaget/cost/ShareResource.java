package se.kompetenslaget.cost;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.util.List;
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
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.common.ResponseFormat;
import se.kompetenslaget.cost.CostDtos.KpiValue;
import se.kompetenslaget.cost.CostDtos.MunicipalityShare;
import se.kompetenslaget.cost.CostDtos.Shares;
import se.kompetenslaget.survey.ExportService.Table;
import se.kompetenslaget.survey.ExportService;

/** The hired-staff share computed from the reported cost lines, for a municipality, county or the country. */
@Path("/api/v1/hired-staff-shares")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Staffing-agency costs", description = "Hired-staff cost against own personnel cost.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class ShareResource {

    private final ShareService shares;
    private final ExportService exports;

    public ShareResource(ShareService shares, ExportService exports) {
        this.shares = shares;
        this.exports = exports;
    }

    @GET
    @Operation(operationId = "getHiredStaffShares", summary = "Hired-staff share per service area",
            description = """
                    Hired-staff share = hiredCost ÷ (ownCost + hiredCost), in percent with two decimals, per service \
                    area and in total, summed over the municipalities selected (a county, a list, or the whole \
                    country when neither is given), with how the share spreads across them.""")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The shares.",
            content = @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Shares.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Shares shares(
            @Parameter(required = true, example = "2016") @QueryParam("year") @NotNull(message = "is required")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            Integer year,
            @Parameter(description = "One month of the year; absent for the whole year.") @QueryParam("month")
            @Min(value = 1, message = "must be 1–12") @Max(value = 12, message = "must be 1–12") Integer month,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these municipalities (repeat the parameter).")
            @QueryParam("municipality") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipality) {
        return shares.shares(year, month, county, municipality == null ? List.of() : municipality);
    }

    @GET
    @Path("/municipalities")
    @Operation(operationId = "listMunicipalityHiredStaffShares", summary = "Hired-staff share of each municipality",
            description = """
                    Each municipality that reported for the period, with its hired cost, own personnel cost and share \
                    (hiredCost ÷ (ownCost + hiredCost), percent, two decimals), in one service area or in total; for \
                    a map or a ranking. Limited to a county if one is given.""")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "Ordered by municipality code.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema = @Schema(type = SchemaType.ARRAY, implementation = MunicipalityShare.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public List<MunicipalityShare> byMunicipality(
            @Parameter(required = true, example = "2016") @QueryParam("year") @NotNull(message = "is required")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            Integer year,
            @Parameter(description = "One month of the year; absent for the whole year.") @QueryParam("month")
            @Min(value = 1, message = "must be 1–12") @Max(value = 12, message = "must be 1–12") Integer month,
            @Parameter(description = "One service area; absent for all together.", example = "barn_unga")
            @QueryParam("serviceArea") String serviceArea,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county) {
        return shares.byMunicipality(year, month, serviceArea, county);
    }

    @GET
    @Path("/series")
    @Produces({ MediaType.APPLICATION_JSON, "text/csv", ExportService.XLSX })
    @Operation(operationId = "getHiredStaffShareSeries", summary = "Hired-staff share per year as KPI values",
            description = """
                    The share per year in the shape Kolada tooling reads (kpi, municipality, period, value): for each \
                    municipality, its county (00 + the county code) and, without a county, every county and the \
                    country (0000); KPI KL_HIRED_SHARE for all service areas, KL_HIRED_SHARE_<AREA> for one. As JSON, \
                    CSV (the Swedish spreadsheet dialect unless `dialect=rfc4180`) or XLSX.""")
    @Extension(name = Access.EXTENSION, value = Access.FIGURE_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The values, by kpi, region and period.", content = {
            @Content(mediaType = MediaType.APPLICATION_JSON,
                    schema = @Schema(type = SchemaType.ARRAY, implementation = KpiValue.class)),
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response series(
            @Parameter(description = "The first year.", required = true, example = "2015") @QueryParam("fromYear")
            @NotNull(message = "is required")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            Integer from,
            @Parameter(description = "The last year.", required = true, example = "2024") @QueryParam("toYear")
            @NotNull(message = "is required")
            @Min(value = 2000, message = "must be 2000 or later") @Max(value = 2100, message = "must be 2100 or earlier")
            Integer to,
            @Parameter(description = "Only this county and its municipalities.", schema = @Schema(
                    type = SchemaType.STRING, pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these regions (repeat the parameter): a municipality code, 00 + a county "
                    + "code, or 0000 for the country.") @QueryParam("region") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit region id") String> region,
            @Parameter(description = "json (the default), csv or xlsx. " + ResponseFormat.ALIAS_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "json", "csv", "xlsx" }))
            @QueryParam("format")
            @Pattern(regexp = "^(json|csv|xlsx)$", message = "must be json, csv or xlsx") String format,
            @Parameter(description = CsvWriter.DIALECT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "sv", "rfc4180" }, defaultValue = "sv")) @QueryParam(CsvWriter.DIALECT_PARAMETER)
            @Pattern(regexp = CsvWriter.DIALECT_PATTERN, message = CsvWriter.DIALECT_MESSAGE) String dialect,
            @Context HttpHeaders headers) {
        ResponseFormat chosen = ResponseFormat.choose(headers, format, ResponseFormat.JSON, ResponseFormat.CSV,
                ResponseFormat.XLSX);
        List<KpiValue> values = shares.series(from, to, county);
        if (region != null && !region.isEmpty()) {
            values = values.stream().filter(value -> region.contains(value.municipality())).toList();
        }
        if (chosen == ResponseFormat.JSON) {
            return Response.ok(values, MediaType.APPLICATION_JSON).build();
        }
        Table table = new Table("Inhyrd personal", List.of("kpi", "municipality", "period", "value"), values.stream()
                .map(v -> List.<Object>of(v.kpi(), v.municipality(), BigDecimal.valueOf(v.period()), v.value()))
                .toList());
        String file = "inhyrd-personal-" + from + "-" + to + (county == null ? "" : "-lan-" + county);
        return chosen == ResponseFormat.XLSX
                ? Response.ok(exports.xlsx(table), ExportService.XLSX)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".xlsx\"").build()
                : Response.ok(exports.csv(table, CsvWriter.Dialect.of(dialect)), CsvWriter.MEDIA_TYPE)
                        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + ".csv\"").build();
    }
}
