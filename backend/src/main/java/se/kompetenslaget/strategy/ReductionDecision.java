package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A municipality's decision to reduce its dependence on staffing agencies. */
@Entity
@Table(name = "reduction_decision")
public class ReductionDecision {

    @Id
    public UUID id;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "decided_on", nullable = false)
    public LocalDate decidedOn;

    @Column(name = "decision_body", nullable = false)
    public String decisionBody;

    public String reference;

    public String note;

    @Column(name = "recorded_by_label", nullable = false)
    public String recordedByLabel;

    @Column(name = "recorded_at", nullable = false)
    public Instant recordedAt;
}
