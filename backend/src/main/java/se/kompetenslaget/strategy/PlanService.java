package se.kompetenslaget.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.Differences;
import se.kompetenslaget.common.IfMatch;
import se.kompetenslaget.cost.CostDtos.TargetStatus;
import se.kompetenslaget.cost.ShareService;
import se.kompetenslaget.cost.TargetService;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.strategy.StrategyDtos.ActivityRequest;
import se.kompetenslaget.strategy.StrategyDtos.ActivityView;
import se.kompetenslaget.strategy.StrategyDtos.GoalRequest;
import se.kompetenslaget.strategy.StrategyDtos.GoalView;
import se.kompetenslaget.strategy.StrategyDtos.IndicatorRequest;
import se.kompetenslaget.strategy.StrategyDtos.IndicatorView;
import se.kompetenslaget.strategy.StrategyDtos.NoteRequest;
import se.kompetenslaget.strategy.StrategyDtos.NoteView;
import se.kompetenslaget.strategy.StrategyDtos.PlanChange;
import se.kompetenslaget.strategy.StrategyDtos.PlanRequest;
import se.kompetenslaget.strategy.StrategyDtos.PlanSummary;
import se.kompetenslaget.strategy.StrategyDtos.PlanView;
import se.kompetenslaget.strategy.StrategyDtos.StatusCounts;

/**
 * Action plans with goals, activities and progress notes. Reading a plan computes each goal's and activity's status
 * from today's date, the activities and the goal's indicator (a cost target or the hired-staff share KPI), so new cost
 * data changes a goal's status without anything stored changing.
 */
@ApplicationScoped
public class PlanService {

    static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    static final List<String> LEVELS = List.of("national", "county", "municipality");
    static final List<String> PROGRESS = List.of("planned", "ongoing", "done", "cancelled");
    /** An activity not started this close to its due date is at risk. */
    static final int AT_RISK_DAYS = 14;

    /** The statuses, worst first. */
    enum Status {
        LATE("late"), AT_RISK("at_risk"), ON_TRACK("on_track"), DONE("done");

        final String value;

        Status(String value) {
            this.value = value;
        }
    }

    private final AccessPolicy access;
    private final EntityManager em;
    private final StrategyCatalogue strategies;
    private final Catalogue catalogue;
    private final Places places;
    private final TargetService targets;
    private final ShareService shares;
    private final SurveyAnswers surveyAnswers;
    private final AuditService audit;
    private final Clock clock;

    public PlanService(AccessPolicy access, EntityManager em, StrategyCatalogue strategies, Catalogue catalogue,
            Places places, TargetService targets, ShareService shares, SurveyAnswers surveyAnswers, AuditService audit,
            Clock clock) {
        this.access = access;
        this.em = em;
        this.strategies = strategies;
        this.catalogue = catalogue;
        this.places = places;
        this.targets = targets;
        this.shares = shares;
        this.surveyAnswers = surveyAnswers;
        this.audit = audit;
        this.clock = clock;
    }

    // --- Plans ----------------------------------------------------------------------------------------------------------

    @Transactional
    public PlanView create(PlanRequest request) {
        Caller caller = access.requirePlanEditor();
        if (request == null) {
            throw new BadInputException("Send a plan.", List.of(new Violation("title", "body", "is required")));
        }
        checkOwner(request.ownerLevel(), request.countyCode(), request.municipalityCode());
        access.requirePlanEditor(request.ownerLevel(), request.countyCode(), request.municipalityCode());
        List<Violation> violations = new ArrayList<>();
        String strategyCode = request.strategyCode() == null ? StrategyCatalogue.DEFAULT_STRATEGY : request.strategyCode();
        if (!strategies.exists(strategyCode)) {
            violations.add(new Violation("strategyCode", "body", "must be a strategy's code, e.g. skl-2018"));
        }
        checkText(request.title(), "title", 200, true, violations);
        checkText(request.description(), "description", 4000, false, violations);
        checkPeriod(request.periodStart(), request.periodEnd(), violations);
        throwIfAny(violations, "The plan is not valid; nothing was stored.");
        ActionPlan plan = new ActionPlan();
        plan.id = UUID.randomUUID();
        plan.ownerLevel = request.ownerLevel();
        plan.countyCode = request.ownerLevel().equals("county") ? request.countyCode() : null;
        plan.municipalityCode = request.ownerLevel().equals("municipality") ? request.municipalityCode() : null;
        plan.strategyCode = strategyCode;
        plan.title = request.title().trim();
        plan.description = blankToNull(request.description());
        plan.periodStart = request.periodStart();
        plan.periodEnd = request.periodEnd();
        plan.createdAt = clock.instant();
        plan.updatedAt = plan.createdAt;
        plan.createdByLabel = caller.label();
        em.persist(plan);
        em.flush();
        audit.record("create", "action_plan", plan.id, plan.municipalityCode, Changes.none()
                .field("title", null, plan.title).field("ownerLevel", null, plan.ownerLevel));
        return view(plan);
    }

