package se.kompetenslaget.profile;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.cost.CostDtos.TargetStatus;
import se.kompetenslaget.strategy.StrategyDtos.DecisionView;
import se.kompetenslaget.strategy.StrategyDtos.PlanSummary;
import se.kompetenslaget.survey.Definition.Text;
import se.kompetenslaget.survey.SurveyDtos.MatrixCellResult;
import se.kompetenslaget.survey.SurveyDtos.Rate;

/** What the profiles, publications and the administrators' dashboard send and take. */
public final class ProfileDtos {

    static final String KIND_PATTERN = "^(municipality_year|county_year|national_year|campaign)$";

    private ProfileDtos() {
    }

    @Schema(name = "PublicationRequest", description = """
            What to publish: a municipality's cost figures of a year (municipality_year: municipalityCode and year; its \
            editors), a county's (county_year: countyCode and year; its coordinators), the country's (national_year: \
            year; administrators) or a campaign's survey results (campaign: campaignId; who manages the campaign).""")
    public record PublicationRequest(
            @Schema(required = true, enumeration = { "municipality_year", "county_year", "national_year", "campaign" })
            @NotNull(message = "is required") @Pattern(regexp = KIND_PATTERN,
                    message = "must be municipality_year, county_year, national_year or campaign") String kind,
            @Schema(examples = "2580", pattern = "^[0-9]{4}$")
            @Pattern(regexp = "^[0-9]{4}$", message = "must be a four-digit SCB municipality code")
            String municipalityCode,
            @Schema(pattern = "^[0-9]{2}$")
            @Pattern(regexp = "^[0-9]{2}$", message = "must be a two-digit SCB county code") String countyCode,
            @Schema(examples = "2024") @Min(value = 2000, message = "must be 2000 or later")
            @Max(value = 2100, message = "must be 2100 or earlier") Integer year,
            UUID campaignId) {
    }

    @Schema(name = "Publication", description = "What anyone, signed in or not, may see.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PublicationView(
            @Schema(required = true) UUID id,
            @Schema(required = true, enumeration = { "municipality_year", "county_year", "national_year", "campaign" })
            String kind,
            String municipalityCode,
            String municipalityName,
            String countyCode,
            String countyName,
            Integer year,
            UUID campaignId,
            String campaignTitle,
            @Schema(required = true) Instant publishedAt) {
    }

    @Schema(name = "SharePoint", description = "The hired-staff share (percent, two decimals) of one year; a value is "
            + "absent when nothing was reported or (for a visitor without a grant) it is not published.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record SharePoint(@Schema(required = true) int year, BigDecimal municipality, BigDecimal county,
            BigDecimal country) {
    }

    @Schema(name = "AreaShareTrend", description = "The share per year in one service area, or (no serviceArea) in all "
            + "together, against the county and the country; computed as the hired-staff share endpoints do.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AreaTrend(String serviceArea, @Schema(required = true) String nameSv,
            @Schema(required = true) String nameEn, @Schema(required = true) List<SharePoint> points) {
    }

    @Schema(name = "ProfileSurvey", description = """
            The latest competence-matrix survey the municipality (or the county's municipalities) answered that the \
            caller may see: published campaigns for everyone, the rest for those who may read survey results. \
            `own` is the municipality's own answers (absent for an anonymous questionnaire and on a county profile); \
            `county` ranks the professions the county's municipalities named, most named first.""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record ProfileSurvey(
            @Schema(required = true) UUID questionnaireId,
            UUID campaignId,
            @Schema(required = true) Text title,
            Instant lastSubmittedAt,
            @Schema(required = true) boolean published,
            List<MatrixCellResult> own,
            @Schema(required = true) List<MatrixCellResult> county) {
    }

    @Schema(name = "MunicipalityProfile", description = """
            What the product knows about a municipality. `restricted` is true when the caller sees only what is \
            published (not signed in); then figures of unpublished years are absent, and decisions and plans too.""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MunicipalityProfile(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) String countyCode,
            @Schema(required = true) String countyName,
            @Schema(required = true) boolean restricted,
            @Schema(required = true, description = "The years whose figures the municipality published.")
            List<Integer> publishedYears,
            @Schema(required = true, description = "All areas together first, then per service area.")
            List<AreaTrend> shares,
            @Schema(required = true) List<TargetStatus> targets,
            ProfileSurvey survey,
            List<DecisionView> decisions,
            List<PlanSummary> plans,
            @Schema(required = true) List<PublicationView> publications) {
    }

    @Schema(name = "CountyMunicipalityShare", description = "A municipality's share (all areas) of its latest year the "
            + "caller may see.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record MunicipalityShareRow(@Schema(required = true) String code, @Schema(required = true) String name,
            Integer year, BigDecimal share, @Schema(required = true) boolean published) {
    }

    @Schema(name = "ProfileCampaign", description = "A campaign of the county's coordinator, with its response rate.")
    public record CampaignSummary(@Schema(required = true) UUID id, @Schema(required = true) String title,
            @Schema(required = true) Instant createdAt, @Schema(required = true) boolean published,
            @Schema(required = true) Rate invitations) {
    }

    @Schema(name = "CountyProfile", description = """
            What the product knows about a county: its share against the country, its municipalities' shares, its \
            competence-matrix ranking and (for its coordinators and administrators) its campaigns.""")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record CountyProfile(
            @Schema(required = true) String code,
            @Schema(required = true) String name,
            @Schema(required = true) boolean restricted,
            @Schema(required = true) List<Integer> publishedYears,
            @Schema(required = true, description = "The county (field county) against the country, all areas first.")
            List<AreaTrend> shares,
            @Schema(required = true) List<MunicipalityShareRow> municipalities,
            ProfileSurvey survey,
            List<CampaignSummary> campaigns,
            @Schema(required = true) List<PublicationView> publications) {
    }

    @Schema(name = "DashboardQuestionnaire", description = "An open questionnaire and its response rate.")
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record OpenQuestionnaire(@Schema(required = true) UUID id, @Schema(required = true) Text title,
            UUID campaignId, String ownerCountyCode, Instant closesAt, @Schema(required = true) Rate rate) {
    }

    @Schema(name = "DashboardMunicipality")
    public record MunicipalityRef(@Schema(required = true) String code, @Schema(required = true) String name,
            @Schema(required = true) String countyCode) {
    }

    @Schema(name = "AdminDashboard", description = "What needs an administrator's attention.")
    public record Dashboard(
            @Schema(required = true) List<OpenQuestionnaire> openQuestionnaires,
            @Schema(required = true, description = "The latest whole year (last calendar year).") int costYear,
            @Schema(required = true, description = "Municipalities that reported no cost figures for costYear.")
            List<MunicipalityRef> missingCostReports,
            @Schema(required = true) int municipalityCount) {
    }
}
