package se.kompetenslaget.municipality;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** A Swedish municipality (kommun), identified by its four-digit SCB code. */
@Entity
@Table(name = "municipality")
public class Municipality {

    @Id
    @Column(length = 4)
    public String code;

    @Column(nullable = false)
    public String name;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "county_code", nullable = false)
    public County county;

    public Integer population;
}
