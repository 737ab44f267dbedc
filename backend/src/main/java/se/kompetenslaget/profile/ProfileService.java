package se.kompetenslaget.profile;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Predicate;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Scope;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.catalogue.CatalogueDtos.ServiceAreaView;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.cost.CostDtos.TargetStatus;
import se.kompetenslaget.cost.ShareService;
import se.kompetenslaget.cost.TargetService;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.profile.ProfileDtos.AreaTrend;
import se.kompetenslaget.profile.ProfileDtos.CampaignSummary;
import se.kompetenslaget.profile.ProfileDtos.CountyProfile;
import se.kompetenslaget.profile.ProfileDtos.Dashboard;
import se.kompetenslaget.profile.ProfileDtos.MunicipalityProfile;
import se.kompetenslaget.profile.ProfileDtos.MunicipalityRef;
import se.kompetenslaget.profile.ProfileDtos.MunicipalityShareRow;
import se.kompetenslaget.profile.ProfileDtos.OpenQuestionnaire;
import se.kompetenslaget.profile.ProfileDtos.ProfileSurvey;
import se.kompetenslaget.profile.ProfileDtos.SharePoint;
import se.kompetenslaget.strategy.FollowUpService;
import se.kompetenslaget.strategy.PlanService;
import se.kompetenslaget.survey.QuestionnaireService;
import se.kompetenslaget.survey.ResultService;
import se.kompetenslaget.survey.ResultService.Participation;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireSummary;
import se.kompetenslaget.survey.SurveyDtos.Status;

/**
 * The profiles of a municipality and a county, joined from what the cost, survey and strategy services know, and the
 * administrators' dashboard. A caller without a grant to read figures sees only what is published.
 */
@ApplicationScoped
@Transactional
public class ProfileService {

    private final AccessPolicy access;
    private final Places places;
    private final Catalogue catalogue;
    private final ShareService shares;
    private final TargetService targets;
    private final ResultService results;
    private final QuestionnaireService questionnaires;
    private final FollowUpService followUp;
    private final PlanService plans;
    private final PublicationRepository publications;
    private final PublicationService publicationService;
    private final Clock clock;

    public ProfileService(AccessPolicy access, Places places, Catalogue catalogue, ShareService shares,
            TargetService targets, ResultService results, QuestionnaireService questionnaires, FollowUpService followUp,
            PlanService plans, PublicationRepository publications, PublicationService publicationService, Clock clock) {
        this.access = access;
        this.places = places;
        this.catalogue = catalogue;
        this.shares = shares;
        this.targets = targets;
        this.results = results;
        this.questionnaires = questionnaires;
        this.followUp = followUp;
        this.plans = plans;
        this.publications = publications;
        this.publicationService = publicationService;
        this.clock = clock;
    }

    /** Which years' figures the caller may see: every year (null) for those who may read figures, else the published. */
    private record Visible(Set<Integer> municipality, Set<Integer> county, Set<Integer> country) {

        static final Visible ALL = new Visible(null, null, null);

        static boolean shows(Set<Integer> years, int year) {
            return years == null || years.contains(year);
        }
    }

    /** A person signed in, or a token with the read scope: may read every figure, as the share endpoints allow. */
    private boolean readsFigures(Caller caller) {
        return caller.isAuthenticated() && caller.userId() != null && caller.allows(Scope.READ);
    }

    public MunicipalityProfile municipality(String code) {
        Place place = places.municipality(code);
        if (place == null) {
            throw new NotFoundException("There is no municipality with code " + code + ".");
        }
        Caller caller = access.caller();
        boolean all = readsFigures(caller);
        Set<Integer> published = publications.years(PublicationService.MUNICIPALITY_YEAR, code);
        Visible visible = all ? Visible.ALL : new Visible(published,
                publications.years(PublicationService.COUNTY_YEAR, place.countyCode()),
                publications.years(PublicationService.NATIONAL_YEAR, null));
        List<AreaTrend> trends = trends(code, place.countyCode(), visible);
        List<TargetStatus> targetList = targets.statusesOf(code).stream()
                .filter(target -> all || target.latestYear() != null && published.contains(target.latestYear()))
                .map(target -> all ? target : new TargetStatus(target.serviceArea(), target.year(), target.maxShare(),
                        target.latestYear(), target.latestShare(), target.gap(), null, target.status(),
                        target.revision()))
                .toList();
        ProfileSurvey survey = survey(caller, List.of(code), place.countyCode(), code);
        return new MunicipalityProfile(place.code(), place.name(), place.countyCode(), place.countyName(), !all,
                List.copyOf(published), trends, targetList, survey, all ? followUp.decisions(code) : null,
                all ? plans.list("municipality", null, code) : null,
                publicationService.list(code, null, null));
    }

