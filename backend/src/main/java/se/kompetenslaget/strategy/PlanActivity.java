package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** An activity of an action plan, linked to strategy actions or goals and recruitment strategies. */
@Entity
@Table(name = "plan_activity")
public class PlanActivity {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "goal_id")
    public UUID goalId;

    @Column(nullable = false)
    public String title;

    public String description;

    public String owner;

    @Column(name = "start_date")
    public LocalDate startDate;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(nullable = false)
    public String status;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "strategy_actions", nullable = false, columnDefinition = "smallint[]")
    public Short[] strategyActions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "strategy_goals", nullable = false, columnDefinition = "smallint[]")
    public Short[] strategyGoals;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recruitment_strategies", nullable = false, columnDefinition = "text[]")
    public String[] recruitmentStrategies;

    /** Counts changes; the ETag, checked against If-Match under a row lock. */
    @Version
    public int revision;
}
