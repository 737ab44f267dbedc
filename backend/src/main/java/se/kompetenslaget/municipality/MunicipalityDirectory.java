package se.kompetenslaget.municipality;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import se.kompetenslaget.municipality.MunicipalityDtos.CountyRef;
import se.kompetenslaget.municipality.MunicipalityDtos.CountySummary;
import se.kompetenslaget.municipality.MunicipalityDtos.MunicipalityView;
import se.kompetenslaget.municipality.MunicipalityService.MunicipalitySort;

/**
 * The 290 municipalities and 21 counties held in memory, so listing and searching them (public, read by every page
 * of the web app and by scripts) needs no query. Only an administrator's correction of a population changes them:
 * this replica reloads after that commit, and every replica reloads at most {@link #REFRESH_NANOS} after its last
 * load, so several replicas agree within a couple of seconds. Names sort as the database's Swedish collation does.
 */
@ApplicationScoped
public class MunicipalityDirectory {

    /** How old a snapshot may get before the next read reloads it. */
    static final long REFRESH_NANOS = 2_000_000_000L;

    /** A municipality with what searching and sorting need: its folded name and its rank in Swedish name order. */
    record Entry(MunicipalityView view, String foldedName, int nameRank) {
    }

    /** Everything read at one moment. */
    record Snapshot(List<Entry> byName, List<CountySummary> counties, long loadedAt) {
    }

    /** A change to municipalities or counties, fired by the code that made it. */
    public record Changed() {
    }

    private final AgroalDataSource dataSource;
    private final ReentrantLock loading = new ReentrantLock();
    private volatile Snapshot snapshot;

    public MunicipalityDirectory(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Municipalities matching the filters (null: no filter) in the order asked for. */
    public List<MunicipalityView> search(String countyCode, String foldedSearch, MunicipalitySort sort) {
        Predicate<Entry> matches = entry -> (countyCode == null || entry.view().county().code().equals(countyCode))
                && (foldedSearch == null || entry.foldedName().contains(foldedSearch)
                        || entry.view().code().startsWith(foldedSearch));
        List<Entry> found = new ArrayList<>();
        for (Entry entry : current().byName()) {
            if (matches.test(entry)) {
                found.add(entry);
            }
        }
        found.sort(order(sort));
        List<MunicipalityView> views = new ArrayList<>(found.size());
        found.forEach(entry -> views.add(entry.view()));
        return views;
    }

    public List<CountySummary> counties() {
        return current().counties();
    }

    private static Comparator<Entry> order(MunicipalitySort sort) {
        Comparator<Entry> byName = Comparator.comparingInt(Entry::nameRank);
        Comparator<Entry> byCode = Comparator.comparing(entry -> entry.view().code());
        Comparator<Entry> byCounty = Comparator.comparing(entry -> entry.view().county().code());
        return switch (sort) {
            case NAME -> byName.thenComparing(byCode);
            case NAME_DESC -> byName.reversed().thenComparing(byCode);
            case CODE -> byCode;
            case CODE_DESC -> byCode.reversed();
            case COUNTY -> byCounty.thenComparing(byName).thenComparing(byCode);
            case COUNTY_DESC -> byCounty.reversed().thenComparing(byName).thenComparing(byCode);
        };
    }

    /** Reloads after a committed change on this replica. */
    void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) Changed change) {
        loading.lock();
        try {
            snapshot = load();
        } finally {
            loading.unlock();
        }
    }

    private Snapshot current() {
        Snapshot current = snapshot;
        if (current == null) {
            loading.lock();
            try {
                if (snapshot == null) {
                    snapshot = load();
                }
                return snapshot;
            } finally {
                loading.unlock();
            }
        }
        // Stale: one request reloads, the others keep reading the snapshot they have meanwhile.
        if (System.nanoTime() - current.loadedAt() > REFRESH_NANOS && loading.tryLock()) {
            try {
                snapshot = load();
                return snapshot;
            } finally {
                loading.unlock();
            }
        }
        return current;
    }

    private Snapshot load() {
        long loadedAt = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Map<String, CountyRef> counties = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement("SELECT code, name FROM county ORDER BY code");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    counties.put(rows.getString(1), new CountyRef(rows.getString(1), rows.getString(2)));
                }
            }
            List<Entry> byName = new ArrayList<>(300);
            Map<String, Long> counts = new LinkedHashMap<>();
            try (PreparedStatement statement = connection.prepareStatement(
                    "SELECT code, name, county_code, population, search_fold(name) FROM municipality ORDER BY name, code");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    String county = rows.getString(3);
                    MunicipalityView view = new MunicipalityView(rows.getString(1), rows.getString(2),
                            counties.get(county), rows.getObject(4, Integer.class));
                    byName.add(new Entry(view, rows.getString(5), byName.size()));
                    counts.merge(county, 1L, Long::sum);
                }
            }
            List<CountySummary> summaries = new ArrayList<>();
            counties.values().forEach(c -> summaries.add(new CountySummary(c.code(), c.name(), counts.getOrDefault(c.code(), 0L))));
            return new Snapshot(List.copyOf(byName), List.copyOf(summaries), loadedAt);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the municipalities", e);
        }
    }
}