    @Transactional
    public List<PlanSummary> list(String level, String county, String municipality) {
        access.requireFigureReader();
        if (level != null && !LEVELS.contains(level)) {
            throw new BadInputException("The level is not known.",
                    List.of(new Violation("level", "query", "must be national, county or municipality")));
        }
        StringBuilder jpql = new StringBuilder("FROM ActionPlan p WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (level != null) {
            jpql.append(" AND p.ownerLevel = :level");
            parameters.put("level", level);
        }
        if (municipality != null) {
            jpql.append(" AND p.municipalityCode = :municipality");
            parameters.put("municipality", municipality);
        }
        if (county != null) {
            // A county's plans and its municipalities' plans.
            jpql.append(" AND (p.countyCode = :county OR p.municipalityCode LIKE :countyPrefix)");
            parameters.put("county", county);
            parameters.put("countyPrefix", county + "%");
        }
        jpql.append(" ORDER BY p.periodStart DESC, p.title");
        var query = em.createQuery(jpql.toString(), ActionPlan.class);
        parameters.forEach(query::setParameter);
        return query.getResultList().stream().map(plan -> {
            PlanView view = view(plan);
            return new PlanSummary(view.id(), view.ownerLevel(), view.countyCode(), view.municipalityCode(),
                    view.ownerName(), view.strategyCode(), view.title(), view.periodStart(), view.periodEnd(),
                    counts(view.goals().stream().map(GoalView::status).toList()),
                    counts(view.activities().stream().map(ActivityView::status).toList()), view.revision());
        }).toList();
    }

    @Transactional
    public PlanView get(UUID id) {
        access.requireFigureReader();
        return view(plan(id));
    }

    /** The plan as {@link #get} shows it, or empty when it is gone; the caller's right to read plans is checked. */
    @Transactional
    public Optional<PlanView> find(UUID id) {
        access.requireFigureReader();
        ActionPlan plan = em.find(ActionPlan.class, id);
        return plan == null ? Optional.empty() : Optional.of(view(plan));
    }

    @Transactional
    public PlanView update(UUID id, String ifMatch, PlanChange change) {
        ActionPlan plan = editable(id);
        IfMatch.check(ifMatch, plan.revision, "The plan", changed(plan, change));
        if (change == null) {
            throw new BadInputException("Send the changes.", List.of(new Violation("title", "body", "nothing to change")));
        }
        List<Violation> violations = new ArrayList<>();
        if (change.title() != null) {
            checkText(change.title(), "title", 200, true, violations);
        }
        checkText(change.description(), "description", 4000, false, violations);
        LocalDate start = change.periodStart() == null ? plan.periodStart : change.periodStart();
        LocalDate end = change.periodEnd() == null ? plan.periodEnd : change.periodEnd();
        checkPeriod(start, end, violations);
        throwIfAny(violations, "The changes are not valid; nothing was stored.");
        Changes changes = Changes.none();
        if (change.title() != null) {
            changes.field("title", plan.title, change.title().trim());
            plan.title = change.title().trim();
        }
        if (change.description() != null) {
            plan.description = blankToNull(change.description());
        }
        plan.periodStart = start;
        plan.periodEnd = end;
        plan.updatedAt = clock.instant();
        em.flush();
        audit.record("update", "action_plan", plan.id, plan.municipalityCode, changes);
        return view(plan);
    }

    @Transactional
    public void delete(UUID id, String ifMatch) {
        ActionPlan plan = editable(id);
        IfMatch.check(ifMatch, plan.revision, "The plan");
        em.remove(plan);
        audit.record("delete", "action_plan", plan.id, plan.municipalityCode, Changes.none().field("title", plan.title, null));
    }

