package se.kompetenslaget.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A profession or competence (yrkesgrupp), with its SSYK 2012 unit group where one exists. */
@Entity
@Table(name = "profession")
public class Profession {

    @Id
    public String code;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "ssyk_2012")
    public String ssyk2012;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
