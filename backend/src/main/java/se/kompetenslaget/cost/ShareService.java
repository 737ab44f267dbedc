package se.kompetenslaget.cost;

import se.kompetenslaget.common.ReadDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.catalogue.CatalogueDtos.ServiceAreaView;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.cost.CostDtos.Distribution;
import se.kompetenslaget.cost.CostDtos.KpiValue;
import se.kompetenslaget.cost.CostDtos.MunicipalityShare;
import se.kompetenslaget.cost.CostDtos.ShareFigures;
import se.kompetenslaget.cost.CostDtos.Shares;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.municipality.Places;

/**
 * The hired-staff share: hired cost ÷ (own personnel cost + hired cost), per service area and in total, over one
 * municipality, a county, a list of municipalities or the country, with its spread across the municipalities.
 */
@ApplicationScoped
public class ShareService {

    /**
     * Per municipality and area, the most complete figures of the period: level 0 is a whole-year line for all
     * professions, 1 whole-year lines per profession, 2 monthly lines for all professions, 3 monthly per profession;
     * the lowest level present is summed. For one month, only that month's lines count.
     */
    private static final String PER_MUNICIPALITY_AND_AREA = """
            WITH levels AS (
                SELECT municipality_code AS m, service_area_code AS a,
                       (CASE WHEN month IS NULL THEN 0 ELSE 2 END) + (CASE WHEN profession_code IS NULL THEN 0 ELSE 1 END)
                           AS lvl,
                       sum(hired_cost) AS h, sum(own_cost) AS o
                  FROM cost_line
                 WHERE year = ? AND (?::smallint IS NULL OR month = ?::smallint)
                   AND (?::text[] IS NULL OR municipality_code = ANY (?::text[]))
                 GROUP BY 1, 2, 3
            )
            SELECT DISTINCT ON (m, a) m, a, h, o FROM levels ORDER BY m, a, lvl""";

    /** The same for a whole year, from the yearly sums CostService keeps. */
    private static final String PER_MUNICIPALITY_AND_AREA_FOR_YEAR = """
            SELECT DISTINCT ON (municipality_code, service_area_code)
                   municipality_code, service_area_code, hired_cost, own_cost
              FROM cost_year_total
             WHERE year = ? AND (?::text[] IS NULL OR municipality_code = ANY (?::text[]))
             ORDER BY municipality_code, service_area_code, lvl""";

    /** Per municipality, area and year of a span, the most complete yearly sums. */
    private static final String SERIES = """
            SELECT DISTINCT ON (municipality_code, service_area_code, year)
                   municipality_code, service_area_code, year, hired_cost, own_cost
              FROM cost_year_total
             WHERE year BETWEEN ? AND ? AND (?::text[] IS NULL OR municipality_code = ANY (?::text[]))
             ORDER BY municipality_code, service_area_code, year, lvl""";

    static final String KPI = "KL_HIRED_SHARE";
    static final String COUNTRY = "0000";
    /** The key of all service areas together in {@link #yearlySharesOf}. */
    static final String TOTAL = "";

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final AccessPolicy access;
    /** Heavy reads: the standby when one is configured (common/ReadDataSource). */
    private final ReadDataSource dataSource;
    private final Catalogue catalogue;
    private final Places places;
    private final PopulationService population;

    public ShareService(AccessPolicy access, ReadDataSource dataSource, Catalogue catalogue, Places places,
            PopulationService population) {
        this.access = access;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.places = places;
        this.population = population;
    }

    private record Amounts(BigDecimal hired, BigDecimal own) {
        Amounts plus(Amounts other) {
            return new Amounts(hired.add(other.hired), own.add(other.own));
        }

        BigDecimal share() {
            BigDecimal all = hired.add(own);
            return all.signum() == 0 ? null : hired.multiply(HUNDRED).divide(all, MathContext.DECIMAL64)
                    .setScale(2, RoundingMode.HALF_UP);
        }
    }

