package se.kompetenslaget.sync;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Scope;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.cost.CostService;
import se.kompetenslaget.cost.FigureDtos.CostLineView;
import se.kompetenslaget.cost.FigureDtos.PopulationView;
import se.kompetenslaget.cost.FigureDtos.WorkforceFigureView;
import se.kompetenslaget.cost.PopulationService;
import se.kompetenslaget.cost.WorkforceService;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.strategy.ExampleService;
import se.kompetenslaget.strategy.PlanService;
import se.kompetenslaget.strategy.StrategyDtos.ExampleView;
import se.kompetenslaget.strategy.StrategyDtos.PlanView;
import se.kompetenslaget.survey.InvitationService;
import se.kompetenslaget.survey.SurveyDtos.ResponseView;
import se.kompetenslaget.sync.ChangeLog.Entry;
import se.kompetenslaget.sync.ChangeLog.Slice;
import se.kompetenslaget.sync.SyncDtos.ActionPlanChange;
import se.kompetenslaget.sync.SyncDtos.ActionPlanChanges;
import se.kompetenslaget.sync.SyncDtos.ChangeOp;
import se.kompetenslaget.sync.SyncDtos.CostLineChange;
import se.kompetenslaget.sync.SyncDtos.CostLineChanges;
import se.kompetenslaget.sync.SyncDtos.LearningExampleChange;
import se.kompetenslaget.sync.SyncDtos.LearningExampleChanges;
import se.kompetenslaget.sync.SyncDtos.PopulationChange;
import se.kompetenslaget.sync.SyncDtos.PopulationChanges;
import se.kompetenslaget.sync.SyncDtos.SurveyResponseChange;
import se.kompetenslaget.sync.SyncDtos.SurveyResponseChanges;
import se.kompetenslaget.sync.SyncDtos.WorkforceFigureChange;
import se.kompetenslaget.sync.SyncDtos.WorkforceFigureChanges;

/**
 * Incremental sync: what changed after a client's cursor, kind by kind, in the order of {@link ChangeLog}. Each change
 * carries the object as the kind's own read operation shows it (read through that domain's service) or says it is
 * gone. The caller sees what the normal reads would show them: their municipalities' figures, survey answers of the
 * questionnaires and municipalities they may read, published learning examples and their own drafts.
 */
@ApplicationScoped
@Transactional
public class SyncService {

    public static final int DEFAULT_LIMIT = 500;
    public static final int MAX_LIMIT = 5000;

    static final String COST_LINE = "cost_line";
    static final String WORKFORCE_FIGURE = "workforce_figure";
    static final String POPULATION = "population";
    static final String SURVEY_RESPONSE = "survey_response";
    static final String ACTION_PLAN = "action_plan";
    static final String LEARNING_EXAMPLE = "learning_example";

    private final AccessPolicy access;
    private final ChangeLog log;
    private final Places places;
    private final CostService costs;
    private final WorkforceService workforce;
    private final PopulationService population;
    private final InvitationService invitations;
    private final PlanService plans;
    private final ExampleService examples;

    public SyncService(AccessPolicy access, ChangeLog log, Places places, CostService costs, WorkforceService workforce,
            PopulationService population, InvitationService invitations, PlanService plans, ExampleService examples) {
        this.access = access;
        this.log = log;
        this.places = places;
        this.costs = costs;
        this.workforce = workforce;
        this.population = population;
        this.invitations = invitations;
        this.plans = plans;
        this.examples = examples;
    }

    public CostLineChanges costLines(String after, Instant since, Integer limit) {
        Set<String> scope = readableMunicipalities();
        Slice slice = read(COST_LINE, after, since, limit, scope);
        Map<Long, CostLineView> current = costs.currentLines(liveIds(slice, Long::valueOf));
        List<CostLineChange> changes = slice.entries().stream().map(entry -> {
            CostLineView item = entry.deleted() ? null : current.get(Long.valueOf(entry.id()));
            return new CostLineChange(item == null ? ChangeOp.delete : ChangeOp.upsert, entry.id(),
                    entry.municipalityCode(), entry.changedAt(), item);
        }).toList();
        return new CostLineChanges(changes, slice.next().encode(), slice.hasMore());
    }

    public WorkforceFigureChanges workforceFigures(String after, Instant since, Integer limit) {
        Set<String> scope = readableMunicipalities();
        Slice slice = read(WORKFORCE_FIGURE, after, since, limit, scope);
        Map<Long, WorkforceFigureView> current = workforce.currentFigures(liveIds(slice, Long::valueOf));
        List<WorkforceFigureChange> changes = slice.entries().stream().map(entry -> {
            WorkforceFigureView item = entry.deleted() ? null : current.get(Long.valueOf(entry.id()));
            return new WorkforceFigureChange(item == null ? ChangeOp.delete : ChangeOp.upsert, entry.id(),
                    entry.municipalityCode(), entry.changedAt(), item);
        }).toList();
        return new WorkforceFigureChanges(changes, slice.next().encode(), slice.hasMore());
    }

