package se.kompetenslaget.municipality;

import jakarta.inject.Singleton;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Municipality and county names for lists, results, exports and figures; reference data, read once. */
@Singleton
public class Places {

    /** A municipality with its county. */
    public record Place(String code, String name, String countyCode, String countyName) {
    }

    private final EntityManager em;
    private volatile Map<String, Place> municipalities;
    private volatile Map<String, String> counties;

    public Places(EntityManager em) {
        this.em = em;
    }

    public Place municipality(String code) {
        return all().get(code);
    }

    public Map<String, Place> all() {
        if (municipalities == null) {
            load();
        }
        return municipalities;
    }

    public Map<String, String> counties() {
        if (counties == null) {
            load();
        }
        return counties;
    }

    @Transactional
    synchronized void load() {
        Map<String, String> countyNames = new LinkedHashMap<>();
        em.createQuery("select c.code, c.name from County c order by c.code", Object[].class).getResultList()
                .forEach(row -> countyNames.put((String) row[0], (String) row[1]));
        Map<String, Place> places = new LinkedHashMap<>();
        List<Object[]> rows = em.createQuery(
                "select m.code, m.name, m.county.code from Municipality m order by m.code", Object[].class).getResultList();
        for (Object[] row : rows) {
            String county = (String) row[2];
            places.put((String) row[0], new Place((String) row[0], (String) row[1], county, countyNames.get(county)));
        }
        counties = countyNames;
        municipalities = places;
    }
}
