package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Secrets;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.PageRequest;
import se.kompetenslaget.municipality.Places.Place;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.SurveyDtos.FollowUpRule;
import se.kompetenslaget.survey.SurveyDtos.InvitationLink;
import se.kompetenslaget.survey.SurveyDtos.InvitationPage;
import se.kompetenslaget.survey.SurveyDtos.InvitationRequest;
import se.kompetenslaget.survey.SurveyDtos.InvitationStatus;
import se.kompetenslaget.survey.SurveyDtos.InvitationView;
import se.kompetenslaget.survey.SurveyDtos.InvitationsCreated;
import se.kompetenslaget.survey.SurveyDtos.ReopenRequest;
import se.kompetenslaget.survey.SurveyDtos.ResponseView;
import se.kompetenslaget.survey.SurveyDtos.Status;

/** Sending questionnaires to municipalities, respondent links, following up who has answered, reopening. */
@ApplicationScoped
@Transactional
public class InvitationService {

    static final String LINK_KIND = "kls";
    static final String RESPONDENT_PATH = "/respond/";

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final Places places;
    private final Definitions definitions;
    private final QuestionnaireService questionnaires;
    private final ResponseRepository responses;
    private final MailingService mailings;

    public InvitationService(EntityManager em, AccessPolicy access, AuditService audit, Clock clock, Places places,
            Definitions definitions, QuestionnaireService questionnaires, ResponseRepository responses,
            MailingService mailings) {
        this.em = em;
        this.mailings = mailings;
        this.responses = responses;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.places = places;
        this.definitions = definitions;
        this.questionnaires = questionnaires;
    }

    /** One invitation with its answer's state, as listed. */
    record Row(Invitation invitation, SurveyResponse response) {

        InvitationStatus status() {
            if (invitation.revokedAt != null) {
                return InvitationStatus.revoked;
            }
            if (response == null) {
                return InvitationStatus.not_started;
            }
            return response.isSubmitted() ? InvitationStatus.submitted : InvitationStatus.started;
        }
    }

