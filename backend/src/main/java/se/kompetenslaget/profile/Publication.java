package se.kompetenslaget.profile;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A publication in force: what an anonymous visitor may see of a municipality, county, the country or a campaign. */
@Entity
@Table(name = "publication")
public class Publication {

    @Id
    public UUID id;

    @Column(nullable = false)
    public String kind;

    @Column(name = "municipality_code")
    public String municipalityCode;

    @Column(name = "county_code")
    public String countyCode;

    public Integer year;

    @Column(name = "campaign_id")
    public UUID campaignId;

    @Column(name = "published_at", nullable = false)
    public Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    public String publishedBy;
}
