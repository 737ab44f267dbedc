package se.kompetenslaget.catalogue;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A service area (verksamhetsområde), e.g. barn och unga under individ- och familjeomsorg. */
@Entity
@Table(name = "service_area")
public class ServiceArea {

    @Id
    public String code;

    @Column(name = "parent_code")
    public String parentCode;

    @Column(name = "name_sv", nullable = false)
    public String nameSv;

    @Column(name = "name_en", nullable = false)
    public String nameEn;

    @Column(name = "sort_order", nullable = false)
    public int sortOrder;

    @Column(name = "valid_from", nullable = false)
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;
}
