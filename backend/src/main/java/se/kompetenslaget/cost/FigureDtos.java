package se.kompetenslaget.cost;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.common.TwoDecimals;

/** The records of the workforce, population and reported-line APIs. */
public final class FigureDtos {

    private FigureDtos() {
    }

    @Schema(name = "WorkforceFigure", description = """
            A municipality's own staff in one profession for one year (and one service area where known), as the
            strategy's follow-up asks: employees, full-time equivalents, retirements, new hires, leavers and sick leave.
            Its natural key is municipality, year, profession and serviceArea: reporting the same key again corrects
            it (the earlier version is kept in its history). Every figure but the key is optional.""")
    public record WorkforceFigureInput(
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2025") Integer year,
            @Schema(required = true, description = "A profession code (see listProfessions).",
                    examples = "socialsekreterare") String profession,
            @Schema(description = "A service area code; absent for all areas of the profession.",
                    examples = "barn_unga") String serviceArea,
            @Schema(description = "Employees (persons) at the end of the year.", minimum = "0", examples = "42")
            Integer employees,
            @Schema(description = "Employees in full-time equivalents." + TwoDecimals.DESCRIPTION, minimum = "0",
                    examples = "39.5") @JsonDeserialize(using = TwoDecimals.class) BigDecimal fte,
            @Schema(description = "Employees who retired during the year.", minimum = "0", examples = "2")
            Integer retirements,
            @Schema(description = "Employees hired during the year.", minimum = "0", examples = "7") Integer newHires,
            @Schema(description = "Employees who left during the year, retirements included.", minimum = "0",
                    examples = "6") Integer leavers,
            @Schema(description = "Sick leave as a percent of scheduled working time." + TwoDecimals.DESCRIPTION,
                    minimum = "0", maximum = "100", examples = "6.8") @JsonDeserialize(using = TwoDecimals.class)
            BigDecimal sickLeavePercent) {
    }

    @Schema(name = "WorkforceBatch", description = "Workforce figures of one municipality, stored all together or "
            + "not at all.")
    public record WorkforceBatch(
            @Schema(description = "Where the figures come from: typed in (manual), an uploaded file (file) or another "
                    + "system (api, the default).", enumeration = { "manual", "file", "api" }, defaultValue = "api")
            String source,
            @Schema(required = true, minItems = 1, maxItems = CostDtos.MAX_BATCH) List<WorkforceFigureInput> lines) {
    }

    @Schema(name = "ReportedWorkforceFigure", description = "A stored workforce figure with where it came from.")
    public record WorkforceFigureView(
            @Schema(required = true) long id,
            @Schema(required = true) int year,
            @Schema(required = true) String profession,
            String serviceArea,
            Integer employees,
            BigDecimal fte,
            Integer retirements,
            Integer newHires,
            Integer leavers,
            BigDecimal sickLeavePercent,
            @Schema(required = true) Provenance provenance) {
    }

    @Schema(name = "WorkforceFigurePage", description = "A page of a municipality's workforce figures.")
    public record WorkforceFigurePage(@Schema(required = true) List<WorkforceFigureView> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
    }

    @Schema(name = "Provenance", description = """
            Where a stored value came from: its source (manual, file, api), who reported it (a person's name or a
            token's label) and when, and its revision (1 when first reported, one more for each correction).""")
    public record Provenance(
            @Schema(required = true, enumeration = { "manual", "file", "api" }) String source,
            @Schema(required = true, examples = "Lönesystemet (token)") String reportedBy,
            @Schema(required = true) OffsetDateTime reportedAt,
            @Schema(required = true, minimum = "1") int revision) {
    }

    @Schema(name = "ReportedCostLine", description = "A stored cost line with where it came from.")
    public record CostLineView(
            @Schema(required = true) long id,
            @Schema(required = true) int year,
            Integer month,
            @Schema(required = true) String serviceArea,
            String profession,
            @Schema(required = true) BigDecimal hiredCost,
            @Schema(required = true) BigDecimal ownCost,
            @Schema(description = "hiredCost ÷ (ownCost + hiredCost) in percent, two decimals; absent when both are 0.")
            BigDecimal share,
            Integer hiredPersons,
            BigDecimal hiredFte,
            String procured,
            String task,
            @Schema(required = true, type = SchemaType.ARRAY, implementation = HiringReason.class) List<String> reasons,
            @Schema(required = true) Provenance provenance) {
    }

    @Schema(name = "CostLinePage", description = "A page of a municipality's cost lines.")
    public record CostLinePage(@Schema(required = true) List<CostLineView> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
    }

    @Schema(name = "CostLineHistory", description = "Every version of one cost line, the current one first.")
    public record CostLineHistory(@Schema(required = true) List<CostLineView> versions) {
    }

    @Schema(name = "PopulationFigure", description = "A municipality's population (folkmängd) in a year, as SCB "
            + "counts it on 31 December.")
    public record PopulationInput(
            @Schema(required = true, examples = "2580") String municipality,
            @Schema(required = true, minimum = "2000", maximum = "2100", examples = "2025") Integer year,
            @Schema(required = true, minimum = "1", examples = "80028") Integer inhabitants) {
    }

    @Schema(name = "PopulationBatch", description = "Population figures, stored all together or not at all; a figure "
            + "for a municipality and year reported before is corrected (the earlier one kept in its history).")
    public record PopulationBatch(
            @Schema(enumeration = { "manual", "file", "api" }, defaultValue = "api") String source,
            @Schema(required = true, minItems = 1, maxItems = CostDtos.MAX_BATCH) List<PopulationInput> lines) {
    }

    @Schema(name = "Population", description = "A municipality's population in a year, with where it came from.")
    public record PopulationView(
            @Schema(required = true, examples = "2580") String municipalityCode,
            @Schema(required = true, examples = "Luleå") String municipalityName,
            @Schema(required = true) int year,
            @Schema(required = true) int inhabitants,
            @Schema(required = true) Provenance provenance) {
    }

    @Schema(name = "PopulationList", description = "The population of each municipality selected that has one for "
            + "the year, ordered by municipality code.")
    public record PopulationList(@Schema(required = true) int year, @Schema(required = true) List<PopulationView> items) {
    }
}
