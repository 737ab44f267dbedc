package se.kompetenslaget.strategy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import se.kompetenslaget.common.CsvWriter;
import se.kompetenslaget.strategy.StrategyDtos.ActivityView;
import se.kompetenslaget.strategy.StrategyDtos.GoalView;
import se.kompetenslaget.strategy.StrategyDtos.PlanView;
import se.kompetenslaget.survey.ExportService;
import se.kompetenslaget.survey.ExportService.Table;

/**
 * A plan and its follow-up as a table: one row per activity, and one per goal without activities; shares and values as
 * numbers and dates as dates, so XLSX cells are typed and CSV follows its dialect.
 */
@ApplicationScoped
public class PlanExport {

    static final List<String> HEADER = List.of("mal", "delmal_till", "indikator", "malvarde", "senaste_varde",
            "mal_status", "aktivitet", "ansvarig", "start", "klar_senast", "framsteg", "aktivitet_status",
            "strategins_atgarder", "strategins_mal", "rekryteringsstrategier", "senaste_anteckning_datum",
            "senaste_anteckning");

    /** A file to send. */
    public record File(byte[] content, String mediaType, String name) {
    }

    private final PlanService plans;
    private final ExportService exports;

    public PlanExport(PlanService plans, ExportService exports) {
        this.plans = plans;
        this.exports = exports;
    }

    @Transactional
    public File export(UUID id, String format, CsvWriter.Dialect dialect) {
        PlanView plan = plans.get(id);
        Map<String, GoalView> goals = plan.goals().stream().collect(Collectors.toMap(GoalView::id, Function.identity()));
        List<List<Object>> rows = new ArrayList<>();
        for (ActivityView activity : plan.activities()) {
            rows.add(row(activity.goalId() == null ? null : goals.get(activity.goalId()), goals, activity));
        }
        for (GoalView goal : plan.goals()) {
            if (plan.activities().stream().noneMatch(activity -> goal.id().equals(activity.goalId()))) {
                rows.add(row(goal, goals, null));
            }
        }
        Table table = new Table("Handlingsplan", HEADER, rows);
        String name = "handlingsplan-" + plan.id().substring(0, 8);
        return format.equals("xlsx") ? new File(exports.xlsx(table), ExportService.XLSX, name + ".xlsx")
                : new File(exports.csv(table, dialect), CsvWriter.MEDIA_TYPE, name + ".csv");
    }

    private static List<Object> row(GoalView goal, Map<String, GoalView> goals, ActivityView activity) {
        List<Object> row = new ArrayList<>();
        row.add(goal == null ? "" : goal.title());
        row.add(goal == null || goal.parentId() == null ? "" : goals.get(goal.parentId()).title());
        StrategyDtos.IndicatorView indicator = goal == null ? null : goal.indicator();
        if (indicator == null) {
            row.addAll(List.of("", "", ""));
        } else if (indicator.kind().equals("survey_question")) {
            row.add("survey_question " + indicator.questionId());
            row.add((indicator.minValue() == null ? "" : text(indicator.minValue())) + "–"
                    + (indicator.maxValue() == null ? "" : text(indicator.maxValue())));
            row.add(indicator.latestValue());
        } else {
            row.add(indicator.kind() + (indicator.serviceArea() == null ? "" : " " + indicator.serviceArea()) + " "
                    + indicator.year());
            row.add(indicator.maxShare());
            row.add(indicator.latestShare());
        }
        row.add(goal == null ? "" : goal.status());
        row.add(activity == null ? "" : activity.title());
        row.add(activity == null ? "" : Objects.toString(activity.owner(), ""));
        row.add(activity == null ? null : activity.startDate());
        row.add(activity == null ? null : activity.dueDate());
        row.add(activity == null ? "" : activity.progress());
        row.add(activity == null ? "" : activity.status());
        row.add(activity == null ? "" : join(activity.strategyActions()));
        row.add(activity == null ? "" : join(activity.strategyGoals()));
        row.add(activity == null ? "" : String.join(", ", activity.recruitmentStrategies()));
        row.add(activity == null || activity.notes().isEmpty() ? null : activity.notes().get(0).notedOn());
        row.add(activity == null || activity.notes().isEmpty() ? "" : activity.notes().get(0).text());
        return row;
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static String join(List<Integer> numbers) {
        return numbers.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
