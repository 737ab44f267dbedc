package se.kompetenslaget.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.Idempotency;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.common.PreconditionFailedException;
import se.kompetenslaget.common.PreconditionRequiredException;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.Definition.Text;
import se.kompetenslaget.survey.SurveyDtos.CampaignPage;
import se.kompetenslaget.survey.SurveyDtos.CampaignRequest;
import se.kompetenslaget.survey.SurveyDtos.CampaignView;
import se.kompetenslaget.survey.SurveyDtos.LocalizedDescription;
import se.kompetenslaget.survey.SurveyDtos.LocalizedTitle;
import se.kompetenslaget.survey.SurveyDtos.QuestionnairePage;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireRequest;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireSummary;
import se.kompetenslaget.survey.SurveyDtos.QuestionnaireView;
import se.kompetenslaget.survey.SurveyDtos.Status;
import se.kompetenslaget.survey.SurveyDtos.TemplateImportRequest;
import se.kompetenslaget.survey.SurveyDtos.TemplateView;
import se.kompetenslaget.survey.SurveyDtos.VersionInfo;
import se.kompetenslaget.survey.SurveyDtos.VersionView;

/** Campaigns and questionnaires: building, versions and the lifecycle draft → open → closed → archived. */
@ApplicationScoped
@Transactional
public class QuestionnaireService {

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final Definitions definitions;
    private final Places places;
    private final Templates templates;
    private final jakarta.validation.Validator validator;
    private final io.agroal.api.AgroalDataSource dataSource;
    private final Idempotency idempotency;

    public QuestionnaireService(EntityManager em, AccessPolicy access, AuditService audit, Clock clock,
            Definitions definitions, Places places, Templates templates, jakarta.validation.Validator validator,
            io.agroal.api.AgroalDataSource dataSource, Idempotency idempotency) {
        this.validator = validator;
        this.dataSource = dataSource;
        this.idempotency = idempotency;
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.definitions = definitions;
        this.places = places;
        this.templates = templates;
    }

    // --- Campaigns -------------------------------------------------------------------------------------

    public CampaignView createCampaign(CampaignRequest request, String idempotencyKey) {
        Caller caller = access.requireSurveyManager(request.ownerCountyCode());
        return once(caller, "campaign", idempotencyKey, request, CampaignView.class, () -> createCampaign(caller, request));
    }

    private CampaignView createCampaign(Caller caller, CampaignRequest request) {
        requireCounty(request.ownerCountyCode(), "ownerCountyCode");
        Campaign campaign = new Campaign();
        campaign.id = UUID.randomUUID();
        campaign.title = request.title().strip();
        campaign.description = request.description();
        campaign.ownerCountyCode = request.ownerCountyCode();
        campaign.createdAt = clock.instant();
        campaign.createdBy = caller.userId();
        em.persist(campaign);
        audit.record("create", "campaign", campaign.id, null, Changes.none()
                .field("title", null, campaign.title).field("ownerCountyCode", null, campaign.ownerCountyCode));
        return view(campaign);
    }

    public CampaignPage listCampaigns(PageRequest page) {
        access.requireSurveyReader();
        long total = em.createQuery("select count(c) from Campaign c", Long.class).getSingleResult();
        List<CampaignView> items = em.createQuery("from Campaign c order by c.createdAt desc, c.id", Campaign.class)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream().map(this::view).toList();
        return new CampaignPage(items, page.page(), page.size(), total, (int) ((total + page.size() - 1) / page.size()));
    }

    public CampaignView campaign(UUID id) {
        access.requireSurveyReader();
        return view(findCampaign(id));
    }

    /** A campaign's id, title and owner (null: national). */
    public record CampaignRef(UUID id, String title, String ownerCountyCode, Instant createdAt) {
    }

    /** The campaign, or 404. No access check: for callers that made their own. */
    public CampaignRef campaignRef(UUID id) {
        Campaign campaign = findCampaign(id);
        return new CampaignRef(campaign.id, campaign.title, campaign.ownerCountyCode, campaign.createdAt);
    }

    /** The campaigns a county owns, the latest first. No access check: for callers that made their own. */
    public List<CampaignRef> campaignsOwnedBy(String countyCode) {
        return em.createQuery("from Campaign c where c.ownerCountyCode = ?1 order by c.createdAt desc, c.id",
                Campaign.class).setParameter(1, countyCode).getResultList().stream()
                .map(c -> new CampaignRef(c.id, c.title, c.ownerCountyCode, c.createdAt)).toList();
    }

