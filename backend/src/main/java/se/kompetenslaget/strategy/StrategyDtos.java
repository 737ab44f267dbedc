package se.kompetenslaget.strategy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the strategy, action plan and learning example API. */
public final class StrategyDtos {

    private StrategyDtos() {
    }

    // --- The strategy catalogue ------------------------------------------------------------------------------------

    @Schema(name = "StrategySummary", description = "A national strategy, without its goals.")
    public record StrategySummary(
            @Schema(required = true, examples = "skl-2018") String code,
            @Schema(required = true) String title,
            @Schema(required = true, examples = "SKL (nu SKR)") String publisher,
            @Schema(required = true) LocalDate publishedOn,
            @Schema(required = true, examples = "2019") int periodStart,
            @Schema(required = true, examples = "2021") int periodEnd) {
    }

    @Schema(name = "StrategyMeasure", description = """
            What the national level shall do (SKL ska) or the regional and local levels can do (Den regionala/lokala
            nivån kan), in the strategy's words. One measure may concern several levels.""")
    public record Measure(
            @Schema(required = true, type = SchemaType.ARRAY, implementation = StrategyLevel.class) List<String> levels,
            @Schema(required = true) String text) {
    }

    @Schema(name = "StrategyAction", description = "A numbered action of the strategy (numbered through all goals).")
    public record Action(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) List<Measure> measures) {
    }

    @Schema(name = "StrategyGoal", description = """
            A goal with its numbered actions and, where the strategy lists measures directly under the goal (goals 3
            and 4 of 2019–2021 have no numbered actions), those measures.""")
    public record Goal(
            @Schema(required = true, examples = "1") int number,
            @Schema(required = true) String title,
            @Schema(required = true) String description,
            @Schema(required = true) List<Action> actions,
            @Schema(required = true, description = "Measures directly under the goal, not under an action.")
            List<Measure> measures) {
    }

    @Schema(name = "Strategy", description = "A national strategy with its goals, actions and measures per level.")
    public record Strategy(
            @Schema(required = true, examples = "skl-2018") String code,
            @Schema(required = true) String title,
            @Schema(required = true) String publisher,
            @Schema(required = true) LocalDate publishedOn,
            @Schema(required = true) int periodStart,
            @Schema(required = true) int periodEnd,
            @Schema(required = true) List<Goal> goals) {
    }

    @Schema(name = "RecruitmentStrategy", description = "One of SKR's recruitment strategies.")
    public record RecruitmentStrategy(
            @Schema(required = true, examples = "bredda_rekryteringen") String code,
            @Schema(required = true, examples = "Bredda rekryteringen") String nameSv) {
    }

    @Schema(name = "RecruitmentStrategyList", description = "A version of the list of recruitment strategies.")
    public record RecruitmentStrategyList(
            @Schema(required = true, examples = "2018") String version,
            @Schema(required = true) String source,
            @Schema(required = true) List<RecruitmentStrategy> items) {
    }

    // --- Action plans ------------------------------------------------------------------------------------------------

    @Schema(name = "ActionPlanRequest", description = """
            A new action plan. ownerLevel national (administrators), county (countyCode; its coordinators) or
            municipality (municipalityCode; its editors).""")
    public record PlanRequest(
            @Schema(required = true, enumeration = { "national", "county", "municipality" }, examples = "municipality")
            String ownerLevel,
            @Schema(examples = "25") String countyCode,
            @Schema(examples = "2580") String municipalityCode,
            @Schema(description = "The strategy the plan follows; skl-2018 when absent.", examples = "skl-2018")
            String strategyCode,
            @Schema(required = true, maxLength = 200, examples = "Handlingsplan för stabil bemanning 2026–2028")
            String title,
            @Schema(maxLength = 4000) String description,
            @Schema(required = true, examples = "2026-01-01") LocalDate periodStart,
            @Schema(required = true, examples = "2028-12-31") LocalDate periodEnd) {
    }

    @Schema(name = "ActionPlanChange", description = "Changes to a plan: only the fields sent change.")
    public record PlanChange(
            @Schema(maxLength = 200) String title,
            @Schema(maxLength = 4000) String description,
            LocalDate periodStart,
            LocalDate periodEnd) {
    }

    @Schema(name = "PlanIndicatorRequest", description = """
            What measures a goal. cost_target: the plan's municipality's target (målvärde) for serviceArea (absent:
            all areas) and year, which must exist. kpi: the owner's hired-staff share (KPI KL_HIRED_SHARE, or
            KL_HIRED_SHARE_<AREA> with serviceArea) at most maxShare percent in year; the owner is the municipality,
            the county or the country. survey_question: a number question (questionId) of a questionnaire, answered
            between minValue and maxValue (either may be absent, not both); its value is the municipality's latest
            submitted answer, or for a county's or the national plan the mean of its municipalities' latest
            submitted answers.""")
    public record IndicatorRequest(
            @Schema(required = true, enumeration = { "cost_target", "kpi", "survey_question" }) String kind,
            @Schema(examples = "barn_unga") String serviceArea,
            @Schema(description = "For cost_target and kpi.", minimum = "2000", maximum = "2100", examples = "2027")
            Integer year,
            @Schema(description = "For kpi: the most the share may be, percent.", examples = "2.5")
            BigDecimal maxShare,
            @Schema(description = "For survey_question.") String questionnaireId,
            @Schema(description = "For survey_question: a number question's id.", examples = "cost_2016")
            String questionId,
            @Schema(description = "For survey_question: the least the answer may be.") BigDecimal minValue,
            @Schema(description = "For survey_question: the most the answer may be.") BigDecimal maxValue) {
    }

    @Schema(name = "PlanGoalRequest", description = "A goal, or (with parentId) a sub-goal, of a plan.")
    public record GoalRequest(
            @Schema(description = "The goal this is a sub-goal of.") String parentId,
            @Schema(required = true, maxLength = 200, examples = "Minska andelen inhyrd personal")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @Schema(maxLength = 4000) @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Schema(examples = "2027-12-31") LocalDate dueDate,
            IndicatorRequest indicator) {
    }

    @Schema(name = "PlanIndicator", description = """
            A goal's indicator with its latest value. cost_target and kpi: latestYear and latestShare, the last
            reported share up to the year; met when latestShare ≤ maxShare; targetStatus for a cost target as in
            TargetStatus. survey_question: latestValue (see PlanIndicatorRequest) from answersCount submitted
            answers; met when within minValue and maxValue.""")
    public record IndicatorView(
            @Schema(required = true, enumeration = { "cost_target", "kpi", "survey_question" }) String kind,
            String serviceArea,
            Integer year,
            BigDecimal maxShare,
            Integer latestYear,
            BigDecimal latestShare,
            @Schema(description = "Absent without data.") Boolean met,
            @Schema(enumeration = { "met", "on_track", "off_track", "no_data" }) String targetStatus,
            String questionnaireId,
            String questionId,
            BigDecimal minValue,
            BigDecimal maxValue,
            BigDecimal latestValue,
            Integer answersCount) {

        /** A cost target's or the KPI's indicator: a share against its maximum. */
        static IndicatorView ofShare(String kind, String serviceArea, int year, BigDecimal maxShare, Integer latestYear,
                BigDecimal latestShare, Boolean met, String targetStatus) {
            return new IndicatorView(kind, serviceArea, year, maxShare, latestYear, latestShare, met, targetStatus,
                    null, null, null, null, null, null);
        }
    }

    @Schema(name = "PlanGoal", description = """
            A goal of a plan with its computed status. status: done when its indicator is met, or (without an
            indicator with data) when it has activities or sub-goals and all are done; late when its due date has
            passed, or its indicator's year has ended unmet, or one of its activities or sub-goals is late; at_risk
            when its indicator is off track (unmet, and a cost target's trend does not reach it by its year; a KPI
            unmet) or one of its activities or sub-goals is at risk; on_track otherwise.""")
    public record GoalView(
            @Schema(required = true) String id,
            String parentId,
            @Schema(required = true) String title,
            String description,
            LocalDate dueDate,
            IndicatorView indicator,
            @Schema(required = true, enumeration = { "on_track", "at_risk", "late", "done" }) String status,
            @Schema(required = true, description = "Counts changes; the ETag of the goal. Send it in If-Match to change or delete it.")
            int revision) {
    }

    @Schema(name = "PlanActivityRequest", description = """
            An activity of a plan, linked to a goal, to numbered actions and (for goals without numbered actions)
            goals of the plan's strategy, and to recruitment strategies (2018 list).""")
    public record ActivityRequest(
            String goalId,
            @Schema(required = true, maxLength = 200, examples = "Introduktionsprogram för nya socialsekreterare")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @Schema(maxLength = 4000) @Size(max = 4000, message = "must be at most 4000 characters") String description,
            @Schema(maxLength = 200, examples = "Individ- och familjeomsorgen") @Size(max = 200, message = "must be at most 200 characters") String owner,
            @Schema(examples = "2026-02-01") LocalDate startDate,
            @Schema(examples = "2026-06-30") LocalDate dueDate,
            @Schema(required = true, enumeration = { "planned", "ongoing", "done", "cancelled" }, examples = "planned")
            String status,
            @Schema(description = "Numbers of the strategy's actions.", examples = "[1]") List<Integer> strategyActions,
            @Schema(description = "Numbers of the strategy's goals (for goals without numbered actions).")
            List<Integer> strategyGoals,
            @Schema(description = "Recruitment strategy codes.") List<String> recruitmentStrategies) {
    }

    @Schema(name = "ProgressNoteRequest", description = "A dated note on how an activity goes.")
    public record NoteRequest(
            @Schema(required = true, examples = "2026-03-15") @NotNull(message = "is required, a date") LocalDate notedOn,
            @Schema(required = true, maxLength = 4000, examples = "Första gruppen har börjat.")
            @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String text) {
    }

    @Schema(name = "ProgressNote", description = "A dated progress note.")
    public record NoteView(
            @Schema(required = true) String id,
            @Schema(required = true) LocalDate notedOn,
            @Schema(required = true) String text,
            @Schema(required = true) String author,
            @Schema(required = true) OffsetDateTime createdAt) {
    }

    @Schema(name = "PlanActivity", description = """
            An activity with its computed status (as of today in Sweden). status: done when done or cancelled; late
            when its due date has passed; at_risk when still planned after its start date, or due within 14 days and
            not started; on_track otherwise.""")
    public record ActivityView(
            @Schema(required = true) String id,
            String goalId,
            @Schema(required = true) String title,
            String description,
            String owner,
            LocalDate startDate,
            LocalDate dueDate,
            @Schema(required = true, enumeration = { "planned", "ongoing", "done", "cancelled" }) String progress,
            @Schema(required = true) List<Integer> strategyActions,
            @Schema(required = true) List<Integer> strategyGoals,
            @Schema(required = true) List<String> recruitmentStrategies,
            @Schema(required = true, enumeration = { "on_track", "at_risk", "late", "done" }) String status,
            @Schema(required = true) List<NoteView> notes,
            @Schema(required = true, description = "Counts changes; the ETag of the activity. Send it in If-Match to change or delete it.")
            int revision) {
    }

    @Schema(name = "StatusCounts", description = "How many goals or activities have each status.")
    public record StatusCounts(@Schema(required = true) int onTrack, @Schema(required = true) int atRisk,
            @Schema(required = true) int late, @Schema(required = true) int done) {
    }

    @Schema(name = "ActionPlanSummary", description = "A plan with how its goals and activities stand.")
    public record PlanSummary(
            @Schema(required = true) String id,
            @Schema(required = true, enumeration = { "national", "county", "municipality" }) String ownerLevel,
            String countyCode,
            String municipalityCode,
            @Schema(required = true, description = "The owner's name: Sverige (national), the county's or the "
                    + "municipality's.") String ownerName,
            @Schema(required = true) String strategyCode,
            @Schema(required = true) String title,
            @Schema(required = true) LocalDate periodStart,
            @Schema(required = true) LocalDate periodEnd,
            @Schema(required = true) StatusCounts goals,
            @Schema(required = true) StatusCounts activities,
            @Schema(required = true, description = "Counts changes; the ETag of the plan (its title, description and period). Send it in If-Match to change or delete the plan.")
            int revision) {
    }

    @Schema(name = "ActionPlan", description = "A plan with its goals and activities, each with its computed status.")
    public record PlanView(
            @Schema(required = true) String id,
            @Schema(required = true) String ownerLevel,
            String countyCode,
            String municipalityCode,
            @Schema(required = true) String ownerName,
            @Schema(required = true) String strategyCode,
            @Schema(required = true) String title,
            String description,
            @Schema(required = true) LocalDate periodStart,
            @Schema(required = true) LocalDate periodEnd,
            @Schema(required = true, description = "Counts changes of the plan's title, description and period (its "
                    + "goals and activities have their own); the ETag. Send it in If-Match to change or delete the plan.")
            int revision,
            @Schema(required = true) List<GoalView> goals,
            @Schema(required = true) List<ActivityView> activities) {
    }

    // --- Decisions ----------------------------------------------------------------------------------------------------

    @Schema(name = "ReductionDecisionRequest", description = "A municipality's decision to reduce its dependence on "
            + "staffing agencies.")
    public record DecisionRequest(
            @Schema(required = true, examples = "2026-03-10") @NotNull(message = "is required, a date") LocalDate decidedOn,
            @Schema(required = true, maxLength = 200, examples = "Socialnämnden") @NotBlank(message = "is required")
            @Size(max = 200, message = "must be at most 200 characters") String decisionBody,
            @Schema(maxLength = 200, examples = "SN 2026/45") @Size(max = 200, message = "must be at most 200 characters")
            String reference,
            @Schema(maxLength = 4000) @Size(max = 4000, message = "must be at most 4000 characters") String note) {
    }

    @Schema(name = "ReductionDecision", description = "A recorded decision.")
    public record DecisionView(
            @Schema(required = true) String id,
            @Schema(required = true) String municipalityCode,
            @Schema(required = true) LocalDate decidedOn,
            @Schema(required = true) String decisionBody,
            String reference,
            String note,
            @Schema(required = true) String recordedBy,
            @Schema(required = true) OffsetDateTime recordedAt) {
    }

    // --- Overview -----------------------------------------------------------------------------------------------------

    @Schema(name = "StrategyCountyOverview", description = "Per county: how many of its municipalities have decided "
            + "to reduce their dependence on staffing agencies, have an action plan and have a target (målvärde).")
    public record CountyOverview(
            @Schema(required = true, examples = "25") String countyCode,
            @Schema(required = true, examples = "Norrbottens län") String countyName,
            @Schema(required = true) int municipalities,
            @Schema(required = true) int decided,
            @Schema(required = true) int withPlan,
            @Schema(required = true) int withTarget) {
    }

    @Schema(name = "StrategyActionUse", description = "How many plan activities are linked to a strategy action.")
    public record ActionUse(
            @Schema(required = true) int number,
            @Schema(required = true) String title,
            @Schema(required = true) int activities) {
    }

    @Schema(name = "StrategyOverview", description = "The national (or one county's) picture of the strategy's use.")
    public record Overview(
            @Schema(required = true) List<CountyOverview> counties,
            @Schema(required = true, description = "The whole country, or the county selected.") CountyOverview total,
            @Schema(required = true, description = "The strategy's actions by number of activities, most first.")
            List<ActionUse> actions) {
    }

    // --- Learning examples ---------------------------------------------------------------------------------------------

    @Schema(name = "LearningExampleRequest", description = """
            What a municipality or county did and what came of it. ownerLevel municipality (municipalityCode) or
            county (countyCode). Published examples are found by everyone; drafts only by their owner's editors.""")
    public record ExampleRequest(
            @Schema(required = true, enumeration = { "county", "municipality" }, examples = "municipality")
            String ownerLevel,
            @Schema(examples = "25") String countyCode,
            @Schema(examples = "2580") String municipalityCode,
            @Schema(required = true, maxLength = 200, examples = "Egen bemanningspool i hemtjänsten")
            @NotBlank(message = "is required") @Size(max = 200, message = "must be at most 200 characters") String title,
            @Schema(required = true, maxLength = 20000, examples = "Vi byggde upp en egen pool.")
            @NotBlank(message = "is required") @Size(max = 20000, message = "must be at most 20000 characters") String body,
            @Schema(maxLength = 4000) @Size(max = 4000, message = "must be at most 4000 characters") String results,
            @Schema(maxLength = 400) @Size(max = 400, message = "must be at most 400 characters") String contact,
            List<String> serviceAreas,
            List<String> professions,
            List<String> recruitmentStrategies,
            LocalDate startedOn,
            LocalDate endedOn,
            @Schema(description = "Published: found by everyone.") Boolean published) {
    }

    @Schema(name = "LearningExample", description = "A learning example (lärande exempel).")
    public record ExampleView(
            @Schema(required = true) String id,
            @Schema(required = true) String ownerLevel,
            @Schema(required = true) String countyCode,
            String municipalityCode,
            @Schema(required = true) String ownerName,
            @Schema(required = true) String title,
            @Schema(required = true) String body,
            String results,
            String contact,
            @Schema(required = true) List<String> serviceAreas,
            @Schema(required = true) List<String> professions,
            @Schema(required = true) List<String> recruitmentStrategies,
            LocalDate startedOn,
            LocalDate endedOn,
            @Schema(required = true) boolean published,
            OffsetDateTime publishedAt,
            @Schema(required = true) int revision,
            @Schema(description = "In a search: how well it matches (PostgreSQL ts_rank_cd), highest first.")
            Double rank,
            @Schema(description = "In a search: where the words were found, with <b>…</b> around them.")
            String headline) {
    }

    @Schema(name = "LearningExamplePage", description = "A page of learning examples.")
    public record ExamplePage(@Schema(required = true) List<ExampleView> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
    }
}
