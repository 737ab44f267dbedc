package se.kompetenslaget.profile;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** Reads and writes publications. */
@ApplicationScoped
public class PublicationRepository implements PanacheRepositoryBase<Publication, UUID> {

    private static final Sort ORDER = Sort.by("kind").and("year", Sort.Direction.Descending).and("publishedAt");

    public List<Publication> search(String municipalityCode, String countyCode, UUID campaignId) {
        return find("(?1 is null or municipalityCode = ?1) and (?2 is null or countyCode = ?2)"
                + " and (?3 is null or campaignId = ?3)", ORDER, municipalityCode, countyCode, campaignId).list();
    }

    /** The publication of this subject, if in force. */
    public java.util.Optional<Publication> findSubject(String kind, String municipalityCode, String countyCode,
            Integer year, UUID campaignId) {
        StringBuilder where = new StringBuilder("kind = :kind");
        java.util.Map<String, Object> parameters = new java.util.HashMap<>();
        parameters.put("kind", kind);
        where.append(municipalityCode == null ? " and municipalityCode is null" : " and municipalityCode = :m");
        where.append(countyCode == null ? " and countyCode is null" : " and countyCode = :c");
        where.append(year == null ? " and year is null" : " and year = :y");
        where.append(campaignId == null ? " and campaignId is null" : " and campaignId = :campaign");
        if (municipalityCode != null) {
            parameters.put("m", municipalityCode);
        }
        if (countyCode != null) {
            parameters.put("c", countyCode);
        }
        if (year != null) {
            parameters.put("y", year);
        }
        if (campaignId != null) {
            parameters.put("campaign", campaignId);
        }
        return find(where.toString(), parameters).firstResultOptional();
    }

    /** The years whose figures of the municipality (kind municipality_year), county or country are published. */
    public Set<Integer> years(String kind, String code) {
        String where = switch (kind) {
            case PublicationService.MUNICIPALITY_YEAR -> "kind = ?1 and municipalityCode = ?2";
            case PublicationService.COUNTY_YEAR -> "kind = ?1 and countyCode = ?2";
            default -> null;
        };
        return (where == null ? find("kind", kind) : find(where, kind, code)).stream().map(p -> p.year).collect(Collectors.toCollection(TreeSet::new));
    }

    /** The campaigns whose survey results are published. */
    public Set<UUID> campaigns() {
        return find("kind", PublicationService.CAMPAIGN).stream().map(p -> p.campaignId).collect(Collectors.toSet());
    }
}
