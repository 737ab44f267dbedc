package se.kompetenslaget.strategy;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.catalogue.Catalogue;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.Differences;
import se.kompetenslaget.common.IfMatch;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.strategy.StrategyDtos.ExamplePage;
import se.kompetenslaget.strategy.StrategyDtos.ExampleRequest;
import se.kompetenslaget.strategy.StrategyDtos.ExampleView;

/**
 * Learning examples: written and published by a municipality or county, found by everyone once published with a
 * Swedish full-text search (PostgreSQL's swedish configuration, so "rekrytering" finds "rekryteringen"), ranked.
 */
@ApplicationScoped
public class ExampleService {

    /** Search and filters; the caller's drafts are included for the owners they may edit. */
    private static final String SEARCH = """
            SELECT id, ts_rank_cd(search, query) AS rank,
                   ts_headline('swedish', body, query, 'MaxFragments=2, MaxWords=25, MinWords=10') AS headline,
                   count(*) OVER () AS total
              FROM learning_example, websearch_to_tsquery('swedish', coalesce(?, '')) AS query
             WHERE (? = '' OR search @@ query)
               AND (?::text IS NULL OR ? = ANY (recruitment_strategies))
               AND (?::text IS NULL OR ? = ANY (service_areas))
               AND (?::text IS NULL OR county_code = ?)
               AND (published OR id = ANY (?::uuid[]))
             ORDER BY %s
             LIMIT ? OFFSET ?""";

    private final AccessPolicy access;
    private final EntityManager em;
    private final AgroalDataSource dataSource;
    private final Catalogue catalogue;
    private final StrategyCatalogue strategies;
    private final Places places;
    private final PlanService plans;
    private final AuditService audit;
    private final Clock clock;

