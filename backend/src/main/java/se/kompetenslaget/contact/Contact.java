package se.kompetenslaget.contact;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A municipality's contact person for surveys: whom invitations and reminders are e-mailed to. Personal data. */
@Entity
@Table(name = "municipality_contact")
public class Contact {

    @Id
    public UUID id;

    @Column(name = "municipality_code", nullable = false)
    public String municipalityCode;

    @Column(nullable = false)
    public String name;

    @Column(nullable = false)
    public String email;

    public String role;

    /** The service areas the person answers for; empty: all. */
    @JdbcTypeCode(SqlTypes.ARRAY)
    @Column(name = "service_areas", nullable = false)
    public String[] serviceAreas;

    @Column(nullable = false)
    public String language;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Column(nullable = false)
    public int version;
}
