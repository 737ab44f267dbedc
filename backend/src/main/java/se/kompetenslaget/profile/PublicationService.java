package se.kompetenslaget.profile;

import io.quarkus.security.ForbiddenException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.ViolationCode;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.profile.ProfileDtos.PublicationRequest;
import se.kompetenslaget.profile.ProfileDtos.PublicationView;
import se.kompetenslaget.survey.QuestionnaireService;
import se.kompetenslaget.survey.QuestionnaireService.CampaignRef;

/**
 * The publish step: what an anonymous visitor may see. A municipality's editors publish its figures of a year, a
 * county's coordinators the county's, administrators the country's, and a campaign's managers its survey results;
 * each publication and withdrawal is audited.
 */
@ApplicationScoped
@Transactional
public class PublicationService {

    static final String MUNICIPALITY_YEAR = "municipality_year";
    static final String COUNTY_YEAR = "county_year";
    static final String NATIONAL_YEAR = "national_year";
    static final String CAMPAIGN = "campaign";

    private final PublicationRepository publications;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Places places;
    private final QuestionnaireService questionnaires;
    private final Clock clock;

    public PublicationService(PublicationRepository publications, AccessPolicy access, AuditService audit,
            Places places, QuestionnaireService questionnaires, Clock clock) {
        this.publications = publications;
        this.access = access;
        this.audit = audit;
        this.places = places;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** The publications in force, optionally of one municipality, county or campaign; public. */
    public List<PublicationView> list(String municipalityCode, String countyCode, UUID campaignId) {
        return publications.search(municipalityCode, countyCode, campaignId).stream().map(this::view).toList();
    }

    public PublicationView publish(PublicationRequest request) {
        Caller caller = access.requireSession();
        if (request == null) {
            throw new BadInputException("Send what to publish.", List.of(new Violation("kind", "body", "is required",
                    ViolationCode.REQUIRED)));
        }
        requireShape(request);
        String kind = request.kind();
        String countyCode = request.countyCode();
        String municipalityCode = request.municipalityCode();
        if (municipalityCode != null && places.municipality(municipalityCode) == null) {
            throw new NotFoundException("There is no municipality with code " + municipalityCode + ".");
        }
        if (countyCode != null && !places.counties().containsKey(countyCode)) {
            throw new NotFoundException("There is no county with code " + countyCode + ".");
        }
        CampaignRef campaign = request.campaignId() == null ? null : questionnaires.campaignRef(request.campaignId());
        requireMayPublish(caller, kind, municipalityCode, countyCode, campaign);
        if (publications.findSubject(kind, municipalityCode, countyCode, request.year(), request.campaignId())
                .isPresent()) {
            throw new ConflictException("This is already published; nothing was changed.");
        }
        Publication publication = new Publication();
        publication.id = UUID.randomUUID();
        publication.kind = kind;
        publication.municipalityCode = municipalityCode;
        publication.countyCode = countyCode;
        publication.year = request.year();
        publication.campaignId = request.campaignId();
        publication.publishedAt = clock.instant();
        publication.publishedBy = caller.label();
        publications.persist(publication);
        publications.flush();
        audit.record("publish", "publication", publication.id, municipalityCode, subject(publication, false));
        return view(publication);
    }

    public void withdraw(UUID id) {
        Caller caller = access.requireSession();
        Publication publication = publications.findByIdOptional(id)
                .orElseThrow(() -> new NotFoundException("There is no publication " + id + "."));
        CampaignRef campaign = publication.campaignId == null ? null
                : questionnaires.campaignRef(publication.campaignId);
        requireMayPublish(caller, publication.kind, publication.municipalityCode, publication.countyCode, campaign);
        publications.delete(publication);
        audit.record("withdraw", "publication", publication.id, publication.municipalityCode,
                subject(publication, true));
    }

    /** Each kind names exactly its subject: a municipality, county or campaign, and a year for figures. */
    private static void requireShape(PublicationRequest request) {
        List<Violation> violations = new ArrayList<>();
        String kind = request.kind();
        Set<String> required = switch (kind) {
            case MUNICIPALITY_YEAR -> Set.of("municipalityCode", "year");
            case COUNTY_YEAR -> Set.of("countyCode", "year");
            case NATIONAL_YEAR -> Set.of("year");
            default -> Set.of("campaignId");
        };
        check(violations, required, "municipalityCode", request.municipalityCode());
        check(violations, required, "countyCode", request.countyCode());
        check(violations, required, "year", request.year());
        check(violations, required, "campaignId", request.campaignId());
        if (!violations.isEmpty()) {
            throw new BadInputException("The publication is not valid; nothing was stored.", violations);
        }
    }

    private static void check(List<Violation> violations, Set<String> required, String field, Object value) {
        if (required.contains(field) && value == null) {
            violations.add(new Violation(field, "body", "is required for this kind", ViolationCode.REQUIRED));
        } else if (!required.contains(field) && value != null) {
            violations.add(new Violation(field, "body", "must be absent for this kind", ViolationCode.NOT_ALLOWED));
        }
    }

    private static void requireMayPublish(Caller caller, String kind, String municipalityCode, String countyCode,
            CampaignRef campaign) {
        switch (kind) {
            case MUNICIPALITY_YEAR -> {
                if (!caller.mayEditMunicipality(municipalityCode)) {
                    throw new ForbiddenException("You may not publish or withdraw the figures of municipality "
                            + municipalityCode + ".");
                }
            }
            case COUNTY_YEAR -> {
                if (!caller.mayCoordinateCounty(countyCode)) {
                    throw new ForbiddenException("You may not publish or withdraw the figures of county " + countyCode
                            + ".");
                }
            }
            case NATIONAL_YEAR -> {
                if (!caller.isAdmin()) {
                    throw new ForbiddenException("Only an administrator can publish or withdraw the country's figures.");
                }
            }
            default -> {
                if (!caller.mayManageSurveys(campaign.ownerCountyCode())) {
                    throw new ForbiddenException("You may not publish or withdraw the results of campaign "
                            + campaign.id() + ".");
                }
            }
        }
    }

    private static Changes subject(Publication publication, boolean withdrawn) {
        Changes changes = Changes.none();
        changes.field("kind", withdrawn ? publication.kind : null, withdrawn ? null : publication.kind);
        if (publication.countyCode != null) {
            changes.field("countyCode", withdrawn ? publication.countyCode : null,
                    withdrawn ? null : publication.countyCode);
        }
        if (publication.year != null) {
            changes.field("year", withdrawn ? publication.year : null, withdrawn ? null : publication.year);
        }
        if (publication.campaignId != null) {
            changes.field("campaignId", withdrawn ? publication.campaignId : null,
                    withdrawn ? null : publication.campaignId);
        }
        return changes;
    }

    private PublicationView view(Publication publication) {
        Place municipality = publication.municipalityCode == null ? null
                : places.municipality(publication.municipalityCode);
        String campaignTitle = publication.campaignId == null ? null
                : questionnaires.campaignRef(publication.campaignId).title();
        return new PublicationView(publication.id, publication.kind, publication.municipalityCode,
                municipality == null ? null : municipality.name(), publication.countyCode,
                publication.countyCode == null ? null : places.counties().get(publication.countyCode),
                publication.year, publication.campaignId, campaignTitle, publication.publishedAt);
    }
}