    @Transactional
    public Shares shares(int year, Integer month, String county, List<String> municipalities) {
        access.requireFigureReader();
        if (county != null && !places.counties().containsKey(county)) {
            throw new NotFoundException("There is no county with code " + county + ".");
        }
        for (String code : municipalities) {
            if (places.municipality(code) == null) {
                throw new NotFoundException("There is no municipality with code " + code + ".");
            }
        }
        Set<String> listed = new LinkedHashSet<>(municipalities);
        List<String> selection = selection(county, listed);
        Map<String, Map<String, Amounts>> reported = reported(year, month, selection);
        Period before = Period.before(year, month);
        Map<String, Map<String, Amounts>> reportedBefore = before == null ? Map.of()
                : reported(before.year(), before.month(), selection);
        Map<String, Integer> inhabitants = population.inhabitants(year);
        List<ShareFigures> areas = new ArrayList<>();
        for (ServiceAreaView area : catalogue.serviceAreas()) {
            Map<String, Amounts> now = inArea(reported, area.code());
            if (!now.isEmpty()) {
                areas.add(figures(area.code(), now, inArea(reportedBefore, area.code()), inhabitants));
            }
        }
        return new Shares(year, month, county, listed.isEmpty() ? null : List.copyOf(listed), areas,
                figures(null, inArea(reported, null), inArea(reportedBefore, null), inhabitants));
    }

    /** A period's previous one: the year before, or the month before (December of the year before for January). */
    record Period(int year, Integer month) {
        static Period before(int year, Integer month) {
            Period before = month == null ? new Period(year - 1, null)
                    : month == 1 ? new Period(year - 1, 12) : new Period(year, month - 1);
            return before.year() < 2000 ? null : before;
        }
    }

    /** Per municipality, its amounts in one area, or (area null) in all areas together. */
    private static Map<String, Amounts> inArea(Map<String, Map<String, Amounts>> reported, String area) {
        Map<String, Amounts> amounts = new HashMap<>();
        reported.forEach((code, byArea) -> {
            Amounts inArea = area == null ? byArea.values().stream().reduce(Amounts::plus).orElse(null) : byArea.get(area);
            if (inArea != null) {
                amounts.put(code, inArea);
            }
        });
        return amounts;
    }

    /** The municipalities a county or list selects, or null for the whole country. */
    private List<String> selection(String county, Set<String> listed) {
        if (county == null && listed.isEmpty()) {
            return null;
        }
        return places.all().keySet().stream()
                .filter(code -> county == null || places.municipality(code).countyCode().equals(county))
                .filter(code -> listed.isEmpty() || listed.contains(code))
                .toList();
    }

    /** Per selected municipality and area, the amounts of the period (see PER_MUNICIPALITY_AND_AREA). */
    private Map<String, Map<String, Amounts>> reported(int year, Integer month, List<String> selection) {
        Map<String, Map<String, Amounts>> reported = new HashMap<>();
        boolean wholeYear = month == null;
        try (Connection connection = dataSource.connection();
                PreparedStatement memory = connection.prepareStatement("SET LOCAL work_mem = '64MB'");
                PreparedStatement query = connection.prepareStatement(
                        wholeYear ? PER_MUNICIPALITY_AND_AREA_FOR_YEAR : PER_MUNICIPALITY_AND_AREA)) {
            // A month of the country is some 25 000 lines: grouped in memory, not sorted on disk.
            memory.execute();
            Array codes = selection == null ? null : connection.createArrayOf("text", selection.toArray());
            int p = 1;
            query.setInt(p++, year);
            if (!wholeYear) {
                query.setObject(p++, month);
                query.setObject(p++, month);
            }
            query.setArray(p++, codes);
            query.setArray(p, codes);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(1);
                    reported.computeIfAbsent(code, c -> new HashMap<>())
                            .put(rows.getString(2), new Amounts(rows.getBigDecimal(3), rows.getBigDecimal(4)));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the cost lines", e);
        }
        return reported;
    }

    /** Each reporting municipality's share, in one service area or in total, ordered by municipality code. */
    @Transactional
    public List<MunicipalityShare> byMunicipality(int year, Integer month, String serviceArea, String county) {
        access.requireFigureReader();
        if (county != null && !places.counties().containsKey(county)) {
            throw new NotFoundException("There is no county with code " + county + ".");
        }
        if (serviceArea != null && !catalogue.isServiceArea(serviceArea)) {
            throw new NotFoundException("There is no service area with code " + serviceArea + ".");
        }
        List<String> selection = selection(county, Set.of());
        Map<String, Amounts> now = inArea(reported(year, month, selection), serviceArea);
        Period before = Period.before(year, month);
        Map<String, Amounts> then = before == null ? Map.of()
                : inArea(reported(before.year(), before.month(), selection), serviceArea);
        Map<String, Integer> inhabitants = population.inhabitants(year);
        return now.entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .map(entry -> {
                    Place place = places.municipality(entry.getKey());
                    Amounts amounts = entry.getValue();
                    Integer people = inhabitants.get(place.code());
                    BigDecimal previous = then.containsKey(place.code()) ? then.get(place.code()).share() : null;
                    return new MunicipalityShare(place.code(), place.name(), place.countyCode(), amounts.hired(),
                            amounts.own(), amounts.share(), people,
                            people == null ? null : perInhabitant(amounts.hired(), people),
                            previous, difference(amounts.share(), previous));
                })
                .toList();
    }

