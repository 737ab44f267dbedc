package se.kompetenslaget.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A Swedish county (län), identified by its two-digit SCB code. */
@Entity
@Table(name = "county")
public class County {

    @Id
    @Column(length = 2)
    public String code;

    @Column(nullable = false)
    public String name;
}