    public PopulationChanges population(String after, Instant since, Integer limit) {
        // Everyone who may read figures reads every municipality's population (listPopulation).
        access.requireFigureReader();
        Slice slice = read(POPULATION, after, since, limit, null);
        Map<String, PopulationView> current = population.currentFigures(liveIds(slice, Function.identity()));
        List<PopulationChange> changes = slice.entries().stream().map(entry -> {
            PopulationView item = entry.deleted() ? null : current.get(entry.id());
            return new PopulationChange(item == null ? ChangeOp.delete : ChangeOp.upsert, entry.id(),
                    entry.municipalityCode(), entry.changedAt(), item);
        }).toList();
        return new PopulationChanges(changes, slice.next().encode(), slice.hasMore());
    }

    public SurveyResponseChanges surveyResponses(String after, Instant since, Integer limit) {
        access.requireSurveyReader();
        Slice slice = read(SURVEY_RESPONSE, after, since, limit, null);
        List<SurveyResponseChange> changes = new ArrayList<>();
        for (Entry entry : slice.entries()) {
            UUID id = UUID.fromString(entry.id());
            // Another county's answers never were the caller's: left out, not reported as deleted.
            if (!invitations.maySeeAnswers(id, entry.municipalityCode())) {
                continue;
            }
            var item = entry.deleted() ? Optional.<ResponseView>empty()
                    : invitations.readableResponse(id);
            changes.add(new SurveyResponseChange(item.isPresent() ? ChangeOp.upsert : ChangeOp.delete, entry.id(),
                    entry.municipalityCode(), entry.changedAt(), item.orElse(null)));
        }
        return new SurveyResponseChanges(changes, slice.next().encode(), slice.hasMore());
    }

    public ActionPlanChanges actionPlans(String after, Instant since, Integer limit) {
        access.requireFigureReader();
        Slice slice = read(ACTION_PLAN, after, since, limit, null);
        List<ActionPlanChange> changes = slice.entries().stream().map(entry -> {
            var item = entry.deleted() ? Optional.<PlanView>empty()
                    : plans.find(UUID.fromString(entry.id()));
            return new ActionPlanChange(item.isPresent() ? ChangeOp.upsert : ChangeOp.delete, entry.id(),
                    entry.changedAt(), item.orElse(null));
        }).toList();
        return new ActionPlanChanges(changes, slice.next().encode(), slice.hasMore());
    }

    public LearningExampleChanges learningExamples(String after, Instant since, Integer limit) {
        access.requireFigureReader();
        Slice slice = read(LEARNING_EXAMPLE, after, since, limit, null);
        // A draft someone else owns is a delete: an example withdrawn from publication must leave the copies of those
        // who saw it published.
        List<LearningExampleChange> changes = slice.entries().stream().map(entry -> {
            var item = entry.deleted() ? Optional.<ExampleView>empty()
                    : examples.visible(UUID.fromString(entry.id()));
            return new LearningExampleChange(item.isPresent() ? ChangeOp.upsert : ChangeOp.delete, entry.id(),
                    entry.changedAt(), item.orElse(null));
        }).toList();
        return new LearningExampleChanges(changes, slice.next().encode(), slice.hasMore());
    }

    /**
     * The municipalities whose detailed data (cost lines, workforce figures) the caller may read, as listCostLines
     * decides it; null for all of them. A caller who may read none is refused, like the list operations refuse them.
     */
    private Set<String> readableMunicipalities() {
        Caller caller = access.requireAuthenticated();
        Set<String> all = places.all().keySet();
        Set<String> readable = caller.allows(Scope.READ)
                ? all.stream().filter(caller::mayReadMunicipality).collect(Collectors.toSet())
                : Set.of();
        if (readable.isEmpty()) {
            throw new ForbiddenException("You may not read any municipality's figures (through a token: it needs the"
                    + " read scope).");
        }
        return readable.size() == all.size() ? null : readable;
    }

    private Slice read(String kind, String after, Instant since, Integer limit, Set<String> scope) {
        return log.read(kind, start(kind, after, since), scope, limit == null ? DEFAULT_LIMIT : limit);
    }

    private SyncCursor start(String kind, String after, Instant since) {
        if (after != null && since != null) {
            throw new BadInputException("Send either `after` (a cursor) or `since` (an instant), not both.",
                    List.of(new Violation("since", "query", "must be absent when after is given")));
        }
        if (after != null) {
            return SyncCursor.decode(kind, after);
        }
        return since == null ? SyncCursor.start(kind) : log.startAt(kind, since);
    }

    private static <K> Set<K> liveIds(Slice slice, Function<String, K> parse) {
        return slice.entries().stream().filter(entry -> !entry.deleted()).map(entry -> parse.apply(entry.id()))
                .collect(Collectors.toSet());
    }
}
