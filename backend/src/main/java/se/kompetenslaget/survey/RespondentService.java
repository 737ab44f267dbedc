package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.access.Secrets;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.common.DomainMetrics;
import se.kompetenslaget.common.PreconditionFailedException;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.Definition.Question;
import se.kompetenslaget.survey.Definitions.Compiled;
import se.kompetenslaget.survey.ResponseRepository.Draft;
import se.kompetenslaget.survey.SurveyDtos.DraftSaved;
import se.kompetenslaget.survey.SurveyDtos.InvitationStatus;
import se.kompetenslaget.survey.SurveyDtos.MunicipalityRef;
import se.kompetenslaget.survey.SurveyDtos.RespondentForm;

/**
 * Answering through a respondent link, without an account: the link's value is the credential, looked up by its hash.
 * Every save names the revision it builds on (If-Match), so two people or two tabs never overwrite each other.
 */
@ApplicationScoped
public class RespondentService {

    private final EntityManager em;
    private final DomainMetrics metrics;
    private final Clock clock;
    private final Definitions definitions;
    private final Places places;
    private final ResponseRepository store;
    private final AuditService audit;
    private final RespondentLinkThrottle throttle;

    public RespondentService(EntityManager em, Clock clock, Definitions definitions, Places places,
            ResponseRepository store, AuditService audit, DomainMetrics metrics, RespondentLinkThrottle throttle) {
        this.em = em;
        this.throttle = throttle;
        this.metrics = metrics;
        this.audit = audit;
        this.store = store;
        this.clock = clock;
        this.definitions = definitions;
        this.places = places;
    }

    /**
     * The form behind a link: one statement reads the address's throttle block, the invitation, its questionnaire and
     * the response, outside a container transaction; a form not yet started reads its prefill in a transaction of its
     * own. A waiting address gets 429 before anything else is decided.
     */
    public RespondentForm form(String token, RespondentLinkThrottle.Check check) {
        requireTokenShape(token);
        String linkHash = Secrets.sha256(token);
        ResponseRepository.FormRow row = store.form(linkHash, check == null ? null : check.address(), clock.instant());
        throttle.settle(check, row.blockedUntil);
        Invitation invitation = row.invitation;
        if (invitation == null || invitation.revokedAt != null) {
            throw new NotFoundException(INVALID_LINK);
        }
        Questionnaire questionnaire = row.questionnaire;
        requireOpen(questionnaire.status, questionnaire.opensAt, questionnaire.closesAt, false);
        SurveyResponse response = row.response;
        List<String> prefilled = new ArrayList<>();
        int versionNumber = response == null ? questionnaire.currentVersion : response.version;
        Compiled compiled = compiled(questionnaire.id, versionNumber);
        ObjectNode answers = response != null ? definitions.object(response.answers)
                : questionnaire.prefillSourceId == null ? definitions.json().createObjectNode()
                : reading(() -> prefill(questionnaire, invitation.municipalityCode, compiled.definition(), prefilled));
        InvitationStatus status = response == null ? InvitationStatus.not_started
                : response.isSubmitted() ? InvitationStatus.submitted : InvitationStatus.started;
        if (response == null && questionnaire.prefillSourceId == null) {
            // The form's first save can then be one statement (see directSave).
            store.pinUnstarted(linkHash, invitation.id, questionnaire.id, invitation.municipalityCode, versionNumber);
        }
        Places.Place place = places.municipality(invitation.municipalityCode);
        return new RespondentForm(questionnaire.id, QuestionnaireService.title(questionnaire),
                questionnaire.descriptionSv == null ? null
                        : new Definition.Text(questionnaire.descriptionSv, questionnaire.descriptionEn),
                questionnaire.anonymous, questionnaire.closesAt, new MunicipalityRef(place.code(), place.name()),
                versionNumber, compiled.definition(), status, answers, response == null ? 0 : response.revision,
                response == null ? null : response.updatedAt, response == null ? null : response.submittedAt,
                prefilled.isEmpty() ? null : prefilled, SurveyDtos.InvitationContact.of(invitation));
    }