    private static BigDecimal perInhabitant(BigDecimal hired, long inhabitants) {
        return hired.divide(BigDecimal.valueOf(inhabitants), 2, RoundingMode.HALF_UP);
    }

    private static BigDecimal difference(BigDecimal now, BigDecimal then) {
        return now == null || then == null ? null : now.subtract(then);
    }

    /**
     * The hired-staff share per year as KPI values: for each municipality of the selection, its county (00 + code)
     * and, without a county, every county and the country (0000); in total and per service area.
     */
    @Transactional
    public List<KpiValue> series(int from, int to, String county) {
        access.requireFigureReader();
        if (county != null && !places.counties().containsKey(county)) {
            throw new NotFoundException("There is no county with code " + county + ".");
        }
        if (from > to || to - from > 50) {
            throw new BadInputException("The span is not valid.", List.of(new BadInputException.Violation("to", "query",
                    "must be from the year of from up to 50 years later")));
        }
        // region → kpi → year → amounts
        Map<String, Map<String, Map<Integer, Amounts>>> sums = new TreeMap<>();
        List<String> selection = selection(county, Set.of());
        try (Connection connection = dataSource.connection();
                PreparedStatement query = connection.prepareStatement(SERIES)) {
            Array codes = selection == null ? null : connection.createArrayOf("text", selection.toArray());
            query.setInt(1, from);
            query.setInt(2, to);
            query.setArray(3, codes);
            query.setArray(4, codes);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    String code = rows.getString(1);
                    Amounts amounts = new Amounts(rows.getBigDecimal(4), rows.getBigDecimal(5));
                    int year = rows.getInt(3);
                    String countyRegion = "00" + places.municipality(code).countyCode();
                    List<String> regions = county == null ? List.of(code, countyRegion, COUNTRY) : List.of(code, countyRegion);
                    for (String region : regions) {
                        for (String kpi : List.of(KPI, KPI + "_" + rows.getString(2).toUpperCase())) {
                            sums.computeIfAbsent(region, r -> new TreeMap<>()).computeIfAbsent(kpi, k -> new TreeMap<>())
                                    .merge(year, amounts, Amounts::plus);
                        }
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the yearly sums", e);
        }
        List<KpiValue> values = new ArrayList<>();
        sums.forEach((region, byKpi) -> byKpi.forEach((kpi, byYear) -> byYear.forEach((year, amounts) -> {
            BigDecimal share = amounts.share();
            if (share != null) {
                values.add(new KpiValue(kpi, region, year, share));
            }
        })));
        values.sort(Comparator.comparing(KpiValue::kpi).thenComparing(KpiValue::municipality)
                .thenComparingInt(KpiValue::period));
        return values;
    }

    /**
     * The hired-staff share per year of a municipality, a county (its municipalities together) or (both null) the
     * country, in one service area or (null) all together, from the yearly sums. No access check: for callers that
     * made their own.
     */
    public TreeMap<Integer, BigDecimal> yearlyShares(String countyCode, String municipalityCode, String serviceArea) {
        TreeMap<Integer, Amounts> sums = new TreeMap<>();
        List<String> selection = municipalityCode != null ? List.of(municipalityCode) : selection(countyCode, Set.of());
        try (Connection connection = dataSource.connection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT DISTINCT ON (municipality_code, service_area_code, year)
                               year, service_area_code, hired_cost, own_cost
                          FROM cost_year_total
                         WHERE (?::text[] IS NULL OR municipality_code = ANY (?::text[]))
                           AND (?::text IS NULL OR service_area_code = ?::text)
                         ORDER BY municipality_code, service_area_code, year, lvl""")) {
            Array codes = selection == null ? null : connection.createArrayOf("text", selection.toArray());
            query.setArray(1, codes);
            query.setArray(2, codes);
            query.setString(3, serviceArea);
            query.setString(4, serviceArea);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    sums.merge(rows.getInt(1), new Amounts(rows.getBigDecimal(3), rows.getBigDecimal(4)), Amounts::plus);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the yearly sums", e);
        }
        TreeMap<Integer, BigDecimal> shares = new TreeMap<>();
        sums.forEach((year, amounts) -> {
            if (amounts.share() != null) {
                shares.put(year, amounts.share());
            }
        });
        return shares;
    }

    /** The municipalities with cost figures (any service area) for the year. No access check. */
    public Set<String> reportingMunicipalities(int year) {
        Set<String> codes = new java.util.TreeSet<>();
        try (Connection connection = dataSource.connection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT DISTINCT municipality_code FROM cost_year_total WHERE year = ?")) {
            query.setInt(1, year);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    codes.add(rows.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the yearly sums", e);
        }
        return codes;
    }

    /** A municipality's share per year, per service area and (key TOTAL) all together, from the yearly sums. */
    Map<String, TreeMap<Integer, BigDecimal>> yearlySharesOf(String municipalityCode) {
        Map<String, TreeMap<Integer, Amounts>> sums = new HashMap<>();
        try (Connection connection = dataSource.connection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT DISTINCT ON (service_area_code, year) service_area_code, year, hired_cost, own_cost
                          FROM cost_year_total
                         WHERE municipality_code = ?
                         ORDER BY service_area_code, year, lvl""")) {
            query.setString(1, municipalityCode);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    Amounts amounts = new Amounts(rows.getBigDecimal(3), rows.getBigDecimal(4));
                    for (String key : List.of(rows.getString(1), TOTAL)) {
                        sums.computeIfAbsent(key, k -> new TreeMap<>()).merge(rows.getInt(2), amounts, Amounts::plus);
                    }
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the yearly sums", e);
        }
        Map<String, TreeMap<Integer, BigDecimal>> shares = new HashMap<>();
        sums.forEach((key, byYear) -> byYear.forEach((year, amounts) -> {
            if (amounts.share() != null) {
                shares.computeIfAbsent(key, k -> new TreeMap<>()).put(year, amounts.share());
            }
        }));
        return shares;
    }

