package se.kompetenslaget.survey;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.access.Secrets;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.BadInputException;
import se.kompetenslaget.common.BadInputException.Violation;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.contact.ContactDtos.ContactView;
import se.kompetenslaget.contact.ContactService;
import se.kompetenslaget.municipality.Places;
import se.kompetenslaget.survey.MailDtos.MailKind;
import se.kompetenslaget.survey.MailDtos.MailLogEntry;
import se.kompetenslaget.survey.MailDtos.MailPreview;
import se.kompetenslaget.survey.MailDtos.MailPreviewRequest;
import se.kompetenslaget.survey.MailDtos.MailReason;
import se.kompetenslaget.survey.MailDtos.MailStatus;
import se.kompetenslaget.survey.MailDtos.MailingQueued;
import se.kompetenslaget.survey.MailDtos.MailingRequest;
import se.kompetenslaget.survey.MailDtos.ReminderSchedule;
import se.kompetenslaget.survey.SurveyDtos.Status;

/**
 * Invitations and reminders by e-mail: rounds queued in the outbox (mail_outbox) in the transaction that decides them,
 * reminder schedules, the send log; and, for {@link MailWorker}, claiming one due e-mail at a time and recording how
 * its sending went. The outbox never holds a respondent link: each e-mail gets a new one when it is claimed.
 */
@ApplicationScoped
@Transactional
public class MailingService {

    static final String PREVIEW_LINK = "https://…/respond/…";

    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditService audit;
    private final Clock clock;
    private final Places places;
    private final Definitions definitions;
    private final QuestionnaireService questionnaires;
    private final ContactService contacts;
    private final String publicUrl;
    private final String organisation;
    private final int maxAttempts;
    private final Duration retryBase;
    private final Duration retryMax;
    private final Duration claimTimeout;

    public MailingService(EntityManager em, AccessPolicy access, AuditService audit, Clock clock, Places places,
            Definitions definitions, QuestionnaireService questionnaires, ContactService contacts,
            @ConfigProperty(name = "kl.public-url") String publicUrl,
            @ConfigProperty(name = "kl.mail.organisation") String organisation,
            @ConfigProperty(name = "kl.mail.max-attempts") int maxAttempts,
            @ConfigProperty(name = "kl.mail.retry-base") Duration retryBase,
            @ConfigProperty(name = "kl.mail.retry-max") Duration retryMax,
            @ConfigProperty(name = "kl.mail.claim-timeout") Duration claimTimeout) {
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.clock = clock;
        this.places = places;
        this.definitions = definitions;
        this.questionnaires = questionnaires;
        this.contacts = contacts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl.substring(0, publicUrl.length() - 1) : publicUrl;
        this.organisation = organisation;
        this.maxAttempts = maxAttempts;
        this.retryBase = retryBase;
        this.retryMax = retryMax;
        this.claimTimeout = claimTimeout;
    }

    /** An e-mail claimed for sending, with its new link in the text (never stored). */
    record Claimed(UUID id, String recipient, String subject, String body, String messageId, int attempts) {
    }

    // ---- Rounds -------------------------------------------------------------------------------------------------

