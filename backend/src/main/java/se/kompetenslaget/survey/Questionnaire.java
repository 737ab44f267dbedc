package se.kompetenslaget.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;
import se.kompetenslaget.survey.SurveyDtos.Status;

/** A questionnaire: its settings and lifecycle; its definitions are in {@link QuestionnaireVersion}. */
@Entity
@Table(name = "questionnaire")
public class Questionnaire {

    @Id
    public UUID id;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "title_sv", nullable = false)
    public String titleSv;

    @Column(name = "title_en")
    public String titleEn;

    @Column(name = "description_sv")
    public String descriptionSv;

    @Column(name = "description_en")
    public String descriptionEn;

    @Column(name = "template_key")
    public String templateKey;

    @Column(name = "owner_county_code")
    public String ownerCountyCode;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public Status status;

    @Column(nullable = false)
    public boolean anonymous;

    @Column(name = "opens_at")
    public Instant opensAt;

    @Column(name = "closes_at")
    public Instant closesAt;

    @Column(name = "current_version", nullable = false)
    public int currentVersion;

    @Column(name = "prefill_source_id")
    public UUID prefillSourceId;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public int revision;

    /** Accepting answers: open, and not past its closing time. */
    public boolean acceptsAnswers(Instant now) {
        return status == Status.open && (closesAt == null || now.isBefore(closesAt))
                && (opensAt == null || !now.isBefore(opensAt));
    }
}