    // --- Goals ----------------------------------------------------------------------------------------------------------

    @Transactional
    public GoalView addGoal(UUID planId, GoalRequest request) {
        ActionPlan plan = editable(planId);
        PlanGoal goal = new PlanGoal();
        goal.id = UUID.randomUUID();
        goal.planId = plan.id;
        goal.position = goals(plan.id).size() + 1;
        applyGoal(plan, goal, request);
        em.persist(goal);
        touch(plan, "add_goal", goal.title);
        return view(plan).goals().stream().filter(g -> g.id().equals(goal.id.toString())).findFirst().orElseThrow();
    }

    @Transactional
    public GoalView updateGoal(UUID planId, UUID goalId, String ifMatch, GoalRequest request) {
        ActionPlan plan = editable(planId);
        PlanGoal goal = goal(plan, goalId);
        IfMatch.check(ifMatch, goal.revision, "The goal", changed(goal, request));
        applyGoal(plan, goal, request);
        touch(plan, "update_goal", goal.title);
        return view(plan).goals().stream().filter(g -> g.id().equals(goal.id.toString())).findFirst().orElseThrow();
    }

    @Transactional
    public void deleteGoal(UUID planId, UUID goalId, String ifMatch) {
        ActionPlan plan = editable(planId);
        PlanGoal goal = goal(plan, goalId);
        IfMatch.check(ifMatch, goal.revision, "The goal");
        em.remove(goal);
        touch(plan, "delete_goal", goal.title);
    }

    private void applyGoal(ActionPlan plan, PlanGoal goal, GoalRequest request) {
        if (request == null) {
            throw new BadInputException("Send a goal.", List.of(new Violation("title", "body", "is required")));
        }
        // The texts' form is checked by Bean Validation on GoalRequest; here what needs the plan and the catalogues.
        List<Violation> violations = new ArrayList<>();
        UUID parent = null;
        if (request.parentId() != null) {
            parent = uuid(request.parentId(), "parentId", violations);
            PlanGoal parentGoal = parent == null ? null : em.find(PlanGoal.class, parent);
            if (parent != null && (parentGoal == null || !parentGoal.planId.equals(plan.id)
                    || parentGoal.parentId != null || parent.equals(goal.id))) {
                violations.add(new Violation("parentId", "body", "must be a top-level goal of the same plan"));
            }
        }
        IndicatorRequest indicator = request.indicator();
        if (indicator != null) {
            checkIndicator(plan, indicator, violations);
        }
        throwIfAny(violations, "The goal is not valid; nothing was stored.");
        goal.parentId = parent;
        goal.title = request.title().trim();
        goal.description = blankToNull(request.description());
        goal.dueDate = request.dueDate();
        boolean survey = indicator != null && indicator.kind().equals("survey_question");
        goal.indicatorKind = indicator == null ? null : indicator.kind();
        goal.targetServiceArea = indicator == null || survey ? null : indicator.serviceArea();
        goal.targetYear = indicator == null || survey ? null : indicator.year().shortValue();
        goal.targetMaxShare = indicator == null || !indicator.kind().equals("kpi") ? null : indicator.maxShare();
        goal.questionnaireId = survey ? UUID.fromString(indicator.questionnaireId()) : null;
        goal.questionId = survey ? indicator.questionId() : null;
        goal.questionMinValue = survey ? indicator.minValue() : null;
        goal.questionMaxValue = survey ? indicator.maxValue() : null;
    }

