package se.kompetenslaget.cost;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Array;
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
import java.util.Objects;
import java.util.Set;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ViolationCode;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.CostDtos.CostBatch;
import se.kompetenslaget.cost.CostDtos.CostLineInput;
import se.kompetenslaget.cost.CostDtos.LineWarning;
import se.kompetenslaget.cost.FigureDtos.CostLineHistory;
import se.kompetenslaget.cost.FigureDtos.CostLinePage;
import se.kompetenslaget.cost.FigureDtos.CostLineView;
import se.kompetenslaget.cost.FigureDtos.Provenance;
import se.kompetenslaget.municipality.Places;

/**
 * Reporting cost lines: a batch is checked as a whole (one bad line and nothing is stored, with a problem per line),
 * then upserted on the lines' natural key in one statement. With an Idempotency-Key the first answer is kept, so a
 * retried batch is stored once.
 */
@ApplicationScoped
public class CostService {

    static final Set<String> PROCURED = Set.of("yes", "no", "partly");
    static final Set<String> TASKS = Set.of("authority", "delivery", "both");
    /** Social child and youth care, where authority exercise may not be handed to hired staff. */
    static final String CHILD_AND_YOUTH_CARE = "barn_unga";

    private static final String UPSERT = """
            INSERT INTO cost_line (municipality_code, year, month, service_area_code, profession_code, hired_cost,
                                   own_cost, hired_persons, hired_fte, procured, task, reasons, source,
                                   reported_by_label, reported_by_user, reported_by_token, reported_at)
            SELECT ?, u.year, u.month, u.area, u.profession, u.hired, u.own, u.persons, u.fte, u.procured, u.task,
                   string_to_array(u.reasons, ','), ?, ?, ?, ?, ?
              FROM unnest(?::smallint[], ?::smallint[], ?::text[], ?::text[], ?::numeric[], ?::numeric[],
                          ?::integer[], ?::numeric[], ?::text[], ?::text[], ?::text[])
                   AS u(year, month, area, profession, hired, own, persons, fte, procured, task, reasons)
            ON CONFLICT ON CONSTRAINT cost_line_natural_key DO UPDATE
               SET hired_cost = EXCLUDED.hired_cost, own_cost = EXCLUDED.own_cost,
                   hired_persons = EXCLUDED.hired_persons, hired_fte = EXCLUDED.hired_fte,
                   procured = EXCLUDED.procured, task = EXCLUDED.task, reasons = EXCLUDED.reasons,
                   source = EXCLUDED.source, reported_by_label = EXCLUDED.reported_by_label,
                   reported_by_user = EXCLUDED.reported_by_user, reported_by_token = EXCLUDED.reported_by_token,
                   reported_at = EXCLUDED.reported_at, revision = cost_line.revision + 1
             WHERE (cost_line.hired_cost, cost_line.own_cost, cost_line.hired_persons, cost_line.hired_fte,
                    cost_line.procured, cost_line.task, cost_line.reasons)
                   IS DISTINCT FROM
                   (EXCLUDED.hired_cost, EXCLUDED.own_cost, EXCLUDED.hired_persons, EXCLUDED.hired_fte,
                    EXCLUDED.procured, EXCLUDED.task, EXCLUDED.reasons)
            RETURNING xmax = 0""";

    /** Recomputes the yearly sums of one municipality for the years a batch touched. */
    private static final String YEAR_TOTALS_GONE =
            "DELETE FROM cost_year_total WHERE municipality_code = ? AND year = ANY (?::smallint[])";
    private static final String YEAR_TOTALS = """
            INSERT INTO cost_year_total (municipality_code, year, service_area_code, lvl, hired_cost, own_cost)
            SELECT municipality_code, year, service_area_code,
                   (CASE WHEN month IS NULL THEN 0 ELSE 2 END) + (CASE WHEN profession_code IS NULL THEN 0 ELSE 1 END),
                   sum(hired_cost), sum(own_cost)
              FROM cost_line
             WHERE municipality_code = ? AND year = ANY (?::smallint[])
             GROUP BY 1, 2, 3, 4""";

    private final AccessPolicy access;
    private final AgroalDataSource dataSource;
    private final Catalogue catalogue;
    private final Places places;
    private final BatchWriter batches;
    private final Clock clock;

