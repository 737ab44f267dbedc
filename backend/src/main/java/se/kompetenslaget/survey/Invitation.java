package se.kompetenslaget.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One municipality invited to answer one questionnaire, through a respondent link kept only as a hash. */
@Entity
@Table(name = "invitation")
public class Invitation {

    @Id
    public UUID id;

    @Column(name = "questionnaire_id", nullable = false)
    public UUID questionnaireId;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(name = "link_hash", nullable = false)
    public String linkHash;

    @Column(name = "link_issued_at", nullable = false)
    public Instant linkIssuedAt;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "created_by")
    public UUID createdBy;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Whom to ask about the answers: given by the respondent, shown to coordinators, never part of the answers. */
    @Column(name = "contact_name")
    public String contactName;

    @Column(name = "contact_email")
    public String contactEmail;

    @Column(name = "contact_phone")
    public String contactPhone;

    @Column(name = "contact_updated_at")
    public Instant contactUpdatedAt;
}
