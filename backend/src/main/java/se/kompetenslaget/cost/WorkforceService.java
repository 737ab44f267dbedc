package se.kompetenslaget.cost;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
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
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.ViolationCode;
import se.kompetenslaget.cost.CostDtos.BatchResult;
import se.kompetenslaget.cost.FigureDtos.Provenance;
import se.kompetenslaget.cost.FigureDtos.WorkforceBatch;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigureInput;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigurePage;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigureView;
import se.kompetenslaget.municipality.Places;

/**
 * A municipality's workforce figures: reported in batches checked as a whole (one bad line and nothing is stored),
 * upserted on their natural key, safe to retry with an Idempotency-Key; read back page by page.
 */
@ApplicationScoped
public class WorkforceService {

    private static final int MAX_COUNT = 1_000_000;
    private static final BigDecimal MAX_FTE = new BigDecimal("1000000");
    private static final BigDecimal HUNDRED = new BigDecimal("100");

    private static final String UPSERT = """
            INSERT INTO workforce_figure (municipality_code, year, profession_code, service_area_code, employees, fte,
                                          retirements, new_hires, leavers, sick_leave_percent, source,
                                          reported_by_label, reported_by_user, reported_by_token, reported_at)
            SELECT ?, u.year, u.profession, u.area, u.employees, u.fte, u.retirements, u.hires, u.leavers, u.sick,
                   ?, ?, ?, ?, ?
              FROM unnest(?::smallint[], ?::text[], ?::text[], ?::integer[], ?::numeric[], ?::integer[],
                          ?::integer[], ?::integer[], ?::numeric[])
                   AS u(year, profession, area, employees, fte, retirements, hires, leavers, sick)
            ON CONFLICT ON CONSTRAINT workforce_figure_natural_key DO UPDATE
               SET employees = EXCLUDED.employees, fte = EXCLUDED.fte, retirements = EXCLUDED.retirements,
                   new_hires = EXCLUDED.new_hires, leavers = EXCLUDED.leavers,
                   sick_leave_percent = EXCLUDED.sick_leave_percent, source = EXCLUDED.source,
                   reported_by_label = EXCLUDED.reported_by_label, reported_by_user = EXCLUDED.reported_by_user,
                   reported_by_token = EXCLUDED.reported_by_token, reported_at = EXCLUDED.reported_at,
                   revision = workforce_figure.revision + 1
             WHERE (workforce_figure.employees, workforce_figure.fte, workforce_figure.retirements,
                    workforce_figure.new_hires, workforce_figure.leavers, workforce_figure.sick_leave_percent)
                   IS DISTINCT FROM
                   (EXCLUDED.employees, EXCLUDED.fte, EXCLUDED.retirements, EXCLUDED.new_hires, EXCLUDED.leavers,
                    EXCLUDED.sick_leave_percent)
            RETURNING xmax = 0""";

    private final AccessPolicy access;
    private final AgroalDataSource dataSource;
    private final Catalogue catalogue;
    private final Places places;
    private final BatchWriter batches;
    private final Clock clock;

    public WorkforceService(AccessPolicy access, AgroalDataSource dataSource, Catalogue catalogue, Places places,
            BatchWriter batches, Clock clock) {
        this.access = access;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.places = places;
        this.batches = batches;
        this.clock = clock;
    }

    @Transactional
    public BatchWriter.Outcome report(String municipalityCode, WorkforceBatch batch, String idempotencyKey) {
        Caller caller = access.requireWorkforceReporter(municipalityCode);
        requireMunicipality(municipalityCode);
        String source = Batches.checkShape(batch == null ? null : batch.lines(), batch == null ? null : batch.source());
        return batches.write(caller, "workforce-figures", municipalityCode, municipalityCode, idempotencyKey, batch,
                connection -> {
                    check(batch.lines());
                    return upsert(connection, municipalityCode, batch.lines(), source, caller);
                });
    }

