package se.kompetenslaget.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/**
 * The answers given through one invitation: a draft until submitted, pinned to one version of the questionnaire.
 * Read-only here: every write goes through {@link ResponseRepository}.
 */
@Entity
@Immutable
@Table(name = "survey_response")
public class SurveyResponse {

    public static final String STARTED = "started";
    public static final String SUBMITTED = "submitted";

    @Id
    @Column(name = "invitation_id")
    public UUID invitationId;

    @Column(name = "questionnaire_id", nullable = false)
    public UUID questionnaireId;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(nullable = false)
    public int version;

    @Column(nullable = false)
    public String status;

    /** question id → answer, as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String answers;

    /** question id → the revision at which its answer last changed, as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(name = "answer_revisions", nullable = false, columnDefinition = "jsonb")
    public String answerRevisions;

    /** Counts saves; the ETag. Checked by hand against If-Match (not @Version: the client's value is compared). */
    @Column(nullable = false)
    public int revision;

    @Column(name = "started_at", nullable = false)
    public Instant startedAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(name = "submitted_at")
    public Instant submittedAt;

    @Column(name = "reopened_at")
    public Instant reopenedAt;

    @Column(name = "reopen_reason")
    public String reopenReason;

    public boolean isSubmitted() {
        return SUBMITTED.equals(status);
    }
}
