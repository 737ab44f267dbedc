package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** A goal (or sub-goal) of an action plan, optionally measured by an indicator. */
@Entity
@Table(name = "plan_goal")
public class PlanGoal {

    @Id
    public UUID id;

    @Column(name = "plan_id", nullable = false)
    public UUID planId;

    @Column(name = "parent_id")
    public UUID parentId;

    @Column(nullable = false)
    public int position;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "due_date")
    public LocalDate dueDate;

    @Column(name = "indicator_kind")
    public String indicatorKind;

    @Column(name = "target_service_area")
    public String targetServiceArea;

    @Column(name = "target_year")
    public Short targetYear;

    @Column(name = "target_max_share", precision = 5, scale = 2)
    public BigDecimal targetMaxShare;

    @Column(name = "questionnaire_id")
    public UUID questionnaireId;

    @Column(name = "question_id")
    public String questionId;

    @Column(name = "question_max_value")
    public BigDecimal questionMaxValue;

    @Column(name = "question_min_value")
    public BigDecimal questionMinValue;

    /** Counts changes; the ETag, checked against If-Match under a row lock. */
    @Version
    public int revision;
}