    private void checkIndicator(ActionPlan plan, IndicatorRequest indicator, List<Violation> violations) {
        if (indicator.kind() == null || !List.of("cost_target", "kpi", "survey_question").contains(indicator.kind())) {
            violations.add(new Violation("indicator.kind", "body", "must be cost_target, kpi or survey_question"));
            return;
        }
        if (indicator.kind().equals("survey_question")) {
            UUID questionnaire = indicator.questionnaireId() == null ? null
                    : uuid(indicator.questionnaireId(), "indicator.questionnaireId", violations);
            if (questionnaire == null || indicator.questionId() == null
                    || !surveyAnswers.isNumberQuestion(questionnaire, indicator.questionId())) {
                violations.add(new Violation("indicator.questionId", "body",
                        "must be a number question of the questionnaire (indicator.questionnaireId)"));
            }
            if (indicator.minValue() == null && indicator.maxValue() == null) {
                violations.add(new Violation("indicator.maxValue", "body", "minValue, maxValue or both are required"));
            } else if (indicator.minValue() != null && indicator.maxValue() != null
                    && indicator.maxValue().compareTo(indicator.minValue()) < 0) {
                violations.add(new Violation("indicator.maxValue", "body", "must not be less than minValue"));
            }
            return;
        }
        if (indicator.year() == null || indicator.year() < 2000 || indicator.year() > 2100) {
            violations.add(new Violation("indicator.year", "body", "must be a year from 2000 to 2100"));
            return;
        }
        if (indicator.serviceArea() != null && !catalogue.isServiceArea(indicator.serviceArea())) {
            violations.add(new Violation("indicator.serviceArea", "body", "must be a service area code, or absent"));
            return;
        }
        if (indicator.kind().equals("cost_target")) {
            if (plan.municipalityCode == null) {
                violations.add(new Violation("indicator.kind", "body",
                        "cost_target is for a municipality's plan; use kpi for a county or the country"));
            } else if (targets.statusOf(plan.municipalityCode, indicator.serviceArea(), indicator.year()) == null) {
                violations.add(new Violation("indicator.year", "body", "municipality " + plan.municipalityCode
                        + " has no target for " + indicator.year() + (indicator.serviceArea() == null ? ""
                        : " in " + indicator.serviceArea()) + "; set it first (setTarget)"));
            }
        } else if (indicator.maxShare() == null || indicator.maxShare().signum() < 0
                || indicator.maxShare().compareTo(BigDecimal.valueOf(100)) > 0
                || indicator.maxShare().stripTrailingZeros().scale() > 2) {
            violations.add(new Violation("indicator.maxShare", "body",
                    "must be a percentage from 0 to 100, at most two decimals"));
        }
    }

    // --- Activities and notes -------------------------------------------------------------------------------------------

    @Transactional
    public ActivityView addActivity(UUID planId, ActivityRequest request) {
        ActionPlan plan = editable(planId);
        PlanActivity activity = new PlanActivity();
        activity.id = UUID.randomUUID();
        activity.planId = plan.id;
        applyActivity(plan, activity, request);
        em.persist(activity);
        touch(plan, "add_activity", activity.title);
        return activityView(plan, activity.id);
    }

    @Transactional
    public ActivityView updateActivity(UUID planId, UUID activityId, String ifMatch, ActivityRequest request) {
        ActionPlan plan = editable(planId);
        PlanActivity activity = activity(plan, activityId);
        IfMatch.check(ifMatch, activity.revision, "The activity", changed(activity, request));
        applyActivity(plan, activity, request);
        touch(plan, "update_activity", activity.title);
        return activityView(plan, activity.id);
    }

    @Transactional
    public void deleteActivity(UUID planId, UUID activityId, String ifMatch) {
        ActionPlan plan = editable(planId);
        PlanActivity activity = activity(plan, activityId);
        IfMatch.check(ifMatch, activity.revision, "The activity");
        em.remove(activity);
        touch(plan, "delete_activity", activity.title);
    }

    @Transactional
    public NoteView addNote(UUID planId, UUID activityId, NoteRequest request) {
        ActionPlan plan = editable(planId);
        PlanActivity activity = activity(plan, activityId);
        List<Violation> violations = new ArrayList<>();
        // The form of each field is checked by Bean Validation on NoteRequest; "not in the future" needs the clock.
        if (request == null || request.notedOn() == null) {
            violations.add(new Violation("notedOn", "body", "is required, a date"));
        } else if (request.notedOn().isAfter(today())) {
            violations.add(new Violation("notedOn", "body", "must not be in the future"));
        }
        if (request == null || request.text() == null) {
            violations.add(new Violation("text", "body", "is required"));
        }
        throwIfAny(violations, "The note is not valid; nothing was stored.");
        ProgressNote note = new ProgressNote();
        note.id = UUID.randomUUID();
        note.activityId = activity.id;
        note.notedOn = request.notedOn();
        note.text = request.text().trim();
        note.authorLabel = access.caller().label();
        note.createdAt = clock.instant();
        em.persist(note);
        touch(plan, "add_note", activity.title);
        return noteView(note);
    }

