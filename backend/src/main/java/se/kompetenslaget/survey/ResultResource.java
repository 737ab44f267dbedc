package se.kompetenslaget.survey;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.List;
import java.util.UUID;
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
import se.kompetenslaget.common.CsvWriter.Dialect;
import se.kompetenslaget.common.ProblemResponses;
import se.kompetenslaget.common.ResponseFormat;
import se.kompetenslaget.survey.SurveyDtos.CampaignRates;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireRates;
import se.kompetenslaget.survey.SurveyDtos.Results;

/** Response rates, per-question results and exports; each can be limited to a county or a list of municipalities. */
@Path("/api/v1")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Survey results", description = "Response rates, per-question results and exports of submitted responses.")
@SecurityRequirement(name = "session")
@SecurityRequirement(name = "bearer")
@APIResponse(responseCode = "401", ref = ProblemResponses.UNAUTHORIZED)
@APIResponse(responseCode = "403", ref = ProblemResponses.FORBIDDEN)
public class ResultResource {

    private final ResultService results;
    private final ExportService exports;

    public ResultResource(ResultService results, ExportService exports) {
        this.results = results;
        this.exports = exports;
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/response-rates")
    @Operation(operationId = "getQuestionnaireResponseRates", summary = "Response rate of a questionnaire",
            description = "Invited, not started, started and submitted, in total and per county. Revoked invitations "
                    + "do not count.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The rates.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = QuestionnaireRates.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public QuestionnaireRates questionnaireRates(
            @Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these municipalities (repeat the parameter).")
            @QueryParam("municipality") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipality) {
        return results.questionnaireRates(questionnaireId, results.filter(county, municipality));
    }

    @GET
    @Path("/campaigns/{campaignId}/response-rates")
    @Operation(operationId = "getCampaignResponseRates", summary = "Response rates of a campaign",
            description = "The share of questionnaire invitations submitted, and the number and share of municipalities "
                    + "that submitted at least one questionnaire; per questionnaire and per county.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The rates.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = CampaignRates.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public CampaignRates campaignRates(
            @Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("campaignId") UUID campaignId,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these municipalities (repeat the parameter).")
            @QueryParam("municipality") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipality) {
        return results.campaignRates(campaignId, results.filter(county, municipality));
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/results")
    @Operation(operationId = "getQuestionnaireResults", summary = "Per-question results",
            description = "Over submitted responses: counts and percentages per option, number statistics, "
                    + "professions ranked by the municipalities naming them (per matrix row and column), free texts "
                    + "(without municipality when the questionnaire is anonymous).")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The results.", content = @Content(
            mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = Results.class)))
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Results results(
            @Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these municipalities (repeat the parameter).")
            @QueryParam("municipality") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipality) {
        return results.results(questionnaireId, results.filter(county, municipality));
    }

    @GET
    @Path("/questionnaires/{questionnaireId}/export")
    @Produces({ "text/csv", ExportService.XLSX })
    @Operation(operationId = "exportResponses", summary = "Export responses as CSV or XLSX",
            description = "One row per response, columns labelled with the question texts (a matrix gives a column "
                    + "per row and column). CSV in the Swedish spreadsheet dialect unless `dialect=rfc4180`; XLSX with numbers as numbers and times as dates.")
    @Extension(name = Access.EXTENSION, value = Access.SURVEY_READER)
    @RolesAllowed(Roles.PERSON)
    @APIResponse(responseCode = "200", description = "The file.", content = {
            @Content(mediaType = "text/csv", schema = @Schema(type = SchemaType.STRING, format = "binary")),
            @Content(mediaType = ExportService.XLSX, schema = @Schema(type = SchemaType.STRING, format = "binary")) })
    @APIResponse(responseCode = "400", ref = ProblemResponses.BAD_REQUEST)
    @APIResponse(responseCode = "404", ref = ProblemResponses.NOT_FOUND)
    public Response export(
            @Parameter(example = SurveyResource.EXAMPLE_ID) @PathParam("questionnaireId") UUID questionnaireId,
            @Parameter(description = "csv or xlsx. " + ResponseFormat.ALIAS_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = {"csv", "xlsx"}))
            @QueryParam("format")
            @Pattern(regexp = "^(csv|xlsx)$", message = "must be csv or xlsx") String format,
            @Parameter(description = "Also drafts not yet submitted.") @QueryParam("includeDrafts") boolean includeDrafts,
            @Parameter(description = CsvWriter.DIALECT_DESCRIPTION, schema = @Schema(type = SchemaType.STRING,
                    enumeration = { "sv", "rfc4180" }, defaultValue = "sv")) @QueryParam(CsvWriter.DIALECT_PARAMETER)
            @Pattern(regexp = CsvWriter.DIALECT_PATTERN, message = CsvWriter.DIALECT_MESSAGE) String dialect,
            @Parameter(description = "Only this county's municipalities.", schema = @Schema(type = SchemaType.STRING,
                    pattern = "^[0-9]{2}$")) @QueryParam("county")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String county,
            @Parameter(description = "Only these municipalities (repeat the parameter).")
            @QueryParam("municipality") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipality,
            @Context HttpHeaders headers) {
        ExportService.Prepared export = exports.prepare(questionnaireId, results.filter(county, municipality), includeDrafts);
        String file = fileName(export.name());
        if (ResponseFormat.choose(headers, format, ResponseFormat.CSV, ResponseFormat.XLSX) == ResponseFormat.XLSX) {
            return Response.ok((StreamingOutput) out -> exports.xlsx(export, out), ExportService.XLSX)
                    .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file + ".xlsx")).build();
        }
        Dialect csvDialect = Dialect.of(dialect);
        return Response.ok((StreamingOutput) out -> exports.csv(export, csvDialect, out), CsvWriter.MEDIA_TYPE)
                .header(HttpHeaders.CONTENT_DISPOSITION, disposition(file + ".csv")).build();
    }

    private static String fileName(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .replaceAll("[^A-Za-z0-9]+", "-").replaceAll("(^-|-$)", "").toLowerCase();
        return ascii.isEmpty() ? "svar" : ascii.length() > 60 ? ascii.substring(0, 60) : ascii;
    }

    private static String disposition(String file) {
        return "attachment; filename=\"" + file + "\"; filename*=UTF-8''"
                + java.net.URLEncoder.encode(file, StandardCharsets.UTF_8);
    }
}
