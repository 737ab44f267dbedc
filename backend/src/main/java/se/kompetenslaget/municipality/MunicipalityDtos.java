package se.kompetenslaget.municipality;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the municipality and county API: what clients see, never the entities. */
public final class MunicipalityDtos {

    private MunicipalityDtos() {
    }

    @Schema(name = "CountyRef", description = "A county named by its SCB code.")
    public record CountyRef(
            @Schema(description = "Two-digit SCB county code.", examples = "25", pattern = "^[0-9]{2}$", required = true) String code,
            @Schema(description = "The county's name.", examples = "Norrbottens län", required = true) String name) {

        static CountyRef of(County county) {
            return new CountyRef(county.code, county.name);
        }
    }

    @Schema(name = "Municipality", description = "A Swedish municipality (kommun).")
    public record MunicipalityView(
            @Schema(description = "Four-digit SCB municipality code; the first two digits are the county's code.",
                    examples = "2580", pattern = "^[0-9]{4}$", required = true) String code,
            @Schema(description = "The municipality's name as SCB writes it.", examples = "Luleå", required = true) String name,
            @Schema(required = true) CountyRef county,
            @Schema(description = "Number of inhabitants, where known; absent otherwise.", examples = "79664", minimum = "0")
            Integer population) {

        static MunicipalityView of(Municipality municipality) {
            return new MunicipalityView(municipality.code, municipality.name, CountyRef.of(municipality.county),
                    municipality.population);
        }
    }

    @Schema(name = "MunicipalityUpdate", description = "Reference data to change; absent fields stay as they are.")
    public record MunicipalityUpdate(
            @Schema(description = "Number of inhabitants.", examples = "79664", minimum = "0", maximum = "10000000")
            @jakarta.validation.constraints.Min(value = 0, message = "must be 0 or more")
            @jakarta.validation.constraints.Max(value = 10_000_000, message = "must be at most 10000000") Integer population) {
    }

    @Schema(name = "MunicipalitySummary", description = "A municipality's code and name.")
    public record MunicipalitySummary(
            @Schema(examples = "2580", pattern = "^[0-9]{4}$", required = true) String code,
            @Schema(examples = "Luleå", required = true) String name) {

        static MunicipalitySummary of(Municipality municipality) {
            return new MunicipalitySummary(municipality.code, municipality.name);
        }
    }

    @Schema(name = "MunicipalityPage", description = "One page of municipalities.")
    public record MunicipalityPage(
            @Schema(required = true) List<MunicipalityView> items,
            @Schema(description = "This page's number, from 1.", examples = "1", required = true) int page,
            @Schema(description = "Page size asked for.", examples = "50", required = true) int size,
            @Schema(description = "Number of municipalities matching the filters, on all pages.", examples = "290", required = true)
            long totalItems,
            @Schema(description = "Number of pages at this size.", examples = "6", required = true) int totalPages) {
    }

    @Schema(name = "CountySummary", description = "A Swedish county (län) and how many municipalities it has.")
    public record CountySummary(
            @Schema(description = "Two-digit SCB county code.", examples = "25", pattern = "^[0-9]{2}$", required = true) String code,
            @Schema(examples = "Norrbottens län", required = true) String name,
            @Schema(examples = "14", required = true) long municipalityCount) {
    }

    @Schema(name = "County", description = "A Swedish county (län) with its municipalities in Swedish alphabetical order.")
    public record CountyView(
            @Schema(description = "Two-digit SCB county code.", examples = "25", pattern = "^[0-9]{2}$", required = true) String code,
            @Schema(examples = "Norrbottens län", required = true) String name,
            @Schema(examples = "14", required = true) long municipalityCount,
            @Schema(required = true) List<MunicipalitySummary> municipalities) {
    }

    @Schema(name = "MunicipalityLookupRequest",
            description = "Names or codes to resolve, e.g. a column copied from a spreadsheet.")
    public record LookupRequest(
            @Schema(description = "Each value is a four-digit code or a municipality name; case, accents and surrounding "
                    + "space are ignored.", examples = "[\"Luleå\", \"0180\", \"orebro\"]", required = true)
            @NotNull @Size(min = 1, max = 500) List<@NotBlank @Size(max = 100) String> values) {
    }

    @Schema(name = "MunicipalityLookupMatch", description = "A value and the municipality it names.")
    public record LookupMatch(
            @Schema(description = "The value as given.", examples = "orebro", required = true) String value,
            @Schema(required = true) MunicipalityView municipality) {
    }

    @Schema(name = "MunicipalityLookupResult", description = "What each value resolved to, in the order given.")
    public record LookupResult(
            @Schema(required = true) List<LookupMatch> matches,
            @Schema(description = "Values that name no municipality.", examples = "[\"Atlantis\"]", required = true)
            List<String> unmatched) {
    }
}