    private void applyActivity(ActionPlan plan, PlanActivity activity, ActivityRequest request) {
        if (request == null) {
            throw new BadInputException("Send an activity.", List.of(new Violation("title", "body", "is required")));
        }
        // The texts' form is checked by Bean Validation on ActivityRequest; here what needs the plan and the catalogues.
        List<Violation> violations = new ArrayList<>();
        if (request.status() == null || !PROGRESS.contains(request.status())) {
            violations.add(new Violation("status", "body", "must be planned, ongoing, done or cancelled"));
        }
        if (request.startDate() != null && request.dueDate() != null && request.dueDate().isBefore(request.startDate())) {
            violations.add(new Violation("dueDate", "body", "must not be before startDate"));
        }
        UUID goalId = null;
        if (request.goalId() != null) {
            goalId = uuid(request.goalId(), "goalId", violations);
            PlanGoal goal = goalId == null ? null : em.find(PlanGoal.class, goalId);
            if (goalId != null && (goal == null || !goal.planId.equals(plan.id))) {
                violations.add(new Violation("goalId", "body", "must be a goal of the same plan"));
            }
        }
        StrategyDtos.Strategy strategy = strategies.strategy(plan.strategyCode);
        List<Integer> actionNumbers = request.strategyActions() == null ? List.of() : request.strategyActions();
        for (Integer number : actionNumbers) {
            if (number == null || strategies.action(plan.strategyCode, number) == null) {
                violations.add(new Violation("strategyActions", "body", "must each be the number of an action of "
                        + plan.strategyCode + " (" + strategy.goals().stream().flatMap(g -> g.actions().stream())
                                .map(a -> String.valueOf(a.number())).reduce((a, b) -> a + ", " + b).orElse("") + ")"));
                break;
            }
        }
        List<Integer> goalNumbers = request.strategyGoals() == null ? List.of() : request.strategyGoals();
        for (Integer number : goalNumbers) {
            if (number == null || strategy.goals().stream().noneMatch(goal -> goal.number() == number)) {
                violations.add(new Violation("strategyGoals", "body", "must each be the number of a goal of "
                        + plan.strategyCode + " (1–" + strategy.goals().size() + ")"));
                break;
            }
        }
        List<String> recruitment = request.recruitmentStrategies() == null ? List.of() : request.recruitmentStrategies();
        for (String code : recruitment) {
            if (code == null || !strategies.isRecruitmentStrategy(code)) {
                violations.add(new Violation("recruitmentStrategies", "body",
                        "must each be a recruitment strategy code (see listRecruitmentStrategies)"));
                break;
            }
        }
        throwIfAny(violations, "The activity is not valid; nothing was stored.");
        activity.goalId = goalId;
        activity.title = request.title().trim();
        activity.description = blankToNull(request.description());
        activity.owner = blankToNull(request.owner());
        activity.startDate = request.startDate();
        activity.dueDate = request.dueDate();
        activity.status = request.status();
        activity.strategyActions = actionNumbers.stream().distinct().sorted().map(Integer::shortValue).toArray(Short[]::new);
        activity.strategyGoals = goalNumbers.stream().distinct().sorted().map(Integer::shortValue).toArray(Short[]::new);
        activity.recruitmentStrategies = recruitment.stream().distinct().toArray(String[]::new);
    }

    // --- Reading, with computed statuses ---------------------------------------------------------------------------------

