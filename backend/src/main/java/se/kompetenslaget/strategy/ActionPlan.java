package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.OptimisticLock;

/** An action plan of the national level, a county or a municipality, for a period. */
@Entity
@Table(name = "action_plan")
public class ActionPlan {

    @Id
    public UUID id;

    @Column(name = "owner_level", nullable = false)
    public String ownerLevel;

    @Column(name = "county_code")
    public String countyCode;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "strategy_code")
    public String strategyCode;

    @Column(nullable = false)
    public String title;

    public String description;

    @Column(name = "period_start", nullable = false)
    public LocalDate periodStart;

    @Column(name = "period_end", nullable = false)
    public LocalDate periodEnd;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by_label", nullable = false)
    public String createdByLabel;

    /** Touched by changes to goals, activities and notes too; those have their own revisions, so not this one's. */
    @OptimisticLock(excluded = true)
    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;
}
