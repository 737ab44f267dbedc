package se.kompetenslaget.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A respondent link made for one e-mail, kept only as a hash; it opens its invitation's draft. */
@Entity
@Table(name = "invitation_link")
public class MailedLink {

    @Id
    @Column(name = "link_hash")
    public String linkHash;

    @Column(name = "invitation_id", nullable = false)
    public UUID invitationId;

    @Column(name = "outbox_id")
    public UUID outboxId;

    @Column(name = "issued_at", nullable = false)
    public Instant issuedAt;
}
