package se.kompetenslaget.municipality;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Reads municipalities. Name search ignores case and diacritics through the database's search_fold(). */
@ApplicationScoped
public class MunicipalityRepository implements PanacheRepositoryBase<Municipality, String> {

    /**
     * Municipalities matching the optional filters, with their county fetched.
     *
     * @param countyCode only this county, or all when null
     * @param foldedSearch a lower-case, accent-free fragment of the name, or the start of the code; all when null
     */
    public PanacheQuery<Municipality> search(String countyCode, String foldedSearch, Sort sort) {
        StringBuilder where = new StringBuilder("1 = 1");
        Parameters parameters = new Parameters();
        if (countyCode != null) {
            where.append(" and m.county.code = :county");
            parameters.and("county", countyCode);
        }
        if (foldedSearch != null) {
            where.append(" and (cast(function('search_fold', m.name) as String) like :pattern escape '\\' or m.code like :codePrefix escape '\\')");
            String escaped = escapeLike(foldedSearch);
            parameters.and("pattern", "%" + escaped + "%").and("codePrefix", escaped + "%");
        }
        return find("from Municipality m join fetch m.county where " + where, sort, parameters.map());
    }

    public Optional<Municipality> findByCodeWithCounty(String code) {
        return find("from Municipality m join fetch m.county where m.code = ?1", code).firstResultOptional();
    }

    public List<Municipality> listByCounty(String countyCode) {
        return list("county.code", Sort.by("name"), countyCode);
    }

    /** All municipalities, with their county, whose code or folded name is among the given keys. */
    public List<Municipality> findByCodesOrFoldedNames(Collection<String> keys) {
        return find("from Municipality m join fetch m.county where m.code in ?1 or cast(function('search_fold', m.name) as String) in ?1", keys)
                .list();
    }

    private static String escapeLike(String value) {
        return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
