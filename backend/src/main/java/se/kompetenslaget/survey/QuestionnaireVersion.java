package se.kompetenslaget.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** One definition of a questionnaire; frozen once the questionnaire has been open. */
@Entity
@Table(name = "questionnaire_version")
public class QuestionnaireVersion {

    @EmbeddedId
    public Key key;

    /** The definition as JSON text. */
    @JdbcTypeCode(SqlTypes.JSON)
    @Column(nullable = false, columnDefinition = "jsonb")
    public String definition;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "frozen_at")
    public Instant frozenAt;

    @Embeddable
    public record Key(@Column(name = "questionnaire_id") UUID questionnaireId, @Column(name = "version") int version)
            implements Serializable {
    }
}