    void check(List<WorkforceFigureInput> lines) {
        List<Violation> violations = new ArrayList<>();
        Set<List<Object>> keys = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            WorkforceFigureInput line = lines.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                violations.add(new Violation("lines[" + i + "]", "body", "must be a workforce figure", ViolationCode.REQUIRED));
                continue;
            }
            if (line.year() == null || line.year() < 2000 || line.year() > 2100) {
                violations.add(new Violation(at + "year", "body", "must be a year from 2000 to 2100", ViolationCode.OUT_OF_RANGE));
            }
            if (line.profession() == null || !catalogue.isProfession(line.profession())) {
                violations.add(new Violation(at + "profession", "body", "must be a profession code", ViolationCode.NOT_ALLOWED));
            }
            if (line.serviceArea() != null && !catalogue.isServiceArea(line.serviceArea())) {
                violations.add(new Violation(at + "serviceArea", "body", "must be a service area code, or absent", ViolationCode.NOT_ALLOWED));
            }
            Batches.checkCount(line.employees(), MAX_COUNT, at + "employees", violations);
            Batches.checkDecimal(line.fte(), MAX_FTE, at + "fte", violations);
            Batches.checkCount(line.retirements(), MAX_COUNT, at + "retirements", violations);
            Batches.checkCount(line.newHires(), MAX_COUNT, at + "newHires", violations);
            Batches.checkCount(line.leavers(), MAX_COUNT, at + "leavers", violations);
            Batches.checkDecimal(line.sickLeavePercent(), HUNDRED, at + "sickLeavePercent", violations);
            if (line.retirements() != null && line.leavers() != null && line.retirements() > line.leavers()) {
                violations.add(new Violation(at + "leavers", "body", "must count the retirements too, so be at least "
                        + line.retirements(), ViolationCode.OUT_OF_RANGE));
            }
            if (!keys.add(Arrays.asList(line.year(), line.profession(), line.serviceArea()))) {
                violations.add(new Violation("lines[" + i + "]", "body",
                        "repeats the year, profession and serviceArea of an earlier line", ViolationCode.INVALID));
            }
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("Some lines are not valid; nothing was stored.", violations);
        }
    }

    private BatchResult upsert(Connection connection, String municipalityCode, List<WorkforceFigureInput> lines,
            String source, Caller caller) throws SQLException {
        int n = lines.size();
        Short[] years = new Short[n];
        String[] professions = new String[n];
        String[] areas = new String[n];
        Integer[] employees = new Integer[n];
        BigDecimal[] fte = new BigDecimal[n];
        Integer[] retirements = new Integer[n];
        Integer[] hires = new Integer[n];
        Integer[] leavers = new Integer[n];
        BigDecimal[] sick = new BigDecimal[n];
        for (int i = 0; i < n; i++) {
            WorkforceFigureInput line = lines.get(i);
            years[i] = line.year().shortValue();
            professions[i] = line.profession();
            areas[i] = line.serviceArea();
            employees[i] = line.employees();
            fte[i] = line.fte();
            retirements[i] = line.retirements();
            hires[i] = line.newHires();
            leavers[i] = line.leavers();
            sick[i] = line.sickLeavePercent();
        }
        try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
            int p = 1;
            upsert.setString(p++, municipalityCode);
            upsert.setString(p++, source);
            upsert.setString(p++, caller.label());
            upsert.setObject(p++, caller.userId());
            upsert.setObject(p++, caller.tokenId());
            upsert.setTimestamp(p++, Timestamp.from(clock.instant()));
            upsert.setArray(p++, connection.createArrayOf("int2", years));
            upsert.setArray(p++, connection.createArrayOf("text", professions));
            upsert.setArray(p++, connection.createArrayOf("text", areas));
            upsert.setArray(p++, connection.createArrayOf("int4", employees));
            upsert.setArray(p++, connection.createArrayOf("numeric", fte));
            upsert.setArray(p++, connection.createArrayOf("int4", retirements));
            upsert.setArray(p++, connection.createArrayOf("int4", hires));
            upsert.setArray(p++, connection.createArrayOf("int4", leavers));
            upsert.setArray(p, connection.createArrayOf("numeric", sick));
            return BatchWriter.run(upsert, n, List.of());
        }
    }

    /** The municipality's workforce figures, by year (newest first), profession and service area. */
    @Transactional
    public WorkforceFigurePage list(String municipalityCode, Integer year, PageRequest page) {
        access.requireMunicipalityReader(municipalityCode);
        requireMunicipality(municipalityCode);
        String where = " FROM workforce_figure WHERE municipality_code = ? AND (?::smallint IS NULL OR year = ?::smallint)";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement count = connection.prepareStatement("SELECT count(*)" + where);
                PreparedStatement query = connection.prepareStatement("""
                        SELECT id, year, profession_code, service_area_code, employees, fte, retirements, new_hires,
                               leavers, sick_leave_percent, source, reported_by_label, reported_at, revision""" + where
                        + " ORDER BY year DESC, profession_code, service_area_code NULLS FIRST LIMIT ? OFFSET ?")) {
            for (PreparedStatement statement : List.of(count, query)) {
                statement.setString(1, municipalityCode);
                statement.setObject(2, year);
                statement.setObject(3, year);
            }
            query.setInt(4, page.size());
            query.setInt(5, page.offset());
            long total;
            try (ResultSet row = count.executeQuery()) {
                row.next();
                total = row.getLong(1);
            }
            List<WorkforceFigureView> items = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(new WorkforceFigureView(rows.getLong(1), rows.getInt(2), rows.getString(3),
                            rows.getString(4), (Integer) rows.getObject(5), rows.getBigDecimal(6),
                            (Integer) rows.getObject(7), (Integer) rows.getObject(8), (Integer) rows.getObject(9),
                            rows.getBigDecimal(10), new Provenance(rows.getString(11), rows.getString(12),
                                    rows.getTimestamp(13).toInstant().atOffset(ZoneOffset.UTC), rows.getInt(14))));
                }
            }
            return new WorkforceFigurePage(items, page.page(), page.size(), total,
                    (int) ((total + page.size() - 1) / page.size()));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the workforce figures", e);
        }
    }

    /**
     * The current figures with these ids (absent: gone), as {@link #list} shows them, for the incremental sync; the
     * caller has already been checked against each figure's municipality.
     */
    @Transactional
    public Map<Long, WorkforceFigureView> currentFigures(Collection<Long> ids) {
        Map<Long, WorkforceFigureView> figures = new HashMap<>();
        if (ids.isEmpty()) {
            return figures;
        }
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT id, year, profession_code, service_area_code, employees, fte, retirements, new_hires,
                               leavers, sick_leave_percent, source, reported_by_label, reported_at, revision
                          FROM workforce_figure WHERE id = ANY (?)""")) {
            query.setArray(1, connection.createArrayOf("int8", ids.toArray()));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    figures.put(rows.getLong(1), new WorkforceFigureView(rows.getLong(1), rows.getInt(2),
                            rows.getString(3), rows.getString(4), (Integer) rows.getObject(5), rows.getBigDecimal(6),
                            (Integer) rows.getObject(7), (Integer) rows.getObject(8), (Integer) rows.getObject(9),
                            rows.getBigDecimal(10), new Provenance(rows.getString(11), rows.getString(12),
                                    rows.getTimestamp(13).toInstant().atOffset(ZoneOffset.UTC), rows.getInt(14))));
                }
            }
            return figures;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the workforce figures", e);
        }
    }

    private void requireMunicipality(String municipalityCode) {
        if (places.municipality(municipalityCode) == null) {
            throw new NotFoundException("There is no municipality with code " + municipalityCode + ".");
        }
    }
}