    public CountyProfile county(String code) {
        String name = places.counties().get(code);
        if (name == null) {
            throw new NotFoundException("There is no county with code " + code + ".");
        }
        Caller caller = access.caller();
        boolean all = readsFigures(caller);
        Set<Integer> published = publications.years(PublicationService.COUNTY_YEAR, code);
        Visible visible = all ? Visible.ALL : new Visible(Set.of(), published,
                publications.years(PublicationService.NATIONAL_YEAR, null));
        List<AreaTrend> trends = trends(null, code, visible);
        List<String> members = places.all().values().stream().filter(p -> p.countyCode().equals(code))
                .map(Place::code).toList();
        List<MunicipalityShareRow> rows = new ArrayList<>();
        for (String member : members) {
            Set<Integer> memberYears = all ? null : publications.years(PublicationService.MUNICIPALITY_YEAR, member);
            TreeMap<Integer, BigDecimal> byYear = shares.yearlyShares(null, member, null);
            Map.Entry<Integer, BigDecimal> latest = byYear.descendingMap().entrySet().stream()
                    .filter(entry -> Visible.shows(memberYears, entry.getKey())).findFirst().orElse(null);
            boolean memberPublished = latest != null && publications.years(PublicationService.MUNICIPALITY_YEAR, member)
                    .contains(latest.getKey());
            rows.add(new MunicipalityShareRow(member, places.municipality(member).name(),
                    latest == null ? null : latest.getKey(), latest == null ? null : latest.getValue(), memberPublished));
        }
        rows.sort((a, b) -> places.municipality(a.code()).name().compareTo(places.municipality(b.code()).name()));
        List<CampaignSummary> campaigns = null;
        if (caller.mayCoordinateCounty(code) && caller.mayReadSurveys()) {
            Set<UUID> publishedCampaigns = publications.campaigns();
            campaigns = questionnaires.campaignsOwnedBy(code).stream().map(campaign -> new CampaignSummary(
                    campaign.id(), campaign.title(), campaign.createdAt(), publishedCampaigns.contains(campaign.id()),
                    results.campaignRates(campaign.id(), results.filter(null, null)).invitations())).toList();
        }
        return new CountyProfile(code, name, !all, List.copyOf(published), trends, rows,
                survey(caller, members, code, null), campaigns, publicationService.list(null, code, null));
    }

    /** The share per year, all areas together and per service area, of the municipality (if any), county and country. */
    private List<AreaTrend> trends(String municipalityCode, String countyCode, Visible visible) {
        List<AreaTrend> trends = new ArrayList<>();
        trends.add(trend(null, "Alla verksamhetsområden", "All service areas", municipalityCode, countyCode, visible));
        for (ServiceAreaView area : catalogue.serviceAreas()) {
            AreaTrend trend = trend(area.code(), area.nameSv(), area.nameEn(), municipalityCode, countyCode, visible);
            if (!trend.points().isEmpty()) {
                trends.add(trend);
            }
        }
        return trends;
    }

    private AreaTrend trend(String area, String nameSv, String nameEn, String municipalityCode, String countyCode,
            Visible visible) {
        TreeMap<Integer, BigDecimal> own = municipalityCode == null ? new TreeMap<>()
                : shares.yearlyShares(null, municipalityCode, area);
        TreeMap<Integer, BigDecimal> county = shares.yearlyShares(countyCode, null, area);
        TreeMap<Integer, BigDecimal> country = shares.yearlyShares(null, null, area);
        // The years shown are the subject's own: the municipality's on its profile, the county's on the county's.
        Set<Integer> years = new TreeSet<>(municipalityCode == null ? county.keySet() : own.keySet());
        List<SharePoint> points = new ArrayList<>();
        for (int year : years) {
            BigDecimal m = Visible.shows(visible.municipality(), year) ? own.get(year) : null;
            BigDecimal c = Visible.shows(visible.county(), year) ? county.get(year) : null;
            BigDecimal n = Visible.shows(visible.country(), year) ? country.get(year) : null;
            if (m != null || c != null) {
                points.add(new SharePoint(year, m, c, n));
            }
        }
        return new AreaTrend(area, nameSv, nameEn, points);
    }

    /**
     * The latest competence matrix the municipalities answered that the caller may see: a published campaign's, or any
     * the caller may read results of. {@code own}: the municipality whose own answers to show, if any.
     */
    private ProfileSurvey survey(Caller caller, List<String> municipalities, String countyCode, String own) {
        Set<UUID> publishedCampaigns = publications.campaigns();
        for (Participation taken : results.participation(municipalities)) {
            boolean published = taken.campaignId() != null && publishedCampaigns.contains(taken.campaignId());
            Predicate<String> readable = code -> published || caller.mayReadSurveys()
                    && caller.maySeeSurveyAnswersOf(taken.ownerCountyCode(), code);
            boolean visible = own != null ? readable.test(own) : municipalities.stream().anyMatch(readable);
            if (!visible) {
                continue;
            }
            return new ProfileSurvey(taken.questionnaireId(), taken.campaignId(), taken.title(),
                    taken.lastSubmittedAt(), published,
                    own == null || taken.anonymous() ? null
                            : results.matrixRanking(taken.questionnaireId(), code -> code.equals(own)),
                    results.matrixRanking(taken.questionnaireId(),
                            code -> code.startsWith(countyCode) && readable.test(code)));
        }
        return null;
    }

    /** What needs an administrator's attention: open questionnaires and who has not reported last year's costs. */
    public Dashboard dashboard() {
        access.requireAdmin();
        List<OpenQuestionnaire> open = new ArrayList<>();
        int page = 1;
        while (true) {
            var listed = questionnaires.list(null, Status.open, new PageRequest(page, PageRequest.MAX_SIZE));
            for (QuestionnaireSummary questionnaire : listed.items()) {
                open.add(new OpenQuestionnaire(questionnaire.id(), questionnaire.title(), questionnaire.campaignId(),
                        questionnaire.ownerCountyCode(), questionnaire.closesAt(),
                        results.questionnaireRates(questionnaire.id(), results.filter(null, null)).total()));
            }
            if (page >= listed.totalPages()) {
                break;
            }
            page++;
        }
        int year = clock.instant().atZone(ZoneId.of("Europe/Stockholm")).getYear() - 1;
        Set<String> reporting = shares.reportingMunicipalities(year);
        List<MunicipalityRef> missing = places.all().values().stream().filter(p -> !reporting.contains(p.code()))
                .map(p -> new MunicipalityRef(p.code(), p.name(), p.countyCode())).toList();
        return new Dashboard(open, year, missing, places.all().size());
    }
}