    public InvitationsCreated invite(UUID questionnaireId, InvitationRequest request) {
        Caller caller = access.requireSurveyManager();
        // Locked, so concurrent invitations to one questionnaire queue up instead of colliding on a municipality.
        Questionnaire questionnaire = questionnaires.lock(questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        if (questionnaire.status == Status.closed || questionnaire.status == Status.archived) {
            throw new ConflictException("The questionnaire is " + questionnaire.status + "; open it again to invite more.");
        }
        Set<String> targets = targets(questionnaire, request);
        Set<String> invited = new HashSet<>(em.createQuery(
                "select i.municipalityCode from Invitation i where i.questionnaireId = ?1", String.class)
                .setParameter(1, questionnaireId).getResultList());
        Instant now = clock.instant();
        List<InvitationLink> links = new ArrayList<>();
        int already = 0;
        for (String code : targets) {
            if (invited.contains(code)) {
                already++;
                continue;
            }
            Invitation invitation = new Invitation();
            invitation.id = UUID.randomUUID();
            invitation.questionnaireId = questionnaireId;
            invitation.municipalityCode = code;
            invitation.createdAt = now;
            invitation.createdBy = caller.userId();
            links.add(issueLink(invitation, now));
            em.persist(invitation);
        }
        audit.record("invite", "questionnaire", questionnaireId, null, Changes.none()
                .field("target", null, request.target().name())
                .field("invited", null, links.stream().map(InvitationLink::municipalityCode).toList()));
        if (request.email() != null && !links.isEmpty()) {
            if (questionnaire.status != Status.open) {
                throw new ConflictException("Only an open questionnaire's invitations and reminders can be e-mailed.");
            }
            em.flush();
            mailings.queueForNewInvitations(questionnaire, request.email(),
                    new HashSet<>(links.stream().map(InvitationLink::municipalityCode).toList()));
        }
        return new InvitationsCreated(links.size(), already, links);
    }

    private InvitationLink issueLink(Invitation invitation, Instant now) {
        String token = Secrets.newSecret(LINK_KIND);
        invitation.linkHash = Secrets.sha256(token);
        invitation.linkIssuedAt = now;
        Place place = places.municipality(invitation.municipalityCode);
        return new InvitationLink(invitation.id, invitation.municipalityCode, place.name(), token, RESPONDENT_PATH + token);
    }

    private Set<String> targets(Questionnaire questionnaire, InvitationRequest request) {
        Map<String, Place> all = places.all();
        Set<String> targets = new LinkedHashSet<>();
        List<Violation> violations = new ArrayList<>();
        switch (request.target()) {
            case all -> all.values().stream()
                    .filter(p -> questionnaire.ownerCountyCode == null || p.countyCode().equals(questionnaire.ownerCountyCode))
                    .forEach(p -> targets.add(p.code()));
            case county -> {
                if (request.countyCode() == null || !places.counties().containsKey(request.countyCode())) {
                    violations.add(new Violation("countyCode", "body", "name an existing county"));
                } else {
                    all.values().stream().filter(p -> p.countyCode().equals(request.countyCode()))
                            .forEach(p -> targets.add(p.code()));
                }
            }
            case municipalities -> {
                if (request.municipalityCodes() == null || request.municipalityCodes().isEmpty()) {
                    violations.add(new Violation("municipalityCodes", "body", "name at least one municipality"));
                } else {
                    for (int i = 0; i < request.municipalityCodes().size(); i++) {
                        String code = request.municipalityCodes().get(i);
                        if (!all.containsKey(code)) {
                            violations.add(new Violation("municipalityCodes[" + i + "]", "body",
                                    "there is no municipality " + code));
                        }
                        targets.add(code);
                    }
                }
            }
            case follow_up -> targets.addAll(followUp(request.followUp(), violations));
            default -> violations.add(new Violation("target", "body", "unknown target"));
        }
        if (questionnaire.ownerCountyCode != null && violations.isEmpty()) {
            targets.stream().filter(code -> !code.startsWith(questionnaire.ownerCountyCode)).findFirst()
                    .ifPresent(code -> violations.add(new Violation("target", "body", "municipality " + code
                            + " is outside county " + questionnaire.ownerCountyCode + ", which runs this questionnaire")));
        }
        if (!violations.isEmpty()) {
            throw new BadInputException("Whom to invite is not clear.", violations);
        }
        return targets;
    }

    /** The municipalities whose submitted answer meets the rule. */
    private List<String> followUp(FollowUpRule rule, List<Violation> violations) {
        if (rule == null) {
            violations.add(new Violation("followUp", "body", "give the follow-up rule"));
            return List.of();
        }
        int tests = (rule.equalTo() != null ? 1 : 0) + (rule.greaterThan() != null ? 1 : 0)
                + (rule.includesProfession() != null ? 1 : 0);
        if (tests != 1) {
            violations.add(new Violation("followUp", "body", "give exactly one of equalTo, greaterThan, includesProfession"));
        }
        Questionnaire source = em.find(Questionnaire.class, rule.questionnaireId());
        if (source == null) {
            violations.add(new Violation("followUp.questionnaireId", "body", "there is no such questionnaire"));
            return List.of();
        }
        Definition definition = definitions.parse(questionnaires.currentVersion(source).definition, Definition.class);
        if (definition.question(rule.questionId()).isEmpty()) {
            violations.add(new Violation("followUp.questionId", "body", "the questionnaire has no such question"));
        }
        if (!violations.isEmpty()) {
            return List.of();
        }
        Caller caller = access.caller();
        List<String> matching = new ArrayList<>();
        List<Object[]> rows = em.createQuery("select r.municipalityCode, r.answers from SurveyResponse r "
                + "where r.questionnaireId = ?1 and r.status = 'submitted' order by r.municipalityCode", Object[].class)
                .setParameter(1, source.id).getResultList();
        for (Object[] row : rows) {
            String code = (String) row[0];
            if (!caller.maySeeSurveyAnswersOf(source.ownerCountyCode, code)) {
                continue;
            }
            JsonNode answer = definitions.object((String) row[1]).get(rule.questionId());
            if (answer == null || answer.isNull()) {
                continue;
            }
            boolean match = rule.equalTo() != null ? AnswerRules.matchesValue(answer, rule.equalTo())
                    : rule.greaterThan() != null ? answer.isNumber() && answer.decimalValue().compareTo(rule.greaterThan()) > 0
                    : AnswerRules.namesProfession(answer, rule.includesProfession(), rule.rowId(), rule.columnId());
            if (match) {
                matching.add(code);
            }
        }
        return matching;
    }

    public InvitationPage list(UUID questionnaireId, InvitationStatus status, boolean notSubmitted, String countyCode,
            PageRequest page) {
        List<InvitationView> all = listAll(questionnaireId, status, notSubmitted, countyCode);
        int from = Math.min(page.offset(), all.size());
        int to = Math.min(from + page.size(), all.size());
        return new InvitationPage(all.subList(from, to), page.page(), page.size(), all.size(),
                (all.size() + page.size() - 1) / page.size());
    }

    /** Every invitation in the filter, for lists and the reminder export. */
    public List<InvitationView> listAll(UUID questionnaireId, InvitationStatus status, boolean notSubmitted,
            String countyCode) {
        Caller caller = access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        return rows(questionnaireId).stream()
                .filter(row -> caller.maySeeSurveyAnswersOf(questionnaire.ownerCountyCode, row.invitation().municipalityCode))
                .filter(row -> countyCode == null || row.invitation().municipalityCode.startsWith(countyCode))
                .filter(row -> status == null || row.status() == status)
                .filter(row -> !notSubmitted || row.status() == InvitationStatus.not_started
                        || row.status() == InvitationStatus.started)
                .map(this::view).toList();
    }

    List<Row> rows(UUID questionnaireId) {
        List<Object[]> found = em.createQuery("select i, r from Invitation i left join SurveyResponse r "
                + "on r.invitationId = i.id where i.questionnaireId = ?1", Object[].class)
                .setParameter(1, questionnaireId).getResultList();
        return found.stream().map(row -> new Row((Invitation) row[0], (SurveyResponse) row[1]))
                .sorted(Comparator.comparing(row -> row.invitation().municipalityCode)).toList();
    }

    InvitationView view(Row row) {
        Invitation invitation = row.invitation();
        SurveyResponse response = row.response();
        Place place = places.municipality(invitation.municipalityCode);
        return new InvitationView(invitation.id, invitation.questionnaireId, invitation.municipalityCode, place.name(),
                place.countyCode(), row.status(), invitation.createdAt, invitation.linkIssuedAt,
                response == null ? null : response.updatedAt, response == null ? null : response.submittedAt,
                response == null ? null : response.reopenedAt, response == null ? null : response.reopenReason,
                invitation.revokedAt, SurveyDtos.InvitationContact.of(invitation));
    }

    /** A new respondent link for the invitation; the old one stops working. */
    public InvitationLink reissueLink(UUID invitationId) {
        Invitation invitation = managed(invitationId);
        if (invitation.revokedAt != null) {
            throw new ConflictException("The invitation is revoked.");
        }
        InvitationLink link = issueLink(invitation, clock.instant());
        // Every link made for an e-mail stops working too.
        em.createQuery("delete from MailedLink l where l.invitationId = ?1").setParameter(1, invitation.id).executeUpdate();
        audit.record("link_reissued", "invitation", invitation.id, invitation.municipalityCode, Changes.none()
                .field("linkIssuedAt", null, invitation.linkIssuedAt.toString()));
        return link;
    }

    public InvitationView revoke(UUID invitationId) {
        Invitation invitation = managed(invitationId);
        if (invitation.revokedAt == null) {
            invitation.revokedAt = clock.instant();
            audit.record("revoke", "invitation", invitation.id, invitation.municipalityCode,
                    Changes.none().field("revokedAt", null, invitation.revokedAt.toString()));
        }
        return view(new Row(invitation, em.find(SurveyResponse.class, invitation.id)));
    }

    /** Makes a submitted response editable again, with the reason recorded. */
    public InvitationView reopen(UUID invitationId, ReopenRequest request) {
        Caller caller = access.requireSurveyManager();
        Invitation invitation = find(invitationId);
        Questionnaire questionnaire = questionnaires.find(invitation.questionnaireId);
        String county = invitation.municipalityCode.substring(0, 2);
        if (!caller.mayManageSurveys(questionnaire.ownerCountyCode) && !caller.mayManageSurveys(county)) {
            throw new ForbiddenException("Only an administrator, or a coordinator of the questionnaire's or the "
                    + "municipality's county, can reopen this response.");
        }
        String reason = request.reason().strip();
        if (!responses.reopen(invitation.id, reason, clock.instant())) {
            throw new ConflictException("Only a submitted response can be reopened.");
        }
        // Read after the write: this persistence context has not loaded the response before.
        SurveyResponse response = em.find(SurveyResponse.class, invitation.id);
        audit.record("reopen", "survey_response", invitation.id, invitation.municipalityCode, Changes.none()
                .field("status", SurveyResponse.SUBMITTED, SurveyResponse.STARTED)
                .field("reason", null, reason).field("revision", response.revision - 1, response.revision));
        return view(new Row(invitation, response));
    }

    public ResponseView response(UUID invitationId) {
        Caller caller = access.requireSurveyReader();
        Invitation invitation = find(invitationId);
        Questionnaire questionnaire = questionnaires.find(invitation.questionnaireId);
        if (!caller.maySeeSurveyAnswersOf(questionnaire.ownerCountyCode, invitation.municipalityCode)) {
            throw new ForbiddenException("You may not read the answers of municipality " + invitation.municipalityCode + ".");
        }
        if (questionnaire.anonymous) {
            throw new ForbiddenException("The questionnaire is anonymous: its answers are shown only in aggregate.");
        }
        SurveyResponse response = em.find(SurveyResponse.class, invitationId);
        if (response == null) {
            throw new NotFoundException("Municipality " + invitation.municipalityCode + " has not started answering.");
        }
        Row row = new Row(invitation, response);
        ObjectNode answers = definitions.object(response.answers);
        return new ResponseView(invitation.id, invitation.questionnaireId, invitation.municipalityCode,
                places.municipality(invitation.municipalityCode).name(), response.version, row.status(), answers,
                response.revision, response.startedAt, response.updatedAt, response.submittedAt, response.reopenedAt,
                response.reopenReason);
    }

    /**
     * Whether the caller may see the answers given through the invitation (administrators and analysts all; a
     * coordinator their county's questionnaires and their county's municipalities): what never changes for an
     * invitation, so the incremental sync leaves out the others' changes instead of telling of them. An invitation
     * that is gone is judged by the municipality it was for.
     */
    public boolean maySeeAnswers(UUID invitationId, String municipalityCode) {
        Caller caller = access.caller();
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null) {
            return municipalityCode != null && caller.maySeeSurveyAnswersOf(null, municipalityCode);
        }
        Questionnaire questionnaire = em.find(Questionnaire.class, invitation.questionnaireId);
        return caller.maySeeSurveyAnswersOf(questionnaire.ownerCountyCode, invitation.municipalityCode);
    }