    Campaign findCampaign(UUID id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            throw new NotFoundException("There is no campaign " + id + ".");
        }
        return campaign;
    }

    private CampaignView view(Campaign campaign) {
        List<QuestionnaireSummary> questionnaires = em.createQuery(
                "from Questionnaire q where q.campaignId = ?1 order by q.createdAt, q.id", Questionnaire.class)
                .setParameter(1, campaign.id).getResultList().stream().map(QuestionnaireService::summary).toList();
        return new CampaignView(campaign.id, campaign.title, campaign.description, campaign.ownerCountyCode,
                campaign.createdAt, questionnaires, campaign.revision);
    }

    // --- Questionnaires --------------------------------------------------------------------------------

    public QuestionnaireView create(QuestionnaireRequest request, String idempotencyKey) {
        // Who may do this is decided before the body is judged, so a caller without the right learns nothing from it.
        Caller manager = access.requireSurveyManager();
        return once(manager, "questionnaire", idempotencyKey, request, QuestionnaireView.class,
                () -> createDraft(request, null));
    }

    /**
     * Runs a create once per Idempotency-Key (when one is sent): a retry with the same body gets the first answer and
     * creates nothing; the same key with another body is a 409. The key is claimed in this transaction, so a refused
     * create leaves no key behind, and a concurrent retry waits for the first answer.
     */
    private <T> T once(Caller caller, String kind, String key, Object request, Class<T> answerType,
            java.util.function.Supplier<T> create) {
        if (key == null) {
            return create.get();
        }
        String scope = (caller.tokenId() != null ? "token:" + caller.tokenId() : "user:" + caller.userId()) + " create "
                + kind;
        try (java.sql.Connection connection = dataSource.getConnection()) {
            T earlier = idempotency.claim(connection, scope, key, request, answerType);
            if (earlier != null) {
                return earlier;
            }
            T answer = create.get();
            idempotency.remember(connection, scope, key, answer);
            return answer;
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("Could not keep the Idempotency-Key", e);
        }
    }

    private QuestionnaireView createDraft(QuestionnaireRequest request, String templateKey) {
        access.requireSurveyManager();
        checkBody(request);
        Caller caller = access.requireSurveyManager(request.ownerCountyCode());
        List<Violation> violations = new ArrayList<>();
        checkSettings(request, request.ownerCountyCode(), null, violations);
        violations.addAll(definitions.validate(request.definition(), "definition"));
        if (!violations.isEmpty()) {
            throw new BadInputException("The questionnaire is not valid.", violations);
        }
        Instant now = clock.instant();
        Questionnaire questionnaire = new Questionnaire();
        questionnaire.id = UUID.randomUUID();
        questionnaire.ownerCountyCode = request.ownerCountyCode();
        questionnaire.status = Status.draft;
        questionnaire.currentVersion = 1;
        questionnaire.templateKey = templateKey;
        questionnaire.createdAt = now;
        questionnaire.createdBy = caller.userId();
        applySettings(questionnaire, request);
        questionnaire.updatedAt = now;
        em.persist(questionnaire);
        QuestionnaireVersion version = new QuestionnaireVersion();
        version.key = new QuestionnaireVersion.Key(questionnaire.id, 1);
        version.definition = definitions.write(request.definition());
        version.createdAt = now;
        em.persist(version);
        audit.record("create", "questionnaire", questionnaire.id, null, Changes.none()
                .field("title", null, questionnaire.titleSv).field("ownerCountyCode", null, questionnaire.ownerCountyCode)
                .field("campaignId", null, questionnaire.campaignId).field("templateKey", null, templateKey));
        em.flush();
        return view(questionnaire);
    }

    public List<TemplateView> templates() {
        access.requireSurveyReader();
        return templates.all().stream().map(Templates.Template::view).toList();
    }

    public QuestionnaireView importTemplate(String key, TemplateImportRequest request, String idempotencyKey) {
        Caller manager = access.requireSurveyManager();
        return once(manager, "questionnaire-from-template", idempotencyKey,
                java.util.Arrays.asList(key, request), QuestionnaireView.class, () -> importTemplate(key, request));
    }

    private QuestionnaireView importTemplate(String key, TemplateImportRequest request) {
        Templates.Template template = templates.find(key)
                .orElseThrow(() -> new NotFoundException("There is no questionnaire template " + key + "."));
        TemplateImportRequest settings = request == null ? new TemplateImportRequest(null, null, null) : request;
        return createDraft(new QuestionnaireRequest(
                new LocalizedTitle(template.title().sv(), template.title().en()),
                template.description() == null ? null
                        : new LocalizedDescription(template.description().sv(), template.description().en()),
                settings.campaignId(), settings.ownerCountyCode(), template.anonymous(), null, null,
                settings.prefillSourceId(), template.definition()), key);
    }

    public QuestionnairePage list(UUID campaignId, Status status, PageRequest page) {
        access.requireSurveyReader();
        String where = " where (?1 is null or q.campaignId = ?1) and (?2 is null or q.status = ?2)";
        long total = em.createQuery("select count(q) from Questionnaire q" + where, Long.class)
                .setParameter(1, campaignId).setParameter(2, status).getSingleResult();
        List<QuestionnaireSummary> items = em.createQuery("from Questionnaire q" + where
                + " order by q.createdAt desc, q.id", Questionnaire.class)
                .setParameter(1, campaignId).setParameter(2, status)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList().stream()
                .map(QuestionnaireService::summary).toList();
        return new QuestionnairePage(items, page.page(), page.size(), total,
                (int) ((total + page.size() - 1) / page.size()));
    }

    public QuestionnaireView get(UUID id) {
        access.requireSurveyReader();
        return view(find(id));
    }

    public VersionView version(UUID id, int number) {
        access.requireSurveyReader();
        find(id);
        QuestionnaireVersion version = em.find(QuestionnaireVersion.class, new QuestionnaireVersion.Key(id, number));
        if (version == null) {
            throw new NotFoundException("Questionnaire " + id + " has no version " + number + ".");
        }
        return new VersionView(number, version.createdAt, version.frozenAt,
                definitions.parse(version.definition, Definition.class));
    }

    /**
     * Replaces settings and definition. A draft's definition changes in place; once the questionnaire has been open a
     * changed definition becomes a new, frozen version, and answers already begun stay on theirs.
     */
    public QuestionnaireView update(UUID id, Integer ifMatch, QuestionnaireRequest request) {
        access.requireSurveyManager();
        Questionnaire questionnaire = lock(id);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        checkBody(request);
        requireCurrent(questionnaire, ifMatch, true);
        if (questionnaire.status == Status.archived) {
            throw new ConflictException("The questionnaire is archived and can no longer change.");
        }
        List<Violation> violations = new ArrayList<>();
        if (!Objects.equals(request.ownerCountyCode(), questionnaire.ownerCountyCode)) {
            violations.add(new Violation("ownerCountyCode", "body", "cannot change after creation"));
        }
        checkSettings(request, questionnaire.ownerCountyCode, questionnaire.id, violations);
        violations.addAll(definitions.validate(request.definition(), "definition"));
        if (!violations.isEmpty()) {
            throw new BadInputException("The questionnaire is not valid.", violations);
        }
        Instant now = clock.instant();
        Changes changes = Changes.none()
                .field("title", questionnaire.titleSv, request.title().sv())
                .field("opensAt", questionnaire.opensAt, request.opensAt())
                .field("closesAt", questionnaire.closesAt, request.closesAt())
                .field("campaignId", questionnaire.campaignId, request.campaignId())
                .field("anonymous", questionnaire.anonymous, Boolean.TRUE.equals(request.anonymous()));
        applySettings(questionnaire, request);
        QuestionnaireVersion current = currentVersion(questionnaire);
        String definition = definitions.write(request.definition());
        boolean changed = !definitions.json().valueToTree(definitions.parse(current.definition, Definition.class))
                .equals(definitions.json().valueToTree(request.definition()));
        if (changed && current.frozenAt == null) {
            current.definition = definition;
            changes.field("definition", "version " + current.key.version(), "version " + current.key.version() + " (edited)");
        } else if (changed) {
            QuestionnaireVersion next = new QuestionnaireVersion();
            next.key = new QuestionnaireVersion.Key(questionnaire.id, questionnaire.currentVersion + 1);
            next.definition = definition;
            next.createdAt = now;
            next.frozenAt = questionnaire.status == Status.draft ? null : now;
            em.persist(next);
            changes.field("currentVersion", questionnaire.currentVersion, next.key.version());
            questionnaire.currentVersion = next.key.version();
        }
        questionnaire.updatedAt = now;
        audit.record("update", "questionnaire", questionnaire.id, null, changes);
        em.flush();
        return view(questionnaire);
    }

    /** Moves the questionnaire through its lifecycle; opening freezes the current definition. */
    public QuestionnaireView transition(UUID id, Integer ifMatch, Status target) {
        access.requireSurveyManager();
        Questionnaire questionnaire = lock(id);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        requireCurrent(questionnaire, ifMatch, false);
        Status from = questionnaire.status;
        Instant now = clock.instant();
        switch (target) {
            case open -> {
                if (from != Status.draft && from != Status.closed) {
                    throw new ConflictException("Only a draft or a closed questionnaire can be opened; this one is " + from + ".");
                }
                if (questionnaire.closesAt != null && !questionnaire.closesAt.isAfter(now)) {
                    throw new ConflictException("The closing time has passed; move it before opening.");
                }
                QuestionnaireVersion version = currentVersion(questionnaire);
                List<Violation> violations = definitions.validate(
                        definitions.parse(version.definition, Definition.class), "definition");
                if (!violations.isEmpty()) {
                    throw new BadInputException("The questionnaire cannot be opened as it is.", violations);
                }
                if (version.frozenAt == null) {
                    version.frozenAt = now;
                }
            }
            case closed -> {
                if (from != Status.open) {
                    throw new ConflictException("Only an open questionnaire can be closed; this one is " + from + ".");
                }
            }
            case archived -> {
                if (from == Status.open || from == Status.archived) {
                    throw new ConflictException("Close the questionnaire before archiving it; it is " + from + ".");
                }
            }
            default -> throw new ConflictException("A questionnaire cannot go back to draft.");
        }
        questionnaire.status = target;
        questionnaire.updatedAt = now;
        audit.record(switch (target) { case open -> "open"; case closed -> "close"; default -> "archive"; }, "questionnaire", questionnaire.id, null,
                Changes.none().field("status", from.name(), target.name()));
        em.flush();
        return view(questionnaire);
    }

    Questionnaire find(UUID id) {
        Questionnaire questionnaire = em.find(Questionnaire.class, id);
        if (questionnaire == null) {
            throw new NotFoundException("There is no questionnaire " + id + ".");
        }
        return questionnaire;
    }

    /**
     * The questionnaire, locked until the transaction ends: loaded by the locking read itself, so the revision compared
     * with If-Match is the current one and no concurrent change can slip in before the write.
     */
    Questionnaire lock(UUID id) {
        Questionnaire questionnaire = em.find(Questionnaire.class, id, LockModeType.PESSIMISTIC_WRITE);
        if (questionnaire == null) {
            throw new NotFoundException("There is no questionnaire " + id + ".");
        }
        return questionnaire;
    }

    /** 412 when If-Match names another revision than the locked current one; 428 when required and absent. */
    private static void requireCurrent(Questionnaire questionnaire, Integer ifMatch, boolean required) {
        if (ifMatch == null) {
            if (required) {
                throw new PreconditionRequiredException("Send If-Match with the questionnaire's ETag as you loaded it, "
                        + "so no one else's change is overwritten.");
            }
            return;
        }
        if (ifMatch != questionnaire.revision) {
            throw new PreconditionFailedException("Someone else changed the questionnaire after you loaded it (revision "
                    + questionnaire.revision + ", yours " + ifMatch + "); nothing was changed. Reload it and redo the "
                    + "change.", questionnaire.revision, List.of());
        }
    }

    QuestionnaireVersion currentVersion(Questionnaire questionnaire) {
        return em.find(QuestionnaireVersion.class,
                new QuestionnaireVersion.Key(questionnaire.id, questionnaire.currentVersion));
    }

    private void checkSettings(QuestionnaireRequest request, String ownerCountyCode, UUID self,
            List<Violation> violations) {
        if (ownerCountyCode != null && !places.counties().containsKey(ownerCountyCode)) {
            violations.add(new Violation("ownerCountyCode", "body", "there is no county " + ownerCountyCode));
        }
        if (request.campaignId() != null) {
            Campaign campaign = em.find(Campaign.class, request.campaignId());
            if (campaign == null) {
                violations.add(new Violation("campaignId", "body", "there is no such campaign"));
            } else if (!Objects.equals(campaign.ownerCountyCode, ownerCountyCode)) {
                violations.add(new Violation("campaignId", "body", "the campaign belongs to another owner"));
            }
        }
        if (request.prefillSourceId() != null
                && (request.prefillSourceId().equals(self) || em.find(Questionnaire.class, request.prefillSourceId()) == null)) {
            violations.add(new Violation("prefillSourceId", "body", "there is no such other questionnaire"));
        }
        if (request.opensAt() != null && request.closesAt() != null && !request.closesAt().isAfter(request.opensAt())) {
            violations.add(new Violation("closesAt", "body", "must be after opensAt"));
        }
    }

    /** Bean validation of the request, run after the access check (the resource does not validate it up front). */
    private void checkBody(QuestionnaireRequest request) {
        if (request == null) {
            throw new BadInputException("Send the questionnaire as JSON.", List.of());
        }
        var violations = validator.validate(request);
        if (!violations.isEmpty()) {
            throw new BadInputException("The questionnaire is not valid.", violations.stream()
                    .map(v -> new Violation(v.getPropertyPath().toString(), "body", v.getMessage()))
                    .sorted(java.util.Comparator.comparing(Violation::field)).toList());
        }
    }

    private void requireCounty(String code, String field) {
        if (code != null && !places.counties().containsKey(code)) {
            throw new BadInputException("There is no county " + code + ".",
                    List.of(new Violation(field, "body", "there is no county " + code)));
        }
    }

    private static void applySettings(Questionnaire questionnaire, QuestionnaireRequest request) {
        questionnaire.titleSv = request.title().sv().strip();
        questionnaire.titleEn = blankToNull(request.title().en());
        questionnaire.descriptionSv = request.description() == null ? null : blankToNull(request.description().sv());
        questionnaire.descriptionEn = request.description() == null ? null : blankToNull(request.description().en());
        questionnaire.campaignId = request.campaignId();
        questionnaire.anonymous = Boolean.TRUE.equals(request.anonymous());
        questionnaire.opensAt = request.opensAt();
        questionnaire.closesAt = request.closesAt();
        questionnaire.prefillSourceId = request.prefillSourceId();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    static Text title(Questionnaire questionnaire) {
        return new Text(questionnaire.titleSv, questionnaire.titleEn);
    }

    static QuestionnaireSummary summary(Questionnaire q) {
        return new QuestionnaireSummary(q.id, q.campaignId, title(q), q.ownerCountyCode, q.status, q.anonymous,
                q.opensAt, q.closesAt, q.currentVersion, q.templateKey, q.createdAt, q.updatedAt, q.revision);
    }

    private QuestionnaireView view(Questionnaire q) {
        Map<Integer, Long> responses = new HashMap<>();
        em.createQuery("select r.version, count(r) from SurveyResponse r where r.questionnaireId = ?1 group by r.version",
                Object[].class).setParameter(1, q.id).getResultList()
                .forEach(row -> responses.put((Integer) row[0], (Long) row[1]));
        List<QuestionnaireVersion> versions = em.createQuery(
                "from QuestionnaireVersion v where v.key.questionnaireId = ?1 order by v.key.version",
                QuestionnaireVersion.class).setParameter(1, q.id).getResultList();
        List<VersionInfo> infos = versions.stream().map(v -> new VersionInfo(v.key.version(), v.createdAt, v.frozenAt,
                responses.getOrDefault(v.key.version(), 0L))).toList();
        QuestionnaireVersion current = versions.stream().filter(v -> v.key.version() == q.currentVersion).findFirst()
                .orElseThrow();
        Text description = q.descriptionSv == null ? null : new Text(q.descriptionSv, q.descriptionEn);
        return new QuestionnaireView(q.id, q.campaignId, title(q), description, q.ownerCountyCode, q.status,
                q.anonymous, q.opensAt, q.closesAt, q.prefillSourceId, q.currentVersion, infos, q.templateKey,
                definitions.parse(current.definition, Definition.class), q.createdAt, q.updatedAt, q.revision);
    }
}