    PlanView view(ActionPlan plan) {
        LocalDate today = today();
        List<PlanGoal> goals = goals(plan.id);
        List<PlanActivity> activities = em.createQuery(
                "FROM PlanActivity a WHERE a.planId = :plan ORDER BY a.dueDate NULLS LAST, a.title", PlanActivity.class)
                .setParameter("plan", plan.id).getResultList();
        Map<UUID, List<ProgressNote>> notes = new HashMap<>();
        if (!activities.isEmpty()) {
            em.createQuery("FROM ProgressNote n WHERE n.activityId IN :activities ORDER BY n.notedOn DESC, n.createdAt DESC",
                    ProgressNote.class).setParameter("activities", activities.stream().map(a -> a.id).toList())
                    .getResultList().forEach(note -> notes.computeIfAbsent(note.activityId, a -> new ArrayList<>()).add(note));
        }
        Map<UUID, Status> activityStatus = new HashMap<>();
        List<ActivityView> activityViews = new ArrayList<>();
        for (PlanActivity activity : activities) {
            Status status = activityStatus(activity, today);
            activityStatus.put(activity.id, status);
            activityViews.add(new ActivityView(activity.id.toString(),
                    activity.goalId == null ? null : activity.goalId.toString(), activity.title, activity.description,
                    activity.owner, activity.startDate, activity.dueDate, activity.status,
                    Arrays.stream(activity.strategyActions).map(Short::intValue).toList(),
                    Arrays.stream(activity.strategyGoals).map(Short::intValue).toList(),
                    List.of(activity.recruitmentStrategies), status.value,
                    notes.getOrDefault(activity.id, List.of()).stream().map(this::noteView).toList(),
                    activity.revision));
        }
        // Sub-goals first, so a goal's status can take its sub-goals'.
        Map<UUID, Status> goalStatus = new HashMap<>();
        Map<UUID, IndicatorView> indicators = new HashMap<>();
        List<PlanGoal> ordered = new ArrayList<>(goals);
        ordered.sort(Comparator.comparing(goal -> goal.parentId == null));
        for (PlanGoal goal : ordered) {
            IndicatorView indicator = indicator(plan, goal);
            indicators.put(goal.id, indicator);
            List<Status> parts = new ArrayList<>();
            activities.stream().filter(a -> goal.id.equals(a.goalId)).forEach(a -> parts.add(activityStatus.get(a.id)));
            goals.stream().filter(g -> goal.id.equals(g.parentId)).forEach(g -> parts.add(goalStatus.get(g.id)));
            goalStatus.put(goal.id, goalStatus(goal, indicator, parts, today));
        }
        List<GoalView> goalViews = goals.stream().map(goal -> new GoalView(goal.id.toString(),
                goal.parentId == null ? null : goal.parentId.toString(), goal.title, goal.description, goal.dueDate,
                indicators.get(goal.id), goalStatus.get(goal.id).value, goal.revision)).toList();
        return new PlanView(plan.id.toString(), plan.ownerLevel, plan.countyCode, plan.municipalityCode,
                ownerName(plan.ownerLevel, plan.countyCode, plan.municipalityCode), plan.strategyCode, plan.title,
                plan.description, plan.periodStart, plan.periodEnd, plan.revision, goalViews, activityViews);
    }

    /** The activity's status as of today; the rule is in the contract's PlanActivity. */
    static Status activityStatus(PlanActivity activity, LocalDate today) {
        if (activity.status.equals("done") || activity.status.equals("cancelled")) {
            return Status.DONE;
        }
        if (activity.dueDate != null && activity.dueDate.isBefore(today)) {
            return Status.LATE;
        }
        boolean notStarted = activity.status.equals("planned");
        if (notStarted && ((activity.startDate != null && activity.startDate.isBefore(today))
                || (activity.dueDate != null && !activity.dueDate.isAfter(today.plusDays(AT_RISK_DAYS))))) {
            return Status.AT_RISK;
        }
        return Status.ON_TRACK;
    }

    /** The goal's status from its indicator, its activities and sub-goals; the rule is in the contract's PlanGoal. */
    static Status goalStatus(PlanGoal goal, IndicatorView indicator, List<Status> parts, LocalDate today) {
        boolean measured = indicator != null && indicator.met() != null;
        Status status;
        if (measured && indicator.met()) {
            return Status.DONE;
        } else if (measured) {
            boolean yearOver = indicator.year() != null && today.getYear() > indicator.year();
            status = yearOver ? Status.LATE : "on_track".equals(indicator.targetStatus()) ? Status.ON_TRACK : Status.AT_RISK;
        } else if (!parts.isEmpty() && parts.stream().allMatch(part -> part == Status.DONE)) {
            return Status.DONE;
        } else {
            status = Status.ON_TRACK;
        }
        for (Status part : parts) {
            if (part.ordinal() < status.ordinal()) {
                status = part;
            }
        }
        if (goal.dueDate != null && goal.dueDate.isBefore(today)) {
            status = Status.LATE;
        }
        return status;
    }