    public ExampleService(AccessPolicy access, EntityManager em, AgroalDataSource dataSource, Catalogue catalogue,
            StrategyCatalogue strategies, Places places, PlanService plans, AuditService audit, Clock clock) {
        this.access = access;
        this.em = em;
        this.dataSource = dataSource;
        this.catalogue = catalogue;
        this.strategies = strategies;
        this.places = places;
        this.plans = plans;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public ExampleView create(ExampleRequest request) {
        access.requirePlanEditor();
        if (request == null) {
            throw invalid("title", "is required");
        }
        String county = ownerCounty(request);
        plans.checkOwner(request.ownerLevel(), county, request.municipalityCode());
        if (request.ownerLevel().equals("national")) {
            throw invalid("ownerLevel", "must be county or municipality");
        }
        Caller caller = access.requirePlanEditor(request.ownerLevel(), county, request.municipalityCode());
        LearningExample example = new LearningExample();
        example.id = UUID.randomUUID();
        example.ownerLevel = request.ownerLevel();
        example.countyCode = county;
        example.municipalityCode = request.ownerLevel().equals("municipality") ? request.municipalityCode() : null;
        example.createdAt = clock.instant();
        example.createdByLabel = caller.label();
        apply(example, request);
        em.persist(example);
        em.flush();
        audit.record("create", "learning_example", example.id, example.municipalityCode,
                Changes.none().field("title", null, example.title).field("published", null, example.published));
        return view(example, null, null);
    }

    @Transactional
    public ExampleView update(UUID id, String ifMatch, ExampleRequest request) {
        access.requirePlanEditor();
        // Locked before it is read: a concurrent writer waits, then reads what the first one committed.
        LearningExample example = em.find(LearningExample.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (example == null) {
            throw new NotFoundException("There is no learning example " + id + ".");
        }
        access.requirePlanEditor(example.ownerLevel, example.countyCode, example.municipalityCode);
        IfMatch.check(ifMatch, example.revision, "The learning example", changed(example, request));
        if (request == null) {
            throw invalid("title", "is required");
        }
        boolean wasPublished = example.published;
        apply(example, request);
        em.flush();
        audit.record("update", "learning_example", example.id, example.municipalityCode,
                Changes.none().field("title", null, example.title).field("published", wasPublished, example.published));
        return view(example, null, null);
    }

    @Transactional
    public ExampleView get(UUID id) {
        Caller caller = access.requireFigureReader();
        LearningExample example = find(id);
        if (!example.published && !caller.mayEditPlansOf(example.ownerLevel, example.countyCode, example.municipalityCode)) {
            // A draft is its owner's alone: to anyone else it does not exist.
            throw new NotFoundException("There is no learning example " + id + ".");
        }
        return view(example, null, null);
    }

    /**
     * The example as {@link #get} shows it, or empty when it is gone or the caller may not see it (someone else's
     * draft).
     */
    @Transactional
    public Optional<ExampleView> visible(UUID id) {
        Caller caller = access.requireFigureReader();
        LearningExample example = em.find(LearningExample.class, id);
        if (example == null || !example.published
                && !caller.mayEditPlansOf(example.ownerLevel, example.countyCode, example.municipalityCode)) {
            return Optional.empty();
        }
        return Optional.of(view(example, null, null));
    }

    /** Published examples (and the caller's own drafts) matching the words and filters, best match first. */
    @Transactional
    public ExamplePage search(String q, String recruitmentStrategy, String serviceArea, String county, PageRequest page) {
        Caller caller = access.requireFigureReader();
        List<Violation> violations = new ArrayList<>();
        if (recruitmentStrategy != null && !strategies.isRecruitmentStrategy(recruitmentStrategy)) {
            violations.add(new Violation("recruitmentStrategy", "query", "must be a recruitment strategy code"));
        }
        if (serviceArea != null && !catalogue.isServiceArea(serviceArea)) {
            violations.add(new Violation("serviceArea", "query", "must be a service area code"));
        }
        if (county != null && !places.counties().containsKey(county)) {
            violations.add(new Violation("county", "query", "must be a two-digit SCB county code"));
        }
        PlanService.throwIfAny(violations, "The search is not valid.");
        String words = q == null ? "" : q.trim();
        // The caller's own drafts, found too, so an owner can find what they have not published yet.
        List<UUID> drafts = em.createQuery("FROM LearningExample e WHERE e.published = false", LearningExample.class)
                .getResultStream()
                .filter(e -> caller.mayEditPlansOf(e.ownerLevel, e.countyCode, e.municipalityCode))
                .map(e -> e.id).toList();
        Map<UUID, Object[]> found = new HashMap<>();
        List<UUID> order = new ArrayList<>();
        long total = 0;
        String orderBy = words.isEmpty() ? "coalesce(published_at, updated_at) DESC, title" : "rank DESC, title";
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(SEARCH.formatted(orderBy))) {
            Array draftIds = connection.createArrayOf("uuid", drafts.toArray());
            int p = 1;
            query.setString(p++, words);
            query.setString(p++, words);
            query.setString(p++, recruitmentStrategy);
            query.setString(p++, recruitmentStrategy);
            query.setString(p++, serviceArea);
            query.setString(p++, serviceArea);
            query.setString(p++, county);
            query.setString(p++, county);
            query.setArray(p++, draftIds);
            query.setInt(p++, page.size());
            query.setInt(p, page.offset());
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    UUID id = rows.getObject(1, UUID.class);
                    order.add(id);
                    found.put(id, new Object[] { words.isEmpty() ? null : rows.getDouble(2),
                            words.isEmpty() ? null : rows.getString(3) });
                    total = rows.getLong(4);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not search the learning examples", e);
        }
        List<ExampleView> items = order.stream().map(id -> view(em.find(LearningExample.class, id),
                (Double) found.get(id)[0], (String) found.get(id)[1])).toList();
        int totalPages = (int) ((total + page.size() - 1) / page.size());
        return new ExamplePage(items, page.page(), page.size(), total, totalPages);
    }

    private void apply(LearningExample example, ExampleRequest request) {
        // The texts' form is checked by Bean Validation on ExampleRequest; here what needs the catalogues.
        List<Violation> violations = new ArrayList<>();
        List<String> areas = request.serviceAreas() == null ? List.of() : request.serviceAreas();
        if (areas.stream().anyMatch(code -> code == null || !catalogue.isServiceArea(code))) {
            violations.add(new Violation("serviceAreas", "body", "must each be a service area code"));
        }
        List<String> professions = request.professions() == null ? List.of() : request.professions();
        if (professions.stream().anyMatch(code -> code == null || !catalogue.isProfession(code))) {
            violations.add(new Violation("professions", "body", "must each be a profession code"));
        }
        List<String> tags = request.recruitmentStrategies() == null ? List.of() : request.recruitmentStrategies();
        if (tags.stream().anyMatch(code -> code == null || !strategies.isRecruitmentStrategy(code))) {
            violations.add(new Violation("recruitmentStrategies", "body", "must each be a recruitment strategy code"));
        }
        if (request.startedOn() != null && request.endedOn() != null && request.endedOn().isBefore(request.startedOn())) {
            violations.add(new Violation("endedOn", "body", "must not be before startedOn"));
        }
        PlanService.throwIfAny(violations, "The learning example is not valid; nothing was stored.");
        example.title = request.title().trim();
        example.body = request.body().trim();
        example.results = PlanService.blankToNull(request.results());
        example.contact = PlanService.blankToNull(request.contact());
        example.serviceAreas = areas.stream().distinct().toArray(String[]::new);
        example.professions = professions.stream().distinct().toArray(String[]::new);
        example.recruitmentStrategies = tags.stream().distinct().toArray(String[]::new);
        example.startedOn = request.startedOn();
        example.endedOn = request.endedOn();
        boolean publish = Boolean.TRUE.equals(request.published());
        if (publish && !example.published) {
            example.publishedAt = clock.instant();
        }
        example.published = publish;
        if (!publish) {
            example.publishedAt = null;
        }
        example.updatedAt = clock.instant();
    }

    private ExampleView view(LearningExample example, Double rank, String headline) {
        return new ExampleView(example.id.toString(), example.ownerLevel, example.countyCode, example.municipalityCode,
                plans.ownerName(example.ownerLevel, example.countyCode, example.municipalityCode), example.title,
                example.body, example.results, example.contact, List.of(example.serviceAreas),
                List.of(example.professions), List.of(example.recruitmentStrategies), example.startedOn,
                example.endedOn, example.published,
                example.publishedAt == null ? null : example.publishedAt.atOffset(ZoneOffset.UTC), example.revision,
                rank, headline);
    }

    private LearningExample find(UUID id) {
        LearningExample example = em.find(LearningExample.class, id);
        if (example == null) {
            throw new NotFoundException("There is no learning example " + id + ".");
        }
        return example;
    }

    /** The fields whose stored value differs from the request: what a 412 names. */
    private static List<String> changed(LearningExample example, ExampleRequest request) {
        if (request == null) {
            return List.of();
        }
        return Differences.of().check("title", example.title, request.title() == null ? null : request.title().trim())
                .check("body", example.body, request.body() == null ? null : request.body().trim())
                .check("results", example.results, PlanService.blankToNull(request.results()))
                .check("contact", example.contact, PlanService.blankToNull(request.contact()))
                .check("startedOn", example.startedOn, request.startedOn())
                .check("endedOn", example.endedOn, request.endedOn())
                .check("published", example.published, Boolean.TRUE.equals(request.published()))
                .list();
    }

    /** The owner's county: given for a county's example, the municipality's county for a municipality's. */
    private String ownerCounty(ExampleRequest request) {
        if ("municipality".equals(request.ownerLevel()) && request.municipalityCode() != null
                && places.municipality(request.municipalityCode()) != null) {
            return places.municipality(request.municipalityCode()).countyCode();
        }
        return request.countyCode();
    }

    private static BadInputException invalid(String field, String message) {
        return new BadInputException("The learning example is not valid; nothing was stored.",
                List.of(new Violation(field, "body", message)));
    }
}
