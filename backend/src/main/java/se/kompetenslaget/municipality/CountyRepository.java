package se.kompetenslaget.municipality;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Reads counties. */
@ApplicationScoped
public class CountyRepository implements PanacheRepositoryBase<County, String> {

    public List<County> listAllByCode() {
        return listAll(Sort.by("code"));
    }

    /** Number of municipalities per county code. */
    public Map<String, Long> municipalityCounts() {
        return getEntityManager()
                .createQuery("select m.county.code, count(m) from Municipality m group by m.county.code", Object[].class)
                .getResultStream()
                .collect(Collectors.toMap(row -> (String) row[0], row -> (Long) row[1]));
    }
}