    /**
     * One municipality's answers as {@link #response} gives them, for the incremental sync: empty when there are none
     * (not started, or gone) or the caller may not read them one by one (another county's, or an anonymous
     * questionnaire's). The caller's right to read surveys at all has been checked.
     */
    public Optional<ResponseView> readableResponse(UUID invitationId) {
        if (!maySeeAnswers(invitationId, null)) {
            return Optional.empty();
        }
        Invitation invitation = em.find(Invitation.class, invitationId);
        SurveyResponse response = invitation == null ? null : em.find(SurveyResponse.class, invitationId);
        if (response == null) {
            return Optional.empty();
        }
        if (questionnaires.find(invitation.questionnaireId).anonymous) {
            return Optional.empty();
        }
        Row row = new Row(invitation, response);
        return Optional.of(new ResponseView(invitation.id, invitation.questionnaireId, invitation.municipalityCode,
                places.municipality(invitation.municipalityCode).name(), response.version, row.status(),
                definitions.object(response.answers), response.revision, response.startedAt, response.updatedAt,
                response.submittedAt, response.reopenedAt, response.reopenReason));
    }

    /** The invitation, locked until the transaction ends (a new link and a revocation never cross), for a manager. */
    private Invitation managed(UUID invitationId) {
        access.requireSurveyManager();
        Invitation invitation = em.find(Invitation.class, invitationId, LockModeType.PESSIMISTIC_WRITE);
        if (invitation == null) {
            throw new NotFoundException("There is no invitation " + invitationId + ".");
        }
        Questionnaire questionnaire = questionnaires.find(invitation.questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        return invitation;
    }

    private Invitation find(UUID invitationId) {
        Invitation invitation = em.find(Invitation.class, invitationId);
        if (invitation == null) {
            throw new NotFoundException("There is no invitation " + invitationId + ".");
        }
        return invitation;
    }
}
