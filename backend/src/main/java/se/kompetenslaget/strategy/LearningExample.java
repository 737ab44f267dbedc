package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A learning example; its search vector is a generated column, not mapped here. */
@Entity
@Table(name = "learning_example")
public class LearningExample {

    @Id
    public UUID id;

    @Column(name = "owner_level", nullable = false)
    public String ownerLevel;

    @Column(name = "county_code", nullable = false)
    public String countyCode;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(nullable = false)
    public String title;

    @Column(nullable = false)
    public String body;

    public String results;

    public String contact;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_areas", nullable = false, columnDefinition = "text[]")
    public String[] serviceAreas;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(nullable = false, columnDefinition = "text[]")
    public String[] professions;

    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "recruitment_strategies", nullable = false, columnDefinition = "text[]")
    public String[] recruitmentStrategies;

    @Column(name = "started_on")
    public LocalDate startedOn;

    @Column(name = "ended_on")
    public LocalDate endedOn;

    @Column(nullable = false)
    public boolean published;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "created_by_label", nullable = false)
    public String createdByLabel;

    @Version
    public int revision;
}