    public CostService(AccessPolicy access, AgroalDataSource dataSource, Catalogue catalogue, Places places,
            BatchWriter batches, Clock clock) {
        this.access = access;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.places = places;
        this.batches = batches;
        this.clock = clock;
    }

    @Transactional
    public BatchWriter.Outcome report(String municipalityCode, CostBatch batch, String idempotencyKey) {
        Caller caller = access.requireCostReporter(municipalityCode);
        requireMunicipality(municipalityCode);
        // The body is judged after the access check, so a caller who may not report learns nothing from it.
        String source = Batches.checkShape(batch == null ? null : batch.lines(), batch == null ? null : batch.source());
        return batches.write(caller, "cost-lines", municipalityCode, municipalityCode, idempotencyKey, batch,
                connection -> {
                    List<LineWarning> warnings = check(batch.lines());
                    // One batch at a time per municipality, so its yearly sums are recomputed from all its lines.
                    try (PreparedStatement lock = connection.prepareStatement(
                            "SELECT pg_advisory_xact_lock(hashtext(?))")) {
                        lock.setString(1, "cost_line " + municipalityCode);
                        lock.execute();
                    }
                    return upsert(connection, municipalityCode, batch.lines(), source, caller, warnings);
                });
    }

    /** Every problem of every line, named by index and field; the warnings of lines that may stand. */
    List<LineWarning> check(List<CostLineInput> lines) {
        List<Violation> violations = new ArrayList<>();
        List<LineWarning> warnings = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            CostLineInput line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                violations.add(new Violation("lines[" + i + "]", "body", "must be a cost line", ViolationCode.REQUIRED));
                continue;
            }
            if (line.year() == null || line.year() < 2000 || line.year() > 2100) {
                violations.add(new Violation(at + "year", "body", "must be a year from 2000 to 2100", ViolationCode.OUT_OF_RANGE));
            }
            if (line.month() != null && (line.month() < 1 || line.month() > 12)) {
                violations.add(new Violation(at + "month", "body", "must be 1–12, or absent for the whole year", ViolationCode.OUT_OF_RANGE));
            }
            if (line.serviceArea() == null || !catalogue.isServiceArea(line.serviceArea())) {
                violations.add(new Violation(at + "serviceArea", "body", "must be a service area code", ViolationCode.NOT_ALLOWED));
            }
            if (line.profession() != null && !catalogue.isProfession(line.profession())) {
                violations.add(new Violation(at + "profession", "body", "must be a profession code, or absent", ViolationCode.NOT_ALLOWED));
            }
            checkMoney(line.hiredCost(), at + "hiredCost", violations);
            checkMoney(line.ownCost(), at + "ownCost", violations);
            if (line.hiredPersons() != null && line.hiredPersons() < 0) {
                violations.add(new Violation(at + "hiredPersons", "body", "must be 0 or more", ViolationCode.OUT_OF_RANGE));
            }
            if (line.hiredFte() != null && (line.hiredFte().signum() < 0 || line.hiredFte().scale() > 2
                    || line.hiredFte().compareTo(new BigDecimal("9999999")) > 0)) {
                violations.add(new Violation(at + "hiredFte", "body", "must be 0 or more, with at most two decimals", ViolationCode.OUT_OF_RANGE));
            }
            if (line.procured() != null && !PROCURED.contains(line.procured())) {
                violations.add(new Violation(at + "procured", "body", "must be yes, no or partly", ViolationCode.NOT_ALLOWED));
            }
            if (line.task() != null && !TASKS.contains(line.task())) {
                violations.add(new Violation(at + "task", "body", "must be authority, delivery or both", ViolationCode.NOT_ALLOWED));
            }
            if (line.reasons() != null) {
                for (String reason : line.reasons()) {
                    if (reason == null || !HiringReason.CODES.contains(reason)) {
                        violations.add(new Violation(at + "reasons", "body", "must each be one of " + String.join(", ",
                                HiringReason.CODES.stream().sorted().toList()), ViolationCode.NOT_ALLOWED));
                        break;
                    }
                }
            }
            List<Object> key = Arrays.asList(line.year(), line.month(), line.serviceArea(), line.profession());
            if (!keys.add(key)) {
                violations.add(new Violation("lines[" + i + "]", "body",
                        "repeats the year, month, serviceArea and profession of an earlier line", ViolationCode.INVALID));
            }
            if (CHILD_AND_YOUTH_CARE.equals(line.serviceArea()) && line.task() != null && !line.task().equals("delivery")
                    && line.hiredCost() != null && line.hiredCost().signum() > 0) {
                warnings.add(new LineWarning(i, "Hired staff reported for authority exercise in social child and youth"
                        + " care, which the strategy notes may not lawfully be handed to others."));
            }
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("Some lines are not valid; nothing was stored.", violations);
        }
        return warnings;
    }

    private static void checkMoney(BigDecimal amount, String field, List<Violation> violations) {
        if (amount == null) {
            violations.add(new Violation(field, "body", "is required, in SEK", ViolationCode.REQUIRED));
        } else if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2
                || amount.compareTo(new BigDecimal("9999999999999")) > 0) {
            violations.add(new Violation(field, "body", "must be 0 or more SEK, with at most two decimals", ViolationCode.OUT_OF_RANGE));
        }
    }

    private BatchResult upsert(Connection connection, String municipalityCode, List<CostLineInput> lines,
            String source, Caller caller, List<LineWarning> warnings) throws SQLException {
        int n = lines.size();
        Short[] years = new Short[n];
        Short[] months = new Short[n];
        String[] areas = new String[n];
        String[] professions = new String[n];
        BigDecimal[] hired = new BigDecimal[n];
        BigDecimal[] own = new BigDecimal[n];
        Integer[] persons = new Integer[n];
        BigDecimal[] fte = new BigDecimal[n];
        String[] procured = new String[n];
        String[] tasks = new String[n];
        String[] reasons = new String[n];
        for (int i = 0; i < n; i++) {
            CostLineInput line = lines.get(i);
            years[i] = line.year().shortValue();
            months[i] = line.month() == null ? null : line.month().shortValue();
            areas[i] = line.serviceArea();
            professions[i] = line.profession();
            hired[i] = line.hiredCost();
            own[i] = line.ownCost();
            persons[i] = line.hiredPersons();
            fte[i] = line.hiredFte();
            procured[i] = line.procured();
            tasks[i] = line.task();
            reasons[i] = line.reasons() == null ? "" : String.join(",", line.reasons().stream().distinct().sorted().toList());
        }
        BatchResult result;
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            int p = 1;
            upsert.setString(p++, municipalityCode);
            upsert.setString(p++, source);
            upsert.setString(p++, caller.label());
            upsert.setObject(p++, caller.userId());
            upsert.setObject(p++, caller.tokenId());
            upsert.setTimestamp(p++, Timestamp.from(clock.instant()));
            upsert.setArray(p++, connection.createArrayOf("int2", years));
            upsert.setArray(p++, connection.createArrayOf("int2", months));
            upsert.setArray(p++, connection.createArrayOf("text", areas));
            upsert.setArray(p++, connection.createArrayOf("text", professions));
            upsert.setArray(p++, connection.createArrayOf("numeric", hired));
            upsert.setArray(p++, connection.createArrayOf("numeric", own));
            upsert.setArray(p++, connection.createArrayOf("int4", persons));
            upsert.setArray(p++, connection.createArrayOf("numeric", fte));
            upsert.setArray(p++, connection.createArrayOf("text", procured));
            upsert.setArray(p++, connection.createArrayOf("text", tasks));
            upsert.setArray(p, connection.createArrayOf("text", reasons));
            result = BatchWriter.run(upsert, n, Objects.requireNonNull(warnings));
        }
        Short[] touched = Arrays.stream(years).distinct().toArray(Short[]::new);
        Array touchedYears = connection.createArrayOf("int2", touched);
        for (String sql : List.of(YEAR_TOTALS_GONE, YEAR_TOTALS)) {
            try (PreparedStatement totals = connection.prepareStatement(sql)) {
                totals.setString(1, municipalityCode);
                totals.setArray(2, touchedYears);
                totals.executeUpdate();
            }
        }
        return result;
    }

    private static final String LINE_COLUMNS = """
            id, year, month, service_area_code, profession_code, hired_cost, own_cost, hired_persons, hired_fte, procured,
            task, reasons, source, reported_by_label, reported_at, revision""";

    /** The municipality's cost lines, newest period first, page by page. */
    @Transactional
    public CostLinePage list(String municipalityCode, Integer year, String serviceArea, PageRequest page) {
        access.requireMunicipalityReader(municipalityCode);
        requireMunicipality(municipalityCode);
        if (serviceArea != null && !catalogue.isServiceArea(serviceArea)) {
            throw new BadInputException("The service area is not known.",
                    List.of(new Violation("serviceArea", "query", "must be a service area code", ViolationCode.NOT_ALLOWED)));
        }
        String where = " FROM cost_line WHERE municipality_code = ? AND (?::smallint IS NULL OR year = ?::smallint)"
                + " AND (?::text IS NULL OR service_area_code = ?::text)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*)" + where);
                PreparedStatement query = connection.prepareStatement("SELECT " + LINE_COLUMNS + where
                        + " ORDER BY year DESC, month DESC NULLS FIRST, service_area_code, profession_code NULLS FIRST"
                        + " LIMIT ? OFFSET ?")) {
            for (PreparedStatement statement : List.of(count, query)) {
                statement.setString(1, municipalityCode);
                statement.setObject(2, year);
                statement.setObject(3, year);
                statement.setString(4, serviceArea);
                statement.setString(5, serviceArea);
            }
            query.setInt(6, page.size());
            query.setInt(7, page.offset());
            long total;
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            List<CostLineView> items = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(view(rows));
                }
            }
            return new CostLinePage(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cost lines", e);
        }
    }

    /**
     * The current lines with these ids (absent: gone), as {@link #list} shows them, for the incremental sync; the
     * caller has already been checked against each line's municipality.
     */
    @Transactional
    public Map<Long, CostLineView> currentLines(Collection<Long> ids) {
        Map<Long, CostLineView> lines = new HashMap<>();
        if (ids.isEmpty()) {
            return lines;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + LINE_COLUMNS + " FROM cost_line WHERE id = ANY (?)")) {
            query.setArray(1, connection.createArrayOf("int8", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    CostLineView line = view(rows);
                    lines.put(line.id(), line);
                }
            }
            return lines;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cost lines", e);
        }
    }

    /** Every version of one of the municipality's cost lines, the current one first. */
    @Transactional
    public CostLineHistory history(String municipalityCode, long id) {
        access.requireMunicipalityReader(municipalityCode);
        requireMunicipality(municipalityCode);
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT " + LINE_COLUMNS + " FROM cost_line WHERE id = ? AND municipality_code = ?"
                        + " UNION ALL SELECT " + LINE_COLUMNS + " FROM cost_line_history"
                        + " WHERE id = ? AND municipality_code = ? ORDER BY revision DESC")) {
            query.setLong(1, id);
            query.setString(2, municipalityCode);
            query.setLong(3, id);
            query.setString(4, municipalityCode);
            List<CostLineView> versions = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    versions.add(view(rows));
                }
            }
            if (versions.isEmpty()) {
                throw new NotFoundException("Municipality " + municipalityCode + " has no cost line " + id + ".");
            }
            return new CostLineHistory(versions);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cost line's history", e);
        }
    }

    private static CostLineView view(ResultSet rows) throws SQLException {
        BigDecimal hired = rows.getBigDecimal(6);
        BigDecimal own = rows.getBigDecimal(7);
        BigDecimal all = hired.add(own);
        BigDecimal share = all.signum() == 0 ? null
                : hired.multiply(BigDecimal.valueOf(100)).divide(all, 2, RoundingMode.HALF_UP);
        return new CostLineView(rows.getLong(1), rows.getInt(2), (Integer) rows.getObject(3), rows.getString(4),
                rows.getString(5), hired, own, share, (Integer) rows.getObject(8), rows.getBigDecimal(9),
                rows.getString(10), rows.getString(11), List.of((String[]) rows.getArray(12).getArray()),
                new Provenance(rows.getString(13), rows.getString(14),
                        rows.getTimestamp(15).toInstant().atOffset(ZoneOffset.UTC), rows.getInt(16)));
    }

    private void requireMunicipality(String municipalityCode) {
        if (places.municipality(municipalityCode) == null) {
            throw new NotFoundException("There is no municipality with code " + municipalityCode + ".");
        }
    }
}
