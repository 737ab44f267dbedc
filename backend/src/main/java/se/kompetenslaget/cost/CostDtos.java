package se.kompetenslaget.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.common.TwoDecimals;

/** The records of the staffing-agency cost API. */
public final class CostDtos {

    private CostDtos() {
    }

    /** The most lines one batch may carry: ten years of monthly lines for every area and profession of a municipality. */
    public static final int MAX_BATCH = 100_000;

    @Schema(name = "CostLine", description = """
            What the municipality paid for hired staff (bemanningsföretag) against its own personnel cost, for one period,
            service area and optionally profession. Its natural key is municipality, year, month, serviceArea and
            profession: reporting the same key again corrects the line (the earlier version is kept in its history).""")
    public record CostLineInput(
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2016") Integer year,
            @Schema(description = "1–12 for a month; absent for the whole year.", minimum = "1", maximum = "12")
            Integer month,
            @Schema(required = true, description = "A service area code (see listServiceAreas).", examples = "barn_unga")
            String serviceArea,
            @Schema(description = "A profession code (see listProfessions); absent for all professions of the area.",
                    examples = "socialsekreterare") String profession,
            @Schema(required = true, description = "Cost of hired staff in SEK." + TwoDecimals.DESCRIPTION,
                    examples = "3390000") @JsonDeserialize(using = TwoDecimals.class) BigDecimal hiredCost,
            @Schema(required = true, description = "Own personnel cost for the same scope in SEK." + TwoDecimals.DESCRIPTION,
                    examples = "96610000") @JsonDeserialize(using = TwoDecimals.class) BigDecimal ownCost,
            @Schema(description = "Number of hired persons.", minimum = "0") Integer hiredPersons,
            @Schema(description = "Hired staff in full-time equivalents." + TwoDecimals.DESCRIPTION, minimum = "0")
            @JsonDeserialize(using = TwoDecimals.class) BigDecimal hiredFte,
            @Schema(description = "Whether the staffing service was procured.", enumeration = {"yes", "no", "partly"})
            String procured,
            @Schema(description = "What the hired staff did: authority exercise (myndighetsutövning), delivery "
                    + "(verkställighet) or both.", enumeration = {"authority", "delivery", "both"}) String task,
            @Schema(description = "The main reasons for hiring.", type = SchemaType.ARRAY,
                    implementation = HiringReason.class) List<String> reasons) {
    }

    @Schema(name = "CostBatch", description = "Cost lines of one municipality, stored all together or not at all.")
    public record CostBatch(
            @Schema(description = "Where the figures come from: typed in (manual), an uploaded file (file) or another "
                    + "system (api, the default).", enumeration = { "manual", "file", "api" }, defaultValue = "api")
            String source,
            @Schema(required = true, minItems = 1, maxItems = MAX_BATCH)
            List<CostLineInput> lines) {
    }

    @Schema(name = "CostLineWarning", description = "A line that was stored but deserves a second look.")
    public record LineWarning(@Schema(required = true) int index, @Schema(required = true) String message) {
    }

    @Schema(name = "CostBatchResult", description = "What a batch stored.")
    public record BatchResult(
            @Schema(required = true) int received,
            @Schema(required = true, description = "New lines.") int created,
            @Schema(required = true, description = "Lines whose values changed (corrections).") int updated,
            @Schema(required = true, description = "Lines reported again with the same values.") int unchanged,
            @Schema(required = true) List<LineWarning> warnings) {
    }

    @Schema(name = "ShareDistribution", description = """
            How the hired-staff share is spread across the municipalities reporting: min, quartiles (linear
            interpolation, as Excel's QUARTILE.INC) and max, in percent.""")
    public record Distribution(@Schema(required = true) BigDecimal min, @Schema(required = true) BigDecimal q1,
            @Schema(required = true) BigDecimal median, @Schema(required = true) BigDecimal q3,
            @Schema(required = true) BigDecimal max) {
    }

    @Schema(name = "HiredStaffShare", description = """
            Hired-staff share = hired cost ÷ (own personnel cost + hired cost), in percent with two decimals, over the
            municipalities selected. Per municipality and area the most complete figures count: a whole-year line before
            the sum of months, an all-professions line before the sum of professions. hiredCostPerInhabitant = hiredCost
            ÷ the inhabitants (population of the year) of the municipalities reporting, in SEK with two decimals; absent
            unless the population of every one of them is known for the year. previousShare is the share of the same
            selection and area in the previous period (the year before, or the month before), computed the same way;
            shareChange = share − previousShare (percentage points) and hiredCostChange = hiredCost − the previous
            period's hired cost (SEK); each absent when either period has nothing reported.""")
    public record ShareFigures(
            @Schema(description = "The service area; absent for all areas together.") String serviceArea,
            @Schema(required = true) BigDecimal hiredCost,
            @Schema(required = true) BigDecimal ownCost,
            @Schema(description = "Absent when nothing was reported.") BigDecimal share,
            @Schema(required = true) int municipalitiesReporting,
            @Schema(description = "Absent when nothing was reported.") Distribution distribution,
            @Schema(description = "Inhabitants of the municipalities reporting, when all are known.") Long inhabitants,
            BigDecimal hiredCostPerInhabitant,
            BigDecimal previousShare,
            BigDecimal shareChange,
            BigDecimal hiredCostChange) {
    }

