package se.kompetenslaget.strategy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A dated note on how an activity goes. */
@Entity
@Table(name = "progress_note")
public class ProgressNote {

    @Id
    public UUID id;

    @Column(name = "activity_id", nullable = false)
    public UUID activityId;

    @Column(name = "noted_on", nullable = false)
    public LocalDate notedOn;

    @Column(nullable = false)
    public String text;

    @Column(name = "author_label", nullable = false)
    public String authorLabel;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;
}