    private IndicatorView indicator(ActionPlan plan, PlanGoal goal) {
        if (goal.indicatorKind == null) {
            return null;
        }
        if (goal.indicatorKind.equals("survey_question")) {
            SurveyAnswers.Value value = surveyAnswers.value(goal.questionnaireId, goal.questionId, plan.countyCode,
                    plan.municipalityCode);
            Boolean met = value.count() == 0 ? null
                    : (goal.questionMinValue == null || value.mean().compareTo(goal.questionMinValue) >= 0)
                            && (goal.questionMaxValue == null || value.mean().compareTo(goal.questionMaxValue) <= 0);
            return new IndicatorView("survey_question", null, null, null, null, null, met, null,
                    goal.questionnaireId.toString(), goal.questionId, goal.questionMinValue, goal.questionMaxValue,
                    value.mean(), value.count());
        }
        int year = goal.targetYear;
        if (goal.indicatorKind.equals("cost_target")) {
            // The goal was linked to an existing target, and targets are never deleted.
            TargetStatus status = targets.statusOf(plan.municipalityCode, goal.targetServiceArea, year);
            return IndicatorView.ofShare("cost_target", goal.targetServiceArea, year, status.maxShare(),
                    status.latestYear(), status.latestShare(),
                    status.status().equals("no_data") ? null : status.status().equals("met"), status.status());
        }
        NavigableMap<Integer, BigDecimal> byYear = shares.yearlyShares(plan.countyCode, plan.municipalityCode,
                goal.targetServiceArea).headMap(year, true);
        if (byYear.isEmpty()) {
            return IndicatorView.ofShare("kpi", goal.targetServiceArea, year, goal.targetMaxShare, null, null, null, null);
        }
        BigDecimal latest = byYear.lastEntry().getValue();
        return IndicatorView.ofShare("kpi", goal.targetServiceArea, year, goal.targetMaxShare, byYear.lastKey(), latest,
                latest.compareTo(goal.targetMaxShare) <= 0, null);
    }

    private ActivityView activityView(ActionPlan plan, UUID activityId) {
        em.flush();
        return view(plan).activities().stream().filter(a -> a.id().equals(activityId.toString())).findFirst()
                .orElseThrow();
    }

    private NoteView noteView(ProgressNote note) {
        return new NoteView(note.id.toString(), note.notedOn, note.text, note.authorLabel,
                note.createdAt.atOffset(ZoneOffset.UTC));
    }

    static StatusCounts counts(List<String> statuses) {
        return new StatusCounts((int) statuses.stream().filter("on_track"::equals).count(),
                (int) statuses.stream().filter("at_risk"::equals).count(),
                (int) statuses.stream().filter("late"::equals).count(),
                (int) statuses.stream().filter("done"::equals).count());
    }

    // --- Helpers --------------------------------------------------------------------------------------------------------

    ActionPlan plan(UUID id) {
        ActionPlan plan = em.find(ActionPlan.class, id);
        if (plan == null) {
            throw new NotFoundException("There is no action plan " + id + ".");
        }
        return plan;
    }