    /**
     * Sets the respondent's contact details on the invitation (absent or blank ones are cleared), while the
     * questionnaire takes answers, before and after submitting. The last save wins: the details are one person's,
     * not answers several people edit. The audit names the fields changed, never their values.
     */
    @Transactional
    public SurveyDtos.InvitationContact saveContact(String token, SurveyDtos.ContactUpdate update) {
        Invitation invitation = invitation(token);
        em.lock(invitation, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (invitation.revokedAt != null) {
            throw new NotFoundException(INVALID_LINK);
        }
        Questionnaire questionnaire = em.find(Questionnaire.class, invitation.questionnaireId);
        requireOpen(questionnaire.status, questionnaire.opensAt, questionnaire.closesAt, true);
        String name = blankToNull(update.name());
        String email = blankToNull(update.email());
        String phone = blankToNull(update.phone());
        Changes changes = Changes.none();
        change(changes, "contactName", invitation.contactName, name);
        change(changes, "contactEmail", invitation.contactEmail, email);
        change(changes, "contactPhone", invitation.contactPhone, phone);
        boolean changed = !changes.isEmpty();
        if (changed) {
            invitation.contactName = name;
            invitation.contactEmail = email;
            invitation.contactPhone = phone;
            invitation.contactUpdatedAt = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
            Places.Place place = places.municipality(invitation.municipalityCode);
            audit.recordAs(new Caller(Caller.Kind.ANONYMOUS, null, null,
                    "respondent link of " + place.name() + " (" + place.code() + ")", List.of(), Set.of()),
                    "contact_updated", "invitation", invitation.id, invitation.municipalityCode,
                    changes);
        }
        SurveyDtos.InvitationContact contact = SurveyDtos.InvitationContact.of(invitation);
        return contact == null ? new SurveyDtos.InvitationContact(null, null, null, invitation.contactUpdatedAt) : contact;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** A contact field's change for the audit: whether it was set, changed or cleared, never the value. */
    private static void change(Changes changes, String field, String before, String after) {
        if (!java.util.Objects.equals(before, after)) {
            changes.field(field, before == null ? null : "(set)", after == null ? null : before == null ? "(set)" : "(changed)");
        }
    }

    /**
     * Saves some answers to the draft (null clears one); checks their shape, not completeness. A save to a draft this
     * replica has seen is one conditional UPDATE outside a container transaction (see ResponseRepository#patch); the
     * first save, and any save that statement refuses, takes the locked way, which tells what went wrong. The address's
     * throttle check is part of the first statement either way (see RespondentLinkThrottle.Check).
     */
    public DraftSaved save(String token, int ifMatch, ObjectNode update, RespondentLinkThrottle.Check check) {
        requireTokenShape(token);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        ResponseRepository.Patch patch = directSave(token, ifMatch, update, check == null ? null : check.address(), now);
        if (patch != null && store.patch(patch)) {
            // Written, so the address was not blocked.
            throttle.settle(check, null);
            metrics.draftSaved(false);
            return new DraftSaved(ifMatch + 1, now, InvitationStatus.started);
        }
        // The locked way, in a plain JDBC transaction like submit's; in a container one when it needs Hibernate.
        DraftSaved saved = store.transaction(connection -> saveLocked(connection, token, ifMatch, update, check));
        saved = saved != null ? saved
                : QuarkusTransaction.requiringNew().call(() -> saveLocked(null, token, ifMatch, update, check));
        metrics.draftSaved(false);
        return saved;
    }

    /**
     * The one statement that saves {@code update} to a draft this replica has seen, or starts the draft of a form it
     * has shown (see ResponseRepository#patchOf), or null when the save must take the locked way: a link of the wrong
     * shape or not pinned here, a definition not cached, an answer that is not valid, a first save not based on "0".
     * Reads nothing and blocks on nothing, so {@link DraftSaveRoute} calls it on the I/O thread. Whoever runs the
     * statement passes its outcome to ResponseRepository#patched.
     */
    ResponseRepository.Patch directSave(String token, int ifMatch, ObjectNode update, String address, Instant now) {
        if (!hasTokenShape(token)) {
            return null;
        }
        String linkHash = Secrets.sha256(token);
        ResponseRepository.Pinned pinned = store.pinned(linkHash);
        Compiled compiled = pinned == null ? null : definitions.compiled(pinned.questionnaireId(), pinned.version());
        if (compiled == null || !violations(compiled, update).isEmpty()) {
            return null;
        }
        String code = pinned.municipalityCode();
        return store.patchOf(linkHash, pinned, ifMatch, update, now, address,
                pinned.started() ? null : created(respondent(code), pinned.invitationId(), code, now));
    }

    /** The audit event of a draft's first save, the same whichever way it is written. */
    private se.kompetenslaget.audit.AuditEvent created(Caller respondent, UUID invitationId, String municipalityCode,
            Instant now) {
        se.kompetenslaget.audit.AuditEvent event = audit.event(respondent, "create", "survey_response", invitationId,
                municipalityCode, Changes.none().field("status", null, SurveyResponse.STARTED));
        event.occurredAt = now;
        return event;
    }

    /**
     * A save under the invitation's lock, on {@code connection}'s plain transaction (null: the container's); null
     * (nothing written) when it needs Hibernate on a plain one: a first save with a prefill, a definition not yet
     * cached.
     */
    private DraftSaved saveLocked(java.sql.Connection connection, String token, int ifMatch, ObjectNode update,
            RespondentLinkThrottle.Check check) {
        Draft draft = lock(connection, token, check);
        if (connection != null && needsHibernate(draft)) {
            return null;
        }
        check(draft, ifMatch);
        start(draft);
        Compiled compiled = compiled(draft.questionnaireId, draft.version);
        List<Violation> violations = violations(compiled, update);
        if (!violations.isEmpty()) {
            throw new BadInputException("Some answers are not valid; nothing was saved.", violations);
        }
        boolean starting = !draft.exists;
        apply(draft, update);
        draft.submitDigest = null;
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        write(connection, draft, ifMatch, SurveyResponse.STARTED, now, null, !starting ? null
                : created(respondent(draft.municipalityCode), draft.invitationId, draft.municipalityCode, now));
        return new DraftSaved(draft.revision, now, InvitationStatus.started);
    }

    /** What is wrong with the answers of a save: each answer's form, and questions the questionnaire lacks. */
    private static List<Violation> violations(Compiled compiled, ObjectNode update) {
        ObjectNode given = update.deepCopy();
        for (Iterator<Map.Entry<String, JsonNode>> it = given.fields(); it.hasNext();) {
            if (it.next().getValue().isNull()) {
                it.remove();
            }
        }
        List<Violation> violations = compiled.rules().check(given, false);
        update.fieldNames().forEachRemaining(id -> {
            if (compiled.definition().question(id).isEmpty() && !given.has(id)) {
                violations.add(new Violation("answers." + id, "body", "there is no such question in this questionnaire"));
            }
        });
        return violations;
    }

    /**
     * Checks every answer and that each shown required question is answered; then the response is read-only. Answers
     * sent along are saved first, in the same statement or transaction, so a refused submission stores nothing. A
     * submit that can go through is two statements and no transaction (see directSubmit). Any other (a retry, a
     * revision that differs, answers that are not complete, a link that is not valid, a refused write) takes the
     * locked way, which decides and tells what went wrong: a plain JDBC transaction on one connection (the lock, the
     * read and the write with its audit event), not a container one; a submit that needs Hibernate while it holds the
     * lock (a first write with a prefill, a definition not yet cached) is done again in a container transaction, on
     * one connection as before, so no submit waits for a second one.
     */
    public DraftSaved submit(String token, int ifMatch, ObjectNode given, RespondentLinkThrottle.Check check) {
        byte[] digest = submitDigest(ifMatch, given);
        requireTokenShape(token);
        DraftSaved direct = directSubmit(token, ifMatch, given, digest, check);
        if (direct != null) {
            return direct;
        }
        DraftSaved saved = store.transaction(connection -> submit(connection, token, ifMatch, given, digest, check));
        return saved != null ? saved
                : QuarkusTransaction.requiringNew().call(() -> submit(null, token, ifMatch, given, digest, check));
    }

    /**
     * The submit of a draft that is ready, without a lock: one read (ResponseRepository#peekByLink), then one statement
     * that writes it with its audit event only if the draft is still at the revision read and started (or still
     * absent), the link valid, the questionnaire open and the address not blocked (as a direct save does). Null, with
     * nothing written, whenever that does not hold or the write is refused: the caller takes the locked way, which
     * answers a retry with its first result and tells a refusal (404, 409, 412, 429, 400) as it always has.
     */
    DraftSaved directSubmit(String token, int ifMatch, ObjectNode given, byte[] digest,
            RespondentLinkThrottle.Check check) {
        String key = check == null ? null : check.address();
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        Draft draft = store.peekByLink(Secrets.sha256(token), key, now);
        if (draft == null || draft.blockedUntil != null || !accepts(draft.status, draft.opensAt, draft.closesAt, now)
                || needsHibernate(draft)
                || (draft.exists ? !SurveyResponse.STARTED.equals(draft.responseStatus) || draft.revision != ifMatch
                        : ifMatch != 0)) {
            return null;
        }
        String before = draft.exists ? SurveyResponse.STARTED : null;
        start(draft);
        Compiled compiled = definitions.compiled(draft.questionnaireId, draft.version);
        // The answer revisions were not read: apply() stamps only the answers named, and the statement merges those
        // stamps into the stored ones.
        draft.answerRevisions = definitions.json().createObjectNode();
        if (given != null && !given.isEmpty()) {
            apply(draft, given);
        }
        ObjectNode stamps = draft.answerRevisions;
        if (!compiled.rules().check(draft.answers, true).isEmpty()) {
            return null;
        }
        int answered = draft.answers.size();
        compiled.rules().dropHidden(draft.answers);
        boolean unchanged = draft.exists && stamps.isEmpty() && draft.answers.size() == answered;
        se.kompetenslaget.audit.AuditEvent event = audit.event(respondent(draft.municipalityCode), "submit",
                "survey_response", draft.invitationId, draft.municipalityCode, Changes.none()
                        .field("status", before, SurveyResponse.SUBMITTED).field("revision", ifMatch, ifMatch + 1));
        event.occurredAt = now;
        if (!store.submit(draft, ifMatch, unchanged ? null : draft.answers, stamps, now, digest, key, event)) {
            return null;
        }
        // Written, so the address was not blocked.
        throttle.settle(check, null);
        metrics.responseSubmitted();
        return new DraftSaved(ifMatch + 1, now, InvitationStatus.submitted);
    }

    private DraftSaved submit(java.sql.Connection connection, String token, int ifMatch, ObjectNode given, byte[] digest,
            RespondentLinkThrottle.Check check) {
        Draft draft = lock(connection, token, check);
        if (connection != null && needsHibernate(draft)) {
            return null; // Nothing written: done again in a container transaction (see above).
        }
        if (draft.exists && SurveyResponse.SUBMITTED.equals(draft.responseStatus)
                && java.util.Arrays.equals(digest, draft.submitDigest)) {
            // A retry of the submit that was stored: the first result again, nothing written twice.
            return new DraftSaved(draft.revision, draft.submittedAt, InvitationStatus.submitted);
        }
        check(draft, ifMatch);
        String before = draft.exists ? SurveyResponse.STARTED : null;
        start(draft);
        Compiled compiled = compiled(draft.questionnaireId, draft.version);
        if (given != null && !given.isEmpty()) {
            apply(draft, given);
        }
        List<Violation> violations = compiled.rules().check(draft.answers, true);
        if (!violations.isEmpty()) {
            throw new BadInputException("The answers cannot be submitted yet; nothing was submitted.", violations);
        }
        compiled.rules().dropHidden(draft.answers);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        draft.submitDigest = digest;
        // The submit and its audit event are one statement (see ResponseRepository#write).
        write(connection, draft, ifMatch, SurveyResponse.SUBMITTED, now, now, audit.event(
                respondent(draft.municipalityCode), "submit", "survey_response", draft.invitationId,
                draft.municipalityCode, Changes.none()
                        .field("status", before, SurveyResponse.SUBMITTED).field("revision", ifMatch, ifMatch + 1)));
        metrics.responseSubmitted();
        return new DraftSaved(draft.revision, now, InvitationStatus.submitted);
    }

    /** Whether writing the draft reads through Hibernate: a first write with a prefill, or a definition not cached. */
    private boolean needsHibernate(Draft draft) {
        return !draft.exists && draft.prefillSourceId != null
                || definitions.compiled(draft.questionnaireId, draft.exists ? draft.version : draft.currentVersion) == null;
    }

    /**
     * Writes the draft at the next revision if the stored one is still the one it was based on; otherwise nothing is
     * written and the caller learns what changed (412) or that it was submitted meanwhile (409).
     */
    private void write(java.sql.Connection connection, Draft draft, int basedOn, String status, Instant now,
            Instant submittedAt, se.kompetenslaget.audit.AuditEvent event) {
        draft.revision = basedOn + 1;
        boolean written = connection == null
                ? store.write(draft, basedOn, status, now, submittedAt, draft.submitDigest, event)
                : store.write(connection, draft, basedOn, status, now, submittedAt, draft.submitDigest, event);
        if (!written) {
            check(connection == null ? store.reread(draft) : store.reread(connection, draft), basedOn);
            throw new IllegalStateException("The draft changed while it was locked");
        }
    }

    /** What a submit was asked with: a retry with the same If-Match and answers gets the first result. */
    byte[] submitDigest(int ifMatch, ObjectNode given) {
        String request = ifMatch + "\n" + (given == null ? "{}" : definitions.write(given));
        return Secrets.sha256(request.getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    /** The respondent behind a link, as the audit trail names them: the invited municipality. */
    private Caller respondent(String municipalityCode) {
        Places.Place place = places.municipality(municipalityCode);
        return new Caller(Caller.Kind.ANONYMOUS, null, null,
                "respondent link of " + place.name() + " (" + place.code() + ")", List.of(), Set.of());
    }

    /** Sets (or with null clears) the answers, stamping each with the revision about to be written. */
    private static void apply(Draft draft, ObjectNode update) {
        int next = draft.revision + 1;
        update.fields().forEachRemaining(entry -> {
            if (entry.getValue().isNull()) {
                draft.answers.remove(entry.getKey());
            } else {
                draft.answers.set(entry.getKey(), entry.getValue());
            }
            draft.answerRevisions.put(entry.getKey(), next);
        });
    }

    /** A first save starts the draft on the current version, with any prefill. */
    private Draft start(Draft draft) {
        if (!draft.exists) {
            draft.version = draft.currentVersion;
            draft.answers = definitions.json().createObjectNode();
            draft.answerRevisions = definitions.json().createObjectNode();
            if (draft.prefillSourceId != null) {
                List<String> prefilled = new ArrayList<>();
                draft.answers = reading(() -> prefill(em.find(Questionnaire.class, draft.questionnaireId),
                        draft.municipalityCode, compiled(draft.questionnaireId, draft.version).definition(), prefilled));
                prefilled.forEach(id -> draft.answerRevisions.put(id, 0));
            }
        }
        return draft;
    }

    /**
     * The draft behind the link, its invitation locked until the transaction ends; 429 if the client's address is
     * blocked (read by the same statement), then 404 or 409 if it takes no answers.
     */
    private Draft lock(java.sql.Connection connection, String token, RespondentLinkThrottle.Check check) {
        requireTokenShape(token);
        String key = check == null ? null : check.address();
        Draft draft = connection == null ? store.lockByLink(Secrets.sha256(token), key, clock.instant())
                : store.lockByLink(connection, Secrets.sha256(token), key, clock.instant());
        if (draft == null) {
            throttle.settleByReading(check);
            throw new NotFoundException(INVALID_LINK);
        }
        throttle.settle(check, draft.blockedUntil);
        requireOpen(draft.status, draft.opensAt, draft.closesAt, true);
        return draft;
    }

    /** Refuses a write to a submitted response (409) or one based on another revision than the stored one (412). */
    private static void check(Draft draft, int ifMatch) {
        if (!draft.exists) {
            if (ifMatch != 0) {
                throw new PreconditionFailedException("The answers have not been saved before; send If-Match: \"0\".",
                        0, List.of());
            }
            return;
        }
        if (SurveyResponse.SUBMITTED.equals(draft.responseStatus)) {
            throw new ConflictException("The answers were submitted on " + draft.submittedAt
                    + " and are read-only until an administrator or county coordinator reopens them.");
        }
        if (ifMatch != draft.revision) {
            List<String> changed = new ArrayList<>();
            draft.answerRevisions.fields().forEachRemaining(entry -> {
                if (entry.getValue().asInt() > ifMatch) {
                    changed.add(entry.getKey());
                }
            });
            throw new PreconditionFailedException("Someone else saved these answers after you loaded them (revision "
                    + draft.revision + ", yours " + ifMatch + "); nothing was saved.", draft.revision, changed);
        }
    }

    /** The municipality's submitted answers in the prefill source, for the questions that name prefillFrom. */
    private ObjectNode prefill(Questionnaire questionnaire, String municipalityCode, Definition definition,
            List<String> prefilled) {
        ObjectNode answers = definitions.json().createObjectNode();
        if (questionnaire.prefillSourceId == null) {
            return answers;
        }
        List<String> source = em.createQuery("select r.answers from SurveyResponse r where r.questionnaireId = ?1 "
                + "and r.municipalityCode = ?2 and r.status = 'submitted'", String.class)
                .setParameter(1, questionnaire.prefillSourceId).setParameter(2, municipalityCode).getResultList();
        if (source.isEmpty()) {
            return answers;
        }
        ObjectNode earlier = definitions.object(source.get(0));
        for (Question question : definition.questionList()) {
            JsonNode value = question.prefillFrom() == null ? null : earlier.get(question.prefillFrom());
            if (value != null && !value.isNull()) {
                ObjectNode candidate = definitions.json().createObjectNode().set(question.id(), value);
                if (new AnswerRules(definition, id -> true).check(candidate, false).isEmpty()) {
                    answers.set(question.id(), value);
                    prefilled.add(question.id());
                }
            }
        }
        return answers;
    }

    private Compiled compiled(java.util.UUID questionnaireId, int version) {
        Compiled compiled = definitions.compiled(questionnaireId, version);
        if (compiled != null) {
            return compiled;
        }
        return reading(() -> definitions.compile(em.find(QuestionnaireVersion.class,
                new QuestionnaireVersion.Key(questionnaireId, version))));
    }

    /** Hibernate reads in the caller's container transaction, or in one of their own on a plain JDBC path. */
    private static <T> T reading(java.util.function.Supplier<T> read) {
        return QuarkusTransaction.isActive() ? read.get() : QuarkusTransaction.requiringNew().call(read::get);
    }

    private static final String INVALID_LINK = "This respondent link is not valid: it may have been replaced by a "
            + "newer one or withdrawn. Ask the sender for a new link.";

    private static boolean hasTokenShape(String token) {
        return token != null && token.startsWith(InvitationService.LINK_KIND + "_") && token.length() <= 100;
    }

    private static void requireTokenShape(String token) {
        if (!hasTokenShape(token)) {
            throw new NotFoundException("This respondent link is not valid.");
        }
    }

    private Invitation invitation(String token) {
        requireTokenShape(token);
        String hash = Secrets.sha256(token);
        List<Invitation> found = em.createQuery("from Invitation i where i.linkHash = ?1", Invitation.class)
                .setParameter(1, hash).getResultList();
        if (found.isEmpty()) {
            // A link made for an e-mail (mail/): it opens the same invitation, and so the same draft.
            found = em.createQuery("select i from Invitation i, MailedLink l where l.invitationId = i.id "
                    + "and l.linkHash = ?1", Invitation.class).setParameter(1, hash).getResultList();
        }
        if (found.isEmpty() || found.get(0).revokedAt != null) {
            throw new NotFoundException(INVALID_LINK);
        }
        return found.get(0);
    }

    /** Whether the questionnaire takes answers at {@code now}. */
    private static boolean accepts(SurveyDtos.Status status, Instant opensAt, Instant closesAt, Instant now) {
        return status == SurveyDtos.Status.open && (closesAt == null || now.isBefore(closesAt))
                && (opensAt == null || !now.isBefore(opensAt));
    }

    private void requireOpen(SurveyDtos.Status status, Instant opensAt, Instant closesAt, boolean writing) {
        Instant now = clock.instant();
        if (accepts(status, opensAt, closesAt, now)) {
            return;
        }
        String why = switch (status) {
            case draft -> "The questionnaire is not open yet.";
            case open -> opensAt != null && now.isBefore(opensAt)
                    ? "The questionnaire opens " + opensAt + "."
                    : "The questionnaire closed " + closesAt + ".";
            default -> "The questionnaire is closed.";
        };
        if (writing) {
            throw new ConflictException(why + " Answers can no longer be saved.");
        }
        throw new NotFoundException(why);
    }
}