    private static ShareFigures figures(String area, Map<String, Amounts> now, Map<String, Amounts> then,
            Map<String, Integer> inhabitants) {
        Amounts zero = new Amounts(BigDecimal.ZERO, BigDecimal.ZERO);
        Amounts sum = now.values().stream().reduce(Amounts::plus).orElse(zero);
        List<BigDecimal> shares = now.values().stream().map(Amounts::share).filter(s -> s != null).sorted().toList();
        Distribution distribution = shares.isEmpty() ? null : new Distribution(shares.get(0), quantile(shares, 0.25),
                quantile(shares, 0.5), quantile(shares, 0.75), shares.get(shares.size() - 1));
        Long people = !now.isEmpty() && inhabitants.keySet().containsAll(now.keySet())
                ? now.keySet().stream().mapToLong(inhabitants::get).sum() : null;
        Amounts before = then.isEmpty() ? null : then.values().stream().reduce(Amounts::plus).orElseThrow();
        BigDecimal previousShare = before == null ? null : before.share();
        return new ShareFigures(area, sum.hired(), sum.own(), sum.share(), now.size(), distribution, people,
                people == null ? null : perInhabitant(sum.hired(), people), previousShare,
                difference(sum.share(), previousShare),
                before == null || now.isEmpty() ? null : sum.hired().subtract(before.hired()));
    }

    /** The q-quantile of sorted values by linear interpolation between closest ranks (Excel's QUARTILE.INC). */
    static BigDecimal quantile(List<BigDecimal> sorted, double q) {
        double position = q * (sorted.size() - 1);
        int below = (int) Math.floor(position);
        BigDecimal fraction = BigDecimal.valueOf(position - below);
        BigDecimal low = sorted.get(below);
        BigDecimal high = sorted.get(Math.min(below + 1, sorted.size() - 1));
        return low.add(high.subtract(low).multiply(fraction)).setScale(2, RoundingMode.HALF_UP);
    }
}