    /** A round asked for through the API: invitations to contacts not yet invited, or a reminder now ("remind now"). */
    public MailingQueued queue(UUID questionnaireId, MailingRequest request) {
        Caller caller = access.requireSurveyManager();
        Questionnaire questionnaire = questionnaires.lock(questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        requireOpen(questionnaire);
        MailKind kind = request.kind() == null ? MailKind.invitation : request.kind();
        Instant now = clock.instant();
        Instant sendAt = request.sendAt() == null || request.sendAt().isBefore(now) ? now : request.sendAt();
        if (questionnaire.closesAt != null && !sendAt.isBefore(questionnaire.closesAt)) {
            throw new BadInputException("The e-mails would go out after the questionnaire closes.",
                    List.of(new Violation("sendAt", "body", "must be before the questionnaire closes")));
        }
        Set<String> only = null;
        if (request.municipalityCodes() != null && !request.municipalityCodes().isEmpty()) {
            only = new HashSet<>(request.municipalityCodes());
        }
        String slot = kind == MailKind.reminder ? "manual:" + UUID.randomUUID() : null;
        return queue(questionnaire, kind, slot, request.note(), sendAt, only, caller, now)
                .orElseThrow(() -> new ConflictException("This reminder was already queued."));
    }

    /** Invitation e-mails for invitations just made, in the same transaction (InvitationService). */
    MailingQueued queueForNewInvitations(Questionnaire questionnaire, MailingRequest request, Set<String> municipalities) {
        Instant now = clock.instant();
        Instant sendAt = request.sendAt() == null || request.sendAt().isBefore(now) ? now : request.sendAt();
        return queue(questionnaire, MailKind.invitation, null, request.note(), sendAt, municipalities, access.caller(), now)
                .orElseThrow();
    }

    private Optional<MailingQueued> queue(Questionnaire questionnaire, MailKind kind, String slot, String note,
            Instant sendAt, Set<String> only, Caller caller, Instant now) {
        UUID mailingId = UUID.randomUUID();
        int inserted = em.createNativeQuery("""
                insert into mailing (id, questionnaire_id, kind, slot, note, send_at, created_at, created_by)
                values (:id, :questionnaire, :kind, :slot, :note, :sendAt, :now, :by)
                on conflict (questionnaire_id, slot) do nothing""")
                .setParameter("id", mailingId).setParameter("questionnaire", questionnaire.id)
                .setParameter("kind", kind.name()).setParameter("slot", slot)
                .setParameter("note", note == null || note.isBlank() ? null : note.strip())
                .setParameter("sendAt", sendAt).setParameter("now", now).setParameter("by", caller.userId())
                .executeUpdate();
        if (inserted == 0) {
            return Optional.empty();
        }
        Recipients recipients = recipients(questionnaire, kind, only);
        int queued = 0;
        for (Recipient recipient : recipients.list()) {
            queued += em.createNativeQuery("""
                    insert into mail_outbox (id, mailing_id, invitation_id, contact_id, kind, recipient, language, status,
                                             next_attempt_at, created_at)
                    values (:id, :mailing, :invitation, :contact, :kind, :recipient, :language, 'queued', :sendAt, :now)
                    on conflict do nothing""")
                    .setParameter("id", UUID.randomUUID()).setParameter("mailing", mailingId)
                    .setParameter("invitation", recipient.invitationId()).setParameter("contact", recipient.contact().id())
                    .setParameter("kind", kind.name()).setParameter("recipient", recipient.contact().email())
                    .setParameter("language", recipient.contact().language()).setParameter("sendAt", sendAt)
                    .setParameter("now", now).executeUpdate();
        }
        audit.recordAs(caller, kind == MailKind.reminder ? "reminder_queued" : "invitations_mailed", "questionnaire",
                questionnaire.id, null, Changes.none().field("mailing", null, mailingId.toString())
                        .field("slot", null, slot).field("sendAt", null, sendAt.toString()).field("queued", null, queued)
                        .field("municipalitiesWithoutContacts", null, recipients.withoutContacts()));
        return Optional.of(new MailingQueued(mailingId, kind, sendAt, queued, recipients.withoutContacts()));
    }

    record Recipient(UUID invitationId, String municipalityCode, ContactView contact) {
    }

    record Recipients(List<Recipient> list, List<String> withoutContacts) {
    }

    /** The matching contacts of the invitations the round is for (not revoked; for a reminder, not submitted). */
    private Recipients recipients(Questionnaire questionnaire, MailKind kind, Set<String> only) {
        List<Object[]> rows = em.createQuery("select i, r from Invitation i left join SurveyResponse r "
                + "on r.invitationId = i.id where i.questionnaireId = ?1 and i.revokedAt is null", Object[].class)
                .setParameter(1, questionnaire.id).getResultList();
        Map<String, UUID> invitations = new LinkedHashMap<>();
        rows.stream().sorted(Comparator.comparing(row -> ((Invitation) row[0]).municipalityCode)).forEach(row -> {
            Invitation invitation = (Invitation) row[0];
            SurveyResponse response = (SurveyResponse) row[1];
            if (only != null && !only.contains(invitation.municipalityCode)) {
                return;
            }
            if (kind == MailKind.reminder && response != null && response.isSubmitted()) {
                return;
            }
            invitations.put(invitation.municipalityCode, invitation.id);
        });
        Set<String> areas = serviceAreas(questionnaire);
        List<Recipient> list = new ArrayList<>();
        Set<String> reached = new TreeSet<>();
        for (ContactView contact : contacts.ofMunicipalities(invitations.keySet())) {
            boolean matches = areas.isEmpty() || contact.serviceAreas().isEmpty()
                    || contact.serviceAreas().stream().anyMatch(areas::contains);
            if (matches) {
                list.add(new Recipient(invitations.get(contact.municipalityCode()), contact.municipalityCode(), contact));
                reached.add(contact.municipalityCode());
            }
        }
        List<String> without = invitations.keySet().stream().filter(code -> !reached.contains(code)).sorted().toList();
        return new Recipients(list, without);
    }

    /** The service areas the questionnaire's questions name; empty: it concerns every area. */
    private Set<String> serviceAreas(Questionnaire questionnaire) {
        QuestionnaireVersion version = questionnaires.currentVersion(questionnaire);
        Set<String> areas = new TreeSet<>();
        if (version != null) {
            definitions.object(version.definition).findValuesAsText("serviceArea").forEach(areas::add);
        }
        return areas;
    }

    private static void requireOpen(Questionnaire questionnaire) {
        if (questionnaire.status != Status.open) {
            throw new ConflictException("Only an open questionnaire's invitations and reminders can be e-mailed.");
        }
    }

    public MailPreview preview(UUID questionnaireId, MailPreviewRequest request) {
        access.requireSurveyManager();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        MailKind kind = request.kind() == null ? MailKind.invitation : request.kind();
        String language = request.language() == null ? "sv" : request.language();
        MailTemplates.Message message = MailTemplates.render(kind, language, "Anna Andersson", "Exempelkommun",
                questionnaire.titleSv, questionnaire.titleEn, questionnaire.closesAt, sender(questionnaire),
                request.note(), PREVIEW_LINK);
        int recipients = recipients(questionnaire, kind, null).list().size();
        if (kind == MailKind.invitation) {
            Set<String> already = new HashSet<>(em.createNativeQuery("""
                    select cast(invitation_id as text) || ' ' || cast(contact_id as text) from mail_outbox o
                    join invitation i on i.id = o.invitation_id
                    where i.questionnaire_id = :q and o.kind = 'invitation' and o.contact_id is not null""", String.class)
                    .setParameter("q", questionnaireId).getResultList());
            recipients = (int) recipients(questionnaire, kind, null).list().stream()
                    .filter(r -> !already.contains(r.invitationId() + " " + r.contact().id())).count();
        }
        return new MailPreview(kind, language, message.subject(), message.body(), recipients);
    }

    private String sender(Questionnaire questionnaire) {
        if (questionnaire.ownerCountyCode == null) {
            return organisation;
        }
        String county = places.counties().get(questionnaire.ownerCountyCode);
        return county == null ? organisation : county;
    }

    // ---- Reminder schedule ---------------------------------------------------------------------------------------

    public ReminderSchedule schedule(UUID questionnaireId) {
        access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        return scheduleOf(questionnaire);
    }

    public ReminderSchedule setSchedule(UUID questionnaireId, ReminderSchedule schedule) {
        access.requireSurveyManager();
        Questionnaire questionnaire = questionnaires.lock(questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        ReminderSchedule before = scheduleOf(questionnaire);
        List<Integer> days = schedule.daysBefore().stream().distinct().sorted(Comparator.reverseOrder()).toList();
        em.createNativeQuery("delete from reminder_schedule where questionnaire_id = :q")
                .setParameter("q", questionnaireId).executeUpdate();
        for (Integer day : days) {
            em.createNativeQuery("insert into reminder_schedule (questionnaire_id, days_before) values (:q, :d)")
                    .setParameter("q", questionnaireId).setParameter("d", day).executeUpdate();
        }
        audit.record("reminder_schedule", "questionnaire", questionnaireId, null,
                Changes.none().field("daysBefore", before.daysBefore(), days));
        return scheduleOf(questionnaire);
    }

    private ReminderSchedule scheduleOf(Questionnaire questionnaire) {
        List<Integer> days = em.createNativeQuery("select days_before from reminder_schedule where questionnaire_id = :q "
                + "order by days_before desc", Integer.class).setParameter("q", questionnaire.id).getResultList();
        List<Instant> times = questionnaire.closesAt == null ? List.of()
                : days.stream().map(d -> questionnaire.closesAt.minus(d, ChronoUnit.DAYS)).toList();
        return new ReminderSchedule(days, times);
    }

    /**
     * Queues every scheduled reminder whose time has come for open questionnaires not yet closed. The slot's unique
     * constraint makes each go out once, however many replicas run this at the same moment.
     */
    public int dispatchReminders(Instant now) {
        List<Object[]> due = em.createNativeQuery("""
                select q.id, s.days_before from reminder_schedule s join questionnaire q on q.id = s.questionnaire_id
                where q.status = 'open' and q.closes_at is not null and q.closes_at > :now
                  and q.closes_at - make_interval(days => s.days_before) <= :now
                  and not exists (select 1 from mailing m where m.questionnaire_id = q.id
                                   and m.slot = 'before:' || s.days_before)""", Object[].class)
                .setParameter("now", now).getResultList();
        int rounds = 0;
        for (Object[] row : due) {
            Questionnaire questionnaire = questionnaires.find((UUID) row[0]);
            int days = ((Number) row[1]).intValue();
            if (queue(questionnaire, MailKind.reminder, "before:" + days, null, now, null, Caller.SYSTEM, now).isPresent()) {
                rounds++;
            }
        }
        return rounds;
    }

    // ---- The log -------------------------------------------------------------------------------------------------

    public List<MailLogEntry> log(UUID questionnaireId) {
        Caller caller = access.requireSurveyReader();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        List<Object[]> rows = em.createNativeQuery("""
                select o.id, o.invitation_id, o.mailing_id, i.municipality_code, o.kind, o.recipient, o.status, o.attempts,
                       o.last_reply, o.created_at, o.last_attempt_at, o.sent_at, o.next_attempt_at, o.reason
                from mail_outbox o join invitation i on i.id = o.invitation_id
                where i.questionnaire_id = :q
                order by i.municipality_code, o.created_at, o.recipient""", Object[].class)
                .setParameter("q", questionnaireId).getResultList();
        List<MailLogEntry> log = new ArrayList<>();
        for (Object[] row : rows) {
            String code = (String) row[3];
            if (!caller.maySeeSurveyAnswersOf(questionnaire.ownerCountyCode, code)) {
                continue;
            }
            MailStatus status = MailStatus.valueOf((String) row[6]);
            int attempts = ((Number) row[7]).intValue();
            boolean pending = status == MailStatus.queued || status == MailStatus.deferred
                    || (status == MailStatus.failed && attempts < maxAttempts);
            log.add(new MailLogEntry((UUID) row[0], (UUID) row[1], (UUID) row[2], code, places.municipality(code).name(),
                    MailKind.valueOf((String) row[4]), (String) row[5], status, attempts,
                    row[13] == null ? null : MailReason.valueOf((String) row[13]), (String) row[8],
                    instant(row[9]), instant(row[10]), instant(row[11]), pending ? instant(row[12]) : null));
        }
        return log;
    }

    /** Failed e-mails of the questionnaire (given up or waiting) are tried again at once. */
    public int retryFailed(UUID questionnaireId) {
        access.requireSurveyManager();
        Questionnaire questionnaire = questionnaires.find(questionnaireId);
        access.requireSurveyManager(questionnaire.ownerCountyCode);
        int retried = em.createNativeQuery("""
                update mail_outbox o set status = 'queued', attempts = 0, next_attempt_at = :now
                from invitation i where i.id = o.invitation_id and i.questionnaire_id = :q and o.status = 'failed'""")
                .setParameter("q", questionnaireId).setParameter("now", clock.instant()).executeUpdate();
        audit.record("mail_retry", "questionnaire", questionnaireId, null, Changes.none().field("retried", null, retried));
        return retried;
    }

    private static Instant instant(Object value) {
        if (value == null) {
            return null;
        }
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime time) {
            return time.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    // ---- For the worker ------------------------------------------------------------------------------------------

    /**
     * Claims the next due e-mail (queued, deferred, failed with attempts left, or 'sending' whose claim is older than
     * the claim timeout: its sender died) with FOR UPDATE SKIP LOCKED, so replicas never claim the same row; marks it
     * 'sending' and commits before any SMTP traffic. An e-mail that must not go out (invitation revoked, questionnaire
     * closed, municipality already submitted a reminder's answers, contact removed) is cancelled instead; that is
     * returned as empty with {@code true} in the holder so the caller goes on.
     */
    Optional<Claimed> claim(Instant now, String worker, boolean[] cancelled) {
        List<Object[]> found = em.createNativeQuery("""
                update mail_outbox set status = 'sending', claimed_at = :now, claimed_by = :worker,
                       attempts = attempts + 1, last_attempt_at = :now
                where id = (select o.id from mail_outbox o
                            where (o.status in ('queued', 'deferred') and o.next_attempt_at <= :now)
                               or (o.status = 'failed' and o.attempts < :max and o.next_attempt_at <= :now)
                               or (o.status = 'sending' and o.claimed_at < :stale)
                            order by o.next_attempt_at, o.id
                            limit 1
                            for update skip locked)
                returning id, mailing_id, invitation_id, contact_id, kind, recipient, language, attempts""", Object[].class)
                .setParameter("now", now).setParameter("worker", worker).setParameter("max", maxAttempts)
                .setParameter("stale", now.minus(claimTimeout)).getResultList();
        cancelled[0] = false;
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Object[] row = found.get(0);
        UUID id = (UUID) row[0];
        Invitation invitation = em.find(Invitation.class, (UUID) row[2]);
        Questionnaire questionnaire = questionnaires.find(invitation.questionnaireId);
        MailKind kind = MailKind.valueOf((String) row[4]);
        SurveyResponse response = em.find(SurveyResponse.class, invitation.id);
        ContactView contact = row[3] == null ? null : contacts.byId((UUID) row[3]);
        MailReason reason = invitation.revokedAt != null ? MailReason.invitation_withdrawn
                : !questionnaire.acceptsAnswers(now) ? MailReason.questionnaire_closed
                : kind == MailKind.reminder && response != null && response.isSubmitted()
                        ? MailReason.municipality_submitted
                : contact == null ? MailReason.contact_removed : null;
        if (reason != null) {
            em.createNativeQuery("update mail_outbox set status = 'cancelled', reason = :reason, last_reply = null, "
                    + "claimed_at = null where id = :id").setParameter("reason", reason.name()).setParameter("id", id)
                    .executeUpdate();
            cancelled[0] = true;
            return Optional.empty();
        }
        String token = Secrets.newSecret(InvitationService.LINK_KIND);
        MailedLink link = new MailedLink();
        link.linkHash = Secrets.sha256(token);
        link.invitationId = invitation.id;
        link.outboxId = id;
        link.issuedAt = now;
        em.persist(link);
        String note = (String) em.createNativeQuery("select note from mailing where id = :id", String.class)
                .setParameter("id", row[1]).getSingleResult();
        MailTemplates.Message message = MailTemplates.render(kind, (String) row[6], contact.name(),
                places.municipality(invitation.municipalityCode).name(), questionnaire.titleSv, questionnaire.titleEn,
                questionnaire.closesAt, sender(questionnaire), note, publicUrl + InvitationService.RESPONDENT_PATH + token);
        return Optional.of(new Claimed(id, (String) row[5], message.subject(), message.body(), messageId(id),
                ((Number) row[7]).intValue()));
    }

    /** The same Message-ID for every attempt of one outbox row, so a duplicate after a crash can be recognised. */
    static String messageId(UUID outboxId) {
        return "<" + outboxId + "@kompetenslaget.invalid>";
    }

    /** Records the outcome, if this worker still holds the claim. */
    void recordSent(UUID id, String worker, Instant now, String reply) {
        record(id, worker, "sent", null, reply, now, null);
    }

    /**
     * A refused or failed attempt: 'failed' for a permanent refusal (5xx), else 'deferred'; retried with backoff. The
     * reason is {@code no_answer} when the server could not be reached (the reply then the connection's error), else
     * null (the reply the server's own).
     */
    void recordFailure(UUID id, String worker, Instant now, boolean permanent, MailReason reason, String reply,
            int attempts) {
        long factor = 1L << Math.min(attempts - 1, 20);
        Duration backoff = retryBase.multipliedBy(factor);
        if (backoff.compareTo(retryMax) > 0) {
            backoff = retryMax;
        }
        record(id, worker, permanent ? "failed" : "deferred", reason, reply, now, now.plus(backoff));
    }

    private void record(UUID id, String worker, String status, MailReason reason, String reply, Instant now,
            Instant next) {
        List<Object[]> updated = em.createNativeQuery("""
                update mail_outbox o set status = :status, reason = :reason, last_reply = :reply, claimed_at = null,
                       sent_at = case when :status = 'sent' then cast(:now as timestamptz) else o.sent_at end,
                       next_attempt_at = coalesce(cast(:next as timestamptz), o.next_attempt_at)
                from invitation i
                where o.id = :id and o.status = 'sending' and o.claimed_by = :worker and i.id = o.invitation_id
                returning i.municipality_code, o.recipient, o.kind, o.attempts""", Object[].class)
                .setParameter("status", status).setParameter("reason", reason == null ? null : reason.name())
                .setParameter("reply", reply == null ? null : truncate(reply))
                .setParameter("now", now).setParameter("next", next).setParameter("id", id)
                .setParameter("worker", worker).getResultList();
        if (!updated.isEmpty()) {
            Object[] row = updated.get(0);
            audit.recordAs(Caller.SYSTEM, "mail_" + status, "mail_outbox", id, (String) row[0], Changes.none()
                    .field("kind", null, row[2]).field("recipient", null, row[1]).field("attempt", null, row[3])
                    .field("reason", null, reason == null ? null : reason.name()).field("reply", null, reply));
        }
    }

    private static String truncate(String text) {
        return text.length() > 1000 ? text.substring(0, 1000) : text;
    }
}
