package se.kompetenslaget.catalogue;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The catalogues as the API shows them. */
public final class CatalogueDtos {

    private CatalogueDtos() {
    }

    @Schema(name = "ServiceArea", description = "A service area (verksamhetsområde).")
    public record ServiceAreaView(
            @Schema(required = true, examples = "barn_unga") String code,
            @Schema(description = "The group it belongs to, e.g. ifo (individ- och familjeomsorg).", examples = "ifo")
            String parentCode,
            @Schema(required = true, examples = "Barn och unga") String nameSv,
            @Schema(required = true, examples = "Children and young people") String nameEn,
            @Schema(required = true) int sortOrder,
            @Schema(required = true) LocalDate validFrom,
            @Schema(description = "Set when retired; answers naming it keep their meaning.") LocalDate validTo) {

        static ServiceAreaView of(ServiceArea area) {
            return new ServiceAreaView(area.code, area.parentCode, area.nameSv, area.nameEn, area.sortOrder,
                    area.validFrom, area.validTo);
        }
    }

    @Schema(name = "Profession", description = "A profession or competence (yrkesgrupp).")
    public record ProfessionView(
            @Schema(required = true, examples = "sjukskoterska") String code,
            @Schema(required = true, examples = "Sjuksköterska") String nameSv,
            @Schema(required = true, examples = "Nurse") String nameEn,
            @Schema(description = "SSYK 2012 unit group, where one exists.", pattern = "^[0-9]{4}$") String ssyk2012,
            @Schema(required = true) int sortOrder,
            @Schema(required = true) LocalDate validFrom,
            LocalDate validTo) {

        static ProfessionView of(Profession profession) {
            return new ProfessionView(profession.code, profession.nameSv, profession.nameEn, profession.ssyk2012,
                    profession.sortOrder, profession.validFrom, profession.validTo);
        }
    }
}