    @Schema(name = "MunicipalityShare", description = """
            One municipality's hired-staff share, for a map or a ranking, with its hired cost per inhabitant (absent
            without a population for the year) and its change against the previous period (as in HiredStaffShare).""")
    public record MunicipalityShare(
            @Schema(required = true, examples = "2580") String municipalityCode,
            @Schema(required = true, examples = "Luleå") String municipalityName,
            @Schema(required = true, examples = "25") String countyCode,
            @Schema(required = true) BigDecimal hiredCost,
            @Schema(required = true) BigDecimal ownCost,
            @Schema(description = "Absent when both costs are zero.") BigDecimal share,
            Integer inhabitants,
            BigDecimal hiredCostPerInhabitant,
            BigDecimal previousShare,
            BigDecimal shareChange) {
    }

    @Schema(name = "KpiValue", description = """
            One value of a time series in the shape Kolada tooling reads: a KPI id, a region id (a municipality's SCB
            code, 00 + a county code for a county, 0000 for the country) and a period (a year).""")
    public record KpiValue(
            @Schema(required = true, description = "KL_HIRED_SHARE for all service areas together, "
                    + "KL_HIRED_SHARE_<AREA> (the service area code in capitals) for one.", examples = "KL_HIRED_SHARE")
            String kpi,
            @Schema(required = true, examples = "2580") String municipality,
            @Schema(required = true, examples = "2016") int period,
            @Schema(required = true, description = "The hired-staff share in percent, two decimals.", examples = "3.39")
            BigDecimal value) {
    }

    @Schema(name = "TargetRequest", description = "A target: the hired-staff share at most maxShare percent in year.")
    public record TargetRequest(
            @Schema(description = "A service area code; absent for all areas together.", examples = "barn_unga")
            String serviceArea,
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2026")
            @NotNull(message = "must be a year from 2000 to 2100") @Min(value = 2000, message = "must be a year from 2000 to 2100") @Max(value = 2100, message = "must be a year from 2000 to 2100") Integer year,
            @Schema(required = true, minimum = "0", maximum = "100", description = "Percent." + TwoDecimals.DESCRIPTION,
                    examples = "1.5") @JsonDeserialize(using = TwoDecimals.class)
            @NotNull(message = "must be a percentage from 0 to 100, at most two decimals") @DecimalMin(value = "0", message = "must be a percentage from 0 to 100, at most two decimals")
            @DecimalMax(value = "100", message = "must be a percentage from 0 to 100, at most two decimals") @Digits(integer = 3, fraction = 2, message = "must be a percentage from 0 to 100, at most two decimals")
            BigDecimal maxShare) {
    }

    @Schema(name = "TargetStatus", description = """
            A target with how the municipality stands. latestYear and latestShare: the last year up to the target's with
            reported costs. gap = latestShare − maxShare (percentage points). trend: the least-squares slope of the
            share over the last three reported years up to latestYear (percentage points per year; absent with fewer
            than two). status: met when latestShare ≤ maxShare; on_track when not, but latestShare + trend × (year −
            latestYear) ≤ maxShare; off_track otherwise; no_data without reported costs.""")
    public record TargetStatus(
            @Schema(description = "Absent for all areas together.") String serviceArea,
            @Schema(required = true) int year,
            @Schema(required = true) BigDecimal maxShare,
            Integer latestYear,
            BigDecimal latestShare,
            BigDecimal gap,
            BigDecimal trend,
            @Schema(required = true, enumeration = { "met", "on_track", "off_track", "no_data" }) String status,
            @Schema(required = true, description = "Counts changes, from 1 when first set; the ETag. Send it in "
                    + "If-Match to change the target (\"0\" to set a new one).") int revision) {
    }

    @Schema(name = "HiredStaffShares", description = "The hired-staff share per service area and in total.")
    public record Shares(
            @Schema(required = true) int year,
            Integer month,
            @Schema(description = "The county selected, if any.") String county,
            @Schema(description = "The municipalities selected, if a list was given.") List<String> municipalities,
            @Schema(required = true) List<ShareFigures> areas,
            @Schema(required = true) ShareFigures total) {
    }
}
