package se.kompetenslaget.strategy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.NotFoundException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import se.kompetenslaget.strategy.StrategyDtos.Action;
import se.kompetenslaget.strategy.StrategyDtos.Goal;
import se.kompetenslaget.strategy.StrategyDtos.Measure;
import se.kompetenslaget.strategy.StrategyDtos.RecruitmentStrategy;
import se.kompetenslaget.strategy.StrategyDtos.RecruitmentStrategyList;
import se.kompetenslaget.strategy.StrategyDtos.Strategy;
import se.kompetenslaget.strategy.StrategyDtos.StrategySummary;

/** The strategies and recruitment strategy lists: reference data loaded by migrations, read once per code. */
@ApplicationScoped
public class StrategyCatalogue {

    /** The strategy a plan follows when it names none. */
    public static final String DEFAULT_STRATEGY = "skl-2018";
    /** The recruitment strategy list in use. */
    public static final String CURRENT_RECRUITMENT_LIST = "2018";

    private final AgroalDataSource dataSource;
    private final Map<String, Strategy> strategies = new ConcurrentHashMap<>();
    private final Map<String, RecruitmentStrategyList> lists = new ConcurrentHashMap<>();

    public StrategyCatalogue(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    public List<StrategySummary> strategies() {
        List<StrategySummary> all = new ArrayList<>();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT code, title, publisher, published_on, period_start, period_end
                          FROM strategy ORDER BY period_start DESC, code""");
                ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                all.add(new StrategySummary(rows.getString(1), rows.getString(2), rows.getString(3),
                        rows.getObject(4, java.time.LocalDate.class), rows.getInt(5), rows.getInt(6)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the strategies", e);
        }
        return all;
    }

    /** A strategy with its goals, actions and measures; 404 when there is none with the code. */
    public Strategy strategy(String code) {
        Strategy strategy = strategies.computeIfAbsent(code, this::load);
        if (strategy.goals() == null) {
            strategies.remove(code);
            throw new NotFoundException("There is no strategy with code " + code + ".");
        }
        return strategy;
    }

    public boolean exists(String code) {
        return strategies().stream().anyMatch(strategy -> strategy.code().equals(code));
    }

    /** The strategy's action, or null. */
    public Action action(String strategyCode, int number) {
        return strategy(strategyCode).goals().stream().flatMap(goal -> goal.actions().stream())
                .filter(action -> action.number() == number).findFirst().orElse(null);
    }

    public RecruitmentStrategyList recruitmentStrategies(String version) {
        RecruitmentStrategyList list = lists.computeIfAbsent(version, this::loadList);
        if (list.items().isEmpty()) {
            lists.remove(version);
            throw new NotFoundException("There is no recruitment strategy list " + version + ".");
        }
        return list;
    }

    public boolean isRecruitmentStrategy(String code) {
        return recruitmentStrategies(CURRENT_RECRUITMENT_LIST).items().stream().anyMatch(item -> item.code().equals(code));
    }

    private Strategy load(String code) {
        try (Connection connection = dataSource.getConnection()) {
            StrategySummary summary = null;
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT code, title, publisher, published_on, period_start, period_end FROM strategy WHERE code = ?""")) {
                query.setString(1, code);
                try (ResultSet row = query.executeQuery()) {
                    if (row.next()) {
                        summary = new StrategySummary(row.getString(1), row.getString(2), row.getString(3),
                                row.getObject(4, java.time.LocalDate.class), row.getInt(5), row.getInt(6));
                    }
                }
            }
            if (summary == null) {
                return new Strategy(code, null, null, null, 0, 0, null);
            }
            // goal → (action number or 0 for the goal itself) → measures, in the strategy's order
            Map<Integer, Map<Integer, List<Measure>>> measures = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT goal_number, coalesce(action_number, 0), levels, text FROM strategy_measure
                     WHERE strategy_code = ? ORDER BY position""")) {
                query.setString(1, code);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        measures.computeIfAbsent(rows.getInt(1), g -> new LinkedHashMap<>())
                                .computeIfAbsent(rows.getInt(2), a -> new ArrayList<>())
                                .add(new Measure(List.of((String[]) rows.getArray(3).getArray()), rows.getString(4)));
                    }
                }
            }
            Map<Integer, List<Action>> actions = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT goal_number, number, title, description FROM strategy_action
                     WHERE strategy_code = ? ORDER BY number""")) {
                query.setString(1, code);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int goal = rows.getInt(1);
                        int number = rows.getInt(2);
                        actions.computeIfAbsent(goal, g -> new ArrayList<>()).add(new Action(number, rows.getString(3),
                                rows.getString(4), measures.getOrDefault(goal, Map.of()).getOrDefault(number, List.of())));
                    }
                }
            }
            List<Goal> goals = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT number, title, description FROM strategy_goal WHERE strategy_code = ? ORDER BY number""")) {
                query.setString(1, code);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        int number = rows.getInt(1);
                        goals.add(new Goal(number, rows.getString(2), rows.getString(3),
                                actions.getOrDefault(number, List.of()),
                                measures.getOrDefault(number, Map.of()).getOrDefault(0, List.of())));
                    }
                }
            }
            return new Strategy(summary.code(), summary.title(), summary.publisher(), summary.publishedOn(),
                    summary.periodStart(), summary.periodEnd(), List.copyOf(goals));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read strategy " + code, e);
        }
    }

    private RecruitmentStrategyList loadList(String version) {
        List<RecruitmentStrategy> items = new ArrayList<>();
        String source = null;
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT r.code, r.name_sv, l.source FROM recruitment_strategy r
                          JOIN recruitment_strategy_list l ON l.version = r.list_version
                         WHERE r.list_version = ? ORDER BY r.position""")) {
            query.setString(1, version);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    items.add(new RecruitmentStrategy(rows.getString(1), rows.getString(2)));
                    source = rows.getString(3);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the recruitment strategies", e);
        }
        return new RecruitmentStrategyList(version, source, List.copyOf(items));
    }
}
