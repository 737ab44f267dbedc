package se.kompetenslaget.cost;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.ViolationCode;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.FigureDtos.PopulationBatch;
import se.kompetenslaget.cost.FigureDtos.PopulationInput;
import se.kompetenslaget.cost.FigureDtos.PopulationList;
import se.kompetenslaget.cost.FigureDtos.PopulationView;
import se.kompetenslaget.cost.FigureDtos.Provenance;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.municipality.Places.Place;

/** Population per municipality and year, imported by an administrator (from SCB's tables), for cost per inhabitant. */
@ApplicationScoped
public class PopulationService {

    private static final int MAX_INHABITANTS = 20_000_000;

    private static final String UPSERT = """
            INSERT INTO population (municipality_code, year, inhabitants, source, reported_by_label, reported_at)
            SELECT u.code, u.year, u.inhabitants, ?, ?, ?
              FROM unnest(?::text[], ?::smallint[], ?::integer[]) AS u(code, year, inhabitants)
            ON CONFLICT (year, municipality_code) DO UPDATE
               SET inhabitants = EXCLUDED.inhabitants, source = EXCLUDED.source,
                   reported_by_label = EXCLUDED.reported_by_label, reported_at = EXCLUDED.reported_at,
                   revision = population.revision + 1
             WHERE population.inhabitants IS DISTINCT FROM EXCLUDED.inhabitants
            RETURNING xmax = 0""";

    private final AccessPolicy access;
    private final AgroalDataSource dataSource;
    private final Places places;
    private final BatchWriter batches;
    private final Clock clock;

    public PopulationService(AccessPolicy access, AgroalDataSource dataSource, Places places, BatchWriter batches,
            Clock clock) {
        this.access = access;
        this.dataSource = dataSource;
        this.places = places;
        this.batches = batches;
        this.clock = clock;
    }

    @Transactional
    public BatchWriter.Outcome report(PopulationBatch batch, String idempotencyKey) {
        Caller caller = access.requireAdmin();
        String source = Batches.checkShape(batch == null ? null : batch.lines(), batch == null ? null : batch.source());
        return batches.write(caller, "population", "all", null, idempotencyKey, batch, connection -> {
            check(batch.lines());
            return upsert(connection, batch.lines(), source, caller);
        });
    }

    private void check(List<PopulationInput> lines) {
        List<Violation> violations = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            PopulationInput line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                violations.add(new Violation("lines[" + i + "]", "body", "must be a population figure", ViolationCode.REQUIRED));
                continue;
            }
            if (line.municipality() == null || places.municipality(line.municipality()) == null) {
                violations.add(new Violation(at + "municipality", "body", "must be a municipality's SCB code", ViolationCode.NOT_ALLOWED));
            }
            if (line.year() == null || line.year() < 2000 || line.year() > 2100) {
                violations.add(new Violation(at + "year", "body", "must be a year from 2000 to 2100", ViolationCode.OUT_OF_RANGE));
            }
            if (line.inhabitants() == null || line.inhabitants() < 1 || line.inhabitants() > MAX_INHABITANTS) {
                violations.add(new Violation(at + "inhabitants", "body",
                        "must be a whole number from 1 to " + MAX_INHABITANTS, ViolationCode.OUT_OF_RANGE));
            }
            if (!keys.add(Arrays.asList(line.municipality(), line.year()))) {
                violations.add(new Violation("lines[" + i + "]", "body",
                        "repeats the municipality and year of an earlier line", ViolationCode.INVALID));
            }
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("Some lines are not valid; nothing was stored.", violations);
        }
    }

    private BatchResult upsert(Connection connection, List<PopulationInput> lines, String source, Caller caller)
            throws SQLException {
        int n = lines.size();
        String[] codes = lines.stream().map(PopulationInput::municipality).toArray(String[]::new);
        Short[] years = lines.stream().map(line -> line.year().shortValue()).toArray(Short[]::new);
        Integer[] inhabitants = lines.stream().map(PopulationInput::inhabitants).toArray(Integer[]::new);
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            upsert.setString(1, source);
            upsert.setString(2, caller.label());
            upsert.setTimestamp(3, Timestamp.from(clock.instant()));
            upsert.setArray(4, connection.createArrayOf("text", codes));
            upsert.setArray(5, connection.createArrayOf("int2", years));
            upsert.setArray(6, connection.createArrayOf("int4", inhabitants));
            return BatchWriter.run(upsert, n, List.of());
        }
    }

    /** The population of a year, of a county's municipalities or all. */
    @Transactional
    public PopulationList list(int year, String county) {
        access.requireFigureReader();
        if (county != null && !places.counties().containsKey(county)) {
            throw new NotFoundException("There is no county with code " + county + ".");
        }
        List<PopulationView> items = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT municipality_code, inhabitants, source, reported_by_label, reported_at, revision
                          FROM population
                         WHERE year = ? AND (?::text IS NULL OR municipality_code LIKE ?::text || '%')
                         ORDER BY municipality_code""")) {
            query.setInt(1, year);
            query.setString(2, county);
            query.setString(3, county);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Place place = places.municipality(rows.getString(1));
                    items.add(new PopulationView(place.code(), place.name(), year, rows.getInt(2),
                            new Provenance(rows.getString(3), rows.getString(4),
                                    rows.getTimestamp(5).toInstant().atOffset(ZoneOffset.UTC), rows.getInt(6))));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the population", e);
        }
        return new PopulationList(year, items);
    }

    /**
     * The current figures with these keys (municipality code, "-", year; absent: gone), as {@link #list} shows them,
     * for the incremental sync.
     */
    @Transactional
    public Map<String, PopulationView> currentFigures(Collection<String> keys) {
        Map<String, PopulationView> figures = new HashMap<>();
        if (keys.isEmpty()) {
            return figures;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT municipality_code, year, inhabitants, source, reported_by_label, reported_at, revision
                          FROM population WHERE municipality_code || '-' || year = ANY (?)""")) {
            query.setArray(1, connection.createArrayOf("text", keys.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Place place = places.municipality(rows.getString(1));
                    figures.put(place.code() + "-" + rows.getInt(2), new PopulationView(place.code(), place.name(),
                            rows.getInt(2), rows.getInt(3), new Provenance(rows.getString(4), rows.getString(5),
                                    rows.getTimestamp(6).toInstant().atOffset(ZoneOffset.UTC), rows.getInt(7))));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the population", e);
        }
    }

    /** Inhabitants per municipality in a year, for the share figures. */
    Map<String, Integer> inhabitants(int year) {
        Map<String, Integer> inhabitants = new HashMap<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT municipality_code, inhabitants FROM population WHERE year = ?")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    inhabitants.put(rows.getString(1), rows.getInt(2));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the population", e);
        }
        return inhabitants;
    }
}
