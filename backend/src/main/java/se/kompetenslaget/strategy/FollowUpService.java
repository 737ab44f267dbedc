package se.kompetenslaget.strategy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.strategy.StrategyDtos.ActionUse;
import se.kompetenslaget.strategy.StrategyDtos.CountyOverview;
import se.kompetenslaget.strategy.StrategyDtos.DecisionRequest;
import se.kompetenslaget.strategy.StrategyDtos.DecisionView;
import se.kompetenslaget.strategy.StrategyDtos.Overview;

/**
 * Following the strategy up: municipalities' decisions to reduce their dependence on staffing agencies, and the
 * national and county overview (decided, with a plan, with a target; the strategy actions most worked on).
 */
@ApplicationScoped
public class FollowUpService {

    private final AccessPolicy access;
    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final Places places;
    private final PlanService plans;
    private final StrategyCatalogue strategies;
    private final AuditService audit;
    private final Clock clock;

    public FollowUpService(AccessPolicy access, EntityManager em, AgroalDataSource dataSource, Places places,
            PlanService plans, StrategyCatalogue strategies, AuditService audit, Clock clock) {
        this.access = access;
        this.em = em;
        this.dataSource = dataSource;
        this.places = places;
        this.plans = plans;
        this.strategies = strategies;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public DecisionView record(String municipalityCode, DecisionRequest request) {
        access.requirePlanEditor();
        requireMunicipality(municipalityCode);
        Caller caller = access.requirePlanEditor("municipality", null, municipalityCode);
        // The form of each field is checked by Bean Validation on DecisionRequest; "not in the future" needs the clock.
        List<Violation> violations = new ArrayList<>();
        if (request == null || request.decidedOn() == null) {
            violations.add(new Violation("decidedOn", "body", "is required, a date"));
        } else if (request.decidedOn().isAfter(plans.today())) {
            violations.add(new Violation("decidedOn", "body", "must not be in the future"));
        }
        PlanService.throwIfAny(violations, "The decision is not valid; nothing was stored.");
        ReductionDecision decision = new ReductionDecision();
        decision.id = UUID.randomUUID();
        decision.municipalityCode = municipalityCode;
        decision.decidedOn = request.decidedOn();
        decision.decisionBody = request.decisionBody().trim();
        decision.reference = PlanService.blankToNull(request.reference());
        decision.note = PlanService.blankToNull(request.note());
        decision.recordedByLabel = caller.label();
        decision.recordedAt = clock.instant();
        em.persist(decision);
        audit.record("record", "reduction_decision", decision.id, municipalityCode, Changes.none()
                .field("decidedOn", null, decision.decidedOn.toString()).field("decisionBody", null, decision.decisionBody));
        return view(decision);
    }

    @Transactional
    public List<DecisionView> decisions(String municipalityCode) {
        access.requireFigureReader();
        requireMunicipality(municipalityCode);
        return em.createQuery("FROM ReductionDecision d WHERE d.municipalityCode = :code ORDER BY d.decidedOn DESC",
                ReductionDecision.class).setParameter("code", municipalityCode).getResultList().stream()
                .map(FollowUpService::view).toList();
    }

    private static DecisionView view(ReductionDecision decision) {
        return new DecisionView(decision.id.toString(), decision.municipalityCode, decision.decidedOn,
                decision.decisionBody, decision.reference, decision.note, decision.recordedByLabel,
                decision.recordedAt.atOffset(ZoneOffset.UTC));
    }

    /** Per county (or for one), its municipalities that decided, have a plan and have a target; actions by use. */
    @Transactional
    public Overview overview(String county, String strategyCode) {
        access.requireFigureReader();
        if (county != null && !places.counties().containsKey(county)) {
            throw new NotFoundException("There is no county with code " + county + ".");
        }
        String strategy = strategyCode == null ? StrategyCatalogue.DEFAULT_STRATEGY : strategyCode;
        StrategyDtos.Strategy catalogue = strategies.strategy(strategy);
        Map<String, int[]> byCounty = new LinkedHashMap<>();
        places.counties().keySet().stream().sorted().filter(code -> county == null || code.equals(county))
                .forEach(code -> byCounty.put(code, new int[4]));
        List<ActionUse> actions = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT m.county_code, count(*),
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM reduction_decision d
                                                          WHERE d.municipality_code = m.code)),
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM action_plan p
                                                          WHERE p.municipality_code = m.code)),
                           count(*) FILTER (WHERE EXISTS (SELECT 1 FROM cost_target t
                                                          WHERE t.municipality_code = m.code))
                      FROM municipality m GROUP BY m.county_code""");
                    ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    int[] counts = byCounty.get(rows.getString(1));
                    if (counts != null) {
                        for (int i = 0; i < 4; i++) {
                            counts[i] = rows.getInt(i + 2);
                        }
                    }
                }
            }
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT action, count(*) FROM plan_activity a JOIN action_plan p ON p.id = a.plan_id,
                           unnest(a.strategy_actions) AS action
                     WHERE p.strategy_code = ? AND (?::text IS NULL OR p.county_code = ?::text
                           OR p.municipality_code LIKE ?::text || '%')
                     GROUP BY action""")) {
                query.setString(1, strategy);
                query.setString(2, county);
                query.setString(3, county);
                query.setString(4, county);
                Map<Integer, Integer> uses = new LinkedHashMap<>();
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        uses.put(rows.getInt(1), rows.getInt(2));
                    }
                }
                catalogue.goals().stream().flatMap(goal -> goal.actions().stream()).forEach(action -> actions.add(
                        new ActionUse(action.number(), action.title(), uses.getOrDefault(action.number(), 0))));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the overview", e);
        }
        actions.sort((a, b) -> b.activities() != a.activities() ? Integer.compare(b.activities(), a.activities())
                : Integer.compare(a.number(), b.number()));
        List<CountyOverview> counties = byCounty.entrySet().stream().map(entry -> new CountyOverview(entry.getKey(),
                places.counties().get(entry.getKey()), entry.getValue()[0], entry.getValue()[1], entry.getValue()[2],
                entry.getValue()[3])).toList();
        int[] sum = new int[4];
        counties.forEach(c -> {
            sum[0] += c.municipalities();
            sum[1] += c.decided();
            sum[2] += c.withPlan();
            sum[3] += c.withTarget();
        });
        CountyOverview total = county != null ? counties.get(0)
                : new CountyOverview("00", "Sverige", sum[0], sum[1], sum[2], sum[3]);
        return new Overview(counties, total, actions);
    }

    private void requireMunicipality(String code) {
        if (places.municipality(code) == null) {
            throw new NotFoundException("There is no municipality with code " + code + ".");
        }
    }
}