    /**
     * The plan, if the caller may write it: the coarse check first, so a stranger learns nothing of it. Every write to
     * a plan, its goals, activities or notes holds the plan's row lock until it commits, so writes to one plan happen
     * one after the other and each reads the rows as the one before left them (never a stale revision).
     */
    private ActionPlan editable(UUID id) {
        access.requirePlanEditor();
        ActionPlan plan = em.find(ActionPlan.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (plan == null) {
            throw new NotFoundException("There is no action plan " + id + ".");
        }
        access.requirePlanEditor(plan.ownerLevel, plan.countyCode, plan.municipalityCode);
        return plan;
    }

    /** A goal of the plan, read (and locked) after the plan's lock is held. */
    private PlanGoal goal(ActionPlan plan, UUID goalId) {
        PlanGoal goal = em.find(PlanGoal.class, goalId, LockModeType.PESSIMISTIC_WRITE);
        if (goal == null || !goal.planId.equals(plan.id)) {
            throw new NotFoundException("Plan " + plan.id + " has no goal " + goalId + ".");
        }
        return goal;
    }

    private PlanActivity activity(ActionPlan plan, UUID activityId) {
        PlanActivity activity = em.find(PlanActivity.class, activityId, LockModeType.PESSIMISTIC_WRITE);
        if (activity == null || !activity.planId.equals(plan.id)) {
            throw new NotFoundException("Plan " + plan.id + " has no activity " + activityId + ".");
        }
        return activity;
    }

    private List<PlanGoal> goals(UUID planId) {
        return em.createQuery("FROM PlanGoal g WHERE g.planId = :plan ORDER BY g.position", PlanGoal.class)
                .setParameter("plan", planId).getResultList();
    }

    private void touch(ActionPlan plan, String action, String what) {
        plan.updatedAt = clock.instant();
        em.flush();
        audit.record(action, "action_plan", plan.id, plan.municipalityCode, Changes.none().field("item", null, what));
    }

    /** The plan's fields whose stored value differs from the change: what a 412 names. */
    private static List<String> changed(ActionPlan plan, PlanChange change) {
        if (change == null) {
            return List.of();
        }
        return Differences.of()
                .check("title", change.title() == null ? null : plan.title, change.title() == null ? null : change.title().trim())
                .check("description", change.description() == null ? null : plan.description,
                        change.description() == null ? null : blankToNull(change.description()))
                .check("periodStart", change.periodStart() == null ? null : plan.periodStart, change.periodStart())
                .check("periodEnd", change.periodEnd() == null ? null : plan.periodEnd, change.periodEnd())
                .list();
    }

    private static List<String> changed(PlanGoal goal, GoalRequest request) {
        if (request == null) {
            return List.of();
        }
        return Differences.of().check("title", goal.title, request.title() == null ? null : request.title().trim())
                .check("description", goal.description, blankToNull(request.description()))
                .check("dueDate", goal.dueDate, request.dueDate())
                .check("parentId", goal.parentId == null ? null : goal.parentId.toString(), request.parentId())
                .check("indicator", goal.indicatorKind, request.indicator() == null ? null : request.indicator().kind())
                .list();
    }

    private static List<String> changed(PlanActivity activity, ActivityRequest request) {
        if (request == null) {
            return List.of();
        }
        return Differences.of().check("title", activity.title, request.title() == null ? null : request.title().trim())
                .check("description", activity.description, blankToNull(request.description()))
                .check("owner", activity.owner, blankToNull(request.owner()))
                .check("startDate", activity.startDate, request.startDate())
                .check("dueDate", activity.dueDate, request.dueDate())
                .check("status", activity.status, request.status())
                .check("goalId", activity.goalId == null ? null : activity.goalId.toString(), request.goalId())
                .list();
    }

    /** Checks an owner: level, and the county or municipality it names. */
    void checkOwner(String level, String county, String municipality) {
        if (level == null || !LEVELS.contains(level)) {
            throw new BadInputException("The owner is not valid.", List.of(
                    new Violation("ownerLevel", "body", "must be national, county or municipality")));
        }
        if (level.equals("county") && (county == null || !places.counties().containsKey(county))) {
            throw new BadInputException("The owner is not valid.", List.of(
                    new Violation("countyCode", "body", "must be a two-digit SCB county code for a county's plan")));
        }
        if (level.equals("municipality") && (municipality == null || places.municipality(municipality) == null)) {
            throw new BadInputException("The owner is not valid.", List.of(new Violation("municipalityCode", "body",
                    "must be a four-digit SCB municipality code for a municipality's plan")));
        }
    }

    String ownerName(String level, String county, String municipality) {
        return switch (level) {
            case "county" -> places.counties().get(county);
            case "municipality" -> places.municipality(municipality).name();
            default -> "Sverige";
        };
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), SWEDEN);
    }

    static void checkText(String text, String field, int max, boolean required, List<Violation> violations) {
        if (text == null || text.isBlank()) {
            if (required) {
                violations.add(new Violation(field, "body", "is required"));
            }
        } else if (text.length() > max) {
            violations.add(new Violation(field, "body", "must be at most " + max + " characters"));
        }
    }

    private static void checkPeriod(LocalDate start, LocalDate end, List<Violation> violations) {
        if (start == null) {
            violations.add(new Violation("periodStart", "body", "is required, a date"));
        }
        if (end == null) {
            violations.add(new Violation("periodEnd", "body", "is required, a date"));
        }
        if (start != null && end != null && end.isBefore(start)) {
            violations.add(new Violation("periodEnd", "body", "must not be before periodStart"));
        }
    }

    static UUID uuid(String text, String field, List<Violation> violations) {
        try {
            return UUID.fromString(text);
        } catch (IllegalArgumentException e) {
            violations.add(new Violation(field, "body", "must be an id (UUID)"));
            return null;
        }
    }

    static void throwIfAny(List<Violation> violations, String detail) {
        if (!violations.isEmpty()) {
            throw new BadInputException(detail, violations);
        }
    }

    static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.trim();
    }
}
