package se.kompetenslaget.cost;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.IfMatch;
import se.kompetenslaget.common.PreconditionFailedException;
import se.kompetenslaget.common.ViolationCode;
import se.kompetenslaget.cost.CostDtos.TargetRequest;
import se.kompetenslaget.cost.CostDtos.TargetStatus;
import se.kompetenslaget.municipality.Places;

/** Targets (målvärde) for the hired-staff share, and how each municipality stands against its own (see TargetStatus). */
@ApplicationScoped
public class TargetService {

    private static final int TREND_YEARS = 3;

    private final AccessPolicy access;
    private final AgroalDataSource dataSource;
    private final Catalogue catalogue;
    private final Places places;
    private final ShareService shares;
    private final AuditService audit;
    private final Clock clock;

    public TargetService(AccessPolicy access, AgroalDataSource dataSource, Catalogue catalogue, Places places,
            ShareService shares, AuditService audit, Clock clock) {
        this.access = access;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.places = places;
        this.shares = shares;
        this.audit = audit;
        this.clock = clock;
    }

    private record Target(String serviceArea, int year, BigDecimal maxShare, int revision) {
    }

    @Transactional
    public TargetStatus set(String municipalityCode, String ifMatch, TargetRequest request) {
        Caller caller = access.requireCostReporter(municipalityCode);
        requireMunicipality(municipalityCode);
        List<Violation> violations = new ArrayList<>();
        if (request == null) {
            throw new BadInputException("Send a target.", List.of(new Violation("year", "body", "is required", ViolationCode.REQUIRED)));
        }
        // Year and maxShare are checked by Bean Validation on TargetRequest; the service area needs the catalogue.
        if (request.serviceArea() != null && !catalogue.isServiceArea(request.serviceArea())) {
            violations.add(new Violation("serviceArea", "body", "must be a service area code, or absent for all areas", ViolationCode.NOT_ALLOWED));
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("The target is not valid; nothing was stored.", violations);
        }
        int expected = IfMatch.required(ifMatch, "The target");
        // One conditional statement each: a new target only if none is set ("0"), a change only of the revision the
        // caller loaded. A concurrent writer on the same revision finds no row to insert or update: 412.
        String write = expected == 0 ? """
                INSERT INTO cost_target (max_share, set_by_label, set_at, municipality_code, service_area_code, year)
                VALUES (?, ?, ?, ?, ?, ?)
                ON CONFLICT ON CONSTRAINT cost_target_key DO NOTHING
                RETURNING revision, NULL::numeric""" : """
                UPDATE cost_target SET max_share = ?, set_by_label = ?, set_at = ?, revision = revision + 1
                 WHERE municipality_code = ? AND service_area_code IS NOT DISTINCT FROM ? AND year = ?
                   AND revision = ?
                RETURNING revision, NULL::numeric""";
        int revision;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(write)) {
            statement.setBigDecimal(1, request.maxShare());
            statement.setString(2, caller.label());
            statement.setTimestamp(3, Timestamp.from(clock.instant()));
            statement.setString(4, municipalityCode);
            statement.setString(5, request.serviceArea());
            statement.setInt(6, request.year());
            if (expected != 0) {
                statement.setInt(7, expected);
            }
            try (ResultSet row = statement.executeQuery()) {
                if (!row.next()) {
                    throw stale(connection, municipalityCode, request, expected);
                }
                revision = row.getInt(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not store the target", e);
        }
        audit.record("set_target", "cost_target", municipalityCode, municipalityCode, Changes.none()
                .field("serviceArea", null, request.serviceArea()).field("year", null, request.year())
                .field("maxShare", null, request.maxShare()));
        Target target = new Target(request.serviceArea(), request.year(), request.maxShare(), revision);
        return status(target, shares.yearlySharesOf(municipalityCode));
    }

    /** The 412 for a write that found another revision: the current one (0: not set), and whether maxShare differs. */
    private static PreconditionFailedException stale(Connection connection, String municipalityCode,
            TargetRequest request, int expected) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("""
                SELECT revision, max_share FROM cost_target WHERE municipality_code = ?
                   AND service_area_code IS NOT DISTINCT FROM ? AND year = ?""")) {
            query.setString(1, municipalityCode);
            query.setString(2, request.serviceArea());
            query.setInt(3, request.year());
            try (ResultSet row = query.executeQuery()) {
                boolean exists = row.next();
                List<String> changed = exists && row.getBigDecimal(2).compareTo(request.maxShare()) != 0
                        ? List.of("maxShare") : List.of();
                return IfMatch.stale(expected, exists ? row.getInt(1) : 0,
                        exists && expected == 0 ? "The target (already set)" : "The target", changed);
            }
        }
    }

    @Transactional
    public List<TargetStatus> list(String municipalityCode) {
        access.requireFigureReader();
        requireMunicipality(municipalityCode);
        return statusesOf(municipalityCode);
    }

    /** Every target of the municipality with how it stands. No access check: for callers that made their own. */
    public List<TargetStatus> statusesOf(String municipalityCode) {
        List<Target> targets = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT service_area_code, year, max_share, revision FROM cost_target WHERE municipality_code = ?
                         ORDER BY year, service_area_code NULLS FIRST""")) {
            query.setString(1, municipalityCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    targets.add(new Target(rows.getString(1), rows.getInt(2), rows.getBigDecimal(3), rows.getInt(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the targets", e);
        }
        Map<String, TreeMap<Integer, BigDecimal>> yearly = shares.yearlySharesOf(municipalityCode);
        return targets.stream().map(target -> status(target, yearly)).toList();
    }

    /**
     * How the municipality stands against its target for the area (null: all areas) and year, or null when it has set
     * no such target. No access check: for callers that made their own.
     */
    public TargetStatus statusOf(String municipalityCode, String serviceArea, int year) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT max_share, revision FROM cost_target WHERE municipality_code = ?
                           AND service_area_code IS NOT DISTINCT FROM ? AND year = ?""")) {
            query.setString(1, municipalityCode);
            query.setString(2, serviceArea);
            query.setInt(3, year);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) {
                    return null;
                }
                return status(new Target(serviceArea, year, row.getBigDecimal(1), row.getInt(2)),
                        shares.yearlySharesOf(municipalityCode));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the target", e);
        }
    }

    private void requireMunicipality(String code) {
        if (places.municipality(code) == null) {
            throw new NotFoundException("There is no municipality with code " + code + ".");
        }
    }

    static TargetStatus status(Target target, Map<String, TreeMap<Integer, BigDecimal>> yearly) {
        TreeMap<Integer, BigDecimal> byYear = yearly.get(target.serviceArea() == null ? ShareService.TOTAL
                : target.serviceArea());
        NavigableMap<Integer, BigDecimal> upToTarget = byYear == null ? new TreeMap<>() : byYear.headMap(target.year(), true);
        if (upToTarget.isEmpty()) {
            return new TargetStatus(target.serviceArea(), target.year(), target.maxShare(), null, null, null, null,
                    "no_data", target.revision());
        }
        int latestYear = upToTarget.lastKey();
        BigDecimal latest = upToTarget.lastEntry().getValue();
        BigDecimal gap = latest.subtract(target.maxShare());
        BigDecimal trend = trend(upToTarget.descendingMap().entrySet().stream().limit(TREND_YEARS).toList());
        String status;
        if (latest.compareTo(target.maxShare()) <= 0) {
            status = "met";
        } else if (trend != null && latest.add(trend.multiply(BigDecimal.valueOf(target.year() - latestYear)))
                .compareTo(target.maxShare()) <= 0) {
            status = "on_track";
        } else {
            status = "off_track";
        }
        return new TargetStatus(target.serviceArea(), target.year(), target.maxShare(), latestYear, latest, gap, trend,
                status, target.revision());
    }

    /** The least-squares slope of share over year, in percentage points per year; null with fewer than two years. */
    static BigDecimal trend(List<Map.Entry<Integer, BigDecimal>> points) {
        if (points.size() < 2) {
            return null;
        }
        double meanYear = points.stream().mapToDouble(Map.Entry::getKey).average().orElseThrow();
        double meanShare = points.stream().mapToDouble(p -> p.getValue().doubleValue()).average().orElseThrow();
        double covariance = 0;
        double variance = 0;
        for (Map.Entry<Integer, BigDecimal> point : points) {
            covariance += (point.getKey() - meanYear) * (point.getValue().doubleValue() - meanShare);
            variance += (point.getKey() - meanYear) * (point.getKey() - meanYear);
        }
        return BigDecimal.valueOf(covariance / variance).setScale(2, RoundingMode.HALF_UP);
    }
}
