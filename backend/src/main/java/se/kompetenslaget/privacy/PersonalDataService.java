package se.kompetenslaget.privacy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditDtos.AuditEventView;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.ConflictException;
import se.kompetenslaget.privacy.PersonalDataDtos.ContactRecord;
import se.kompetenslaget.privacy.PersonalDataDtos.Erasure;
import se.kompetenslaget.privacy.PersonalDataDtos.GrantRecord;
import se.kompetenslaget.privacy.PersonalDataDtos.PersonalData;
import se.kompetenslaget.privacy.PersonalDataDtos.SessionRecord;
import se.kompetenslaget.privacy.PersonalDataDtos.StoredRecord;
import se.kompetenslaget.privacy.PersonalDataDtos.Subject;
import se.kompetenslaget.privacy.PersonalDataDtos.TokenRecord;
import se.kompetenslaget.privacy.PersonalDataDtos.UserRecord;
import se.kompetenslaget.privacy.PersonalDataRepository.TextColumn;

/**
 * A person's data for administrators (GDPR articles 15 and 17): everything held about them as one document, and
 * erasure, which removes their e-mail address and name everywhere while the audit trail keeps every event.
 */
@ApplicationScoped
@Transactional
public class PersonalDataService {

    private final PersonalDataRepository store;
    private final EntityManager em;
    private final AccessPolicy access;
    private final AuditService audit;
    private final ObjectMapper json;
    private final Clock clock;

    public PersonalDataService(PersonalDataRepository store, EntityManager em, AccessPolicy access, AuditService audit,
            ObjectMapper json, Clock clock) {
        this.store = store;
        this.em = em;
        this.access = access;
        this.audit = audit;
        this.json = json;
        this.clock = clock;
    }

    /** Everything about the user, including what names their e-mail address. */
    public PersonalData exportUser(UUID userId) {
        access.requireAdmin();
        UserRecord user = read(store.user(userId), UserRecord.class);
        if (user == null) {
            throw new NotFoundException("There is no user " + userId + ".");
        }
        return export(user, userId, user.email());
    }

    /** Everything that names the e-mail address; the user's data too when the address is a user's. */
    public PersonalData exportEmail(String email) {
        access.requireAdmin();
        String address = email.strip();
        UUID userId = store.userByEmail(address);
        UserRecord user = userId == null ? null : read(store.user(userId), UserRecord.class);
        return export(user, userId, address);
    }

    private PersonalData export(UserRecord user, UUID userId, String email) {
        List<StoredRecord> others = new ArrayList<>();
        if (userId != null) {
            for (String[] reference : store.userReferences()) {
                rows(store.rowsReferencing(reference[0], reference[1], userId))
                        .forEach(row -> others.add(new StoredRecord(reference[0], reference[1], "user_id", row)));
            }
        }
        if (email != null) {
            for (TextColumn column : store.textColumns()) {
                if (!PersonalDataRepository.OWN_TABLES.contains(column.table())) {
                    rows(store.rowsMentioning(column, email))
                            .forEach(row -> others.add(new StoredRecord(column.table(), column.column(), "email", row)));
                }
            }
        }
        return new PersonalData(new Subject(userId, email), clock.instant(), user,
                userId == null ? List.of() : list(store.grants(userId), new TypeReference<List<GrantRecord>>() { }),
                userId == null ? List.of() : list(store.sessions(userId), new TypeReference<List<SessionRecord>>() { }),
                userId == null ? List.of() : list(store.tokens(userId), new TypeReference<List<TokenRecord>>() { }),
                list(store.auditEvents(userId, email), new TypeReference<List<AuditEventView>>() { }),
                email == null ? List.of() : list(store.invitationContacts(email), new TypeReference<List<ContactRecord>>() { }),
                others);
    }

    /**
     * Erases the user: sessions, own tokens and grants go; e-mail address, name and password go from the user row;
     * the address (any case) is replaced by the pseudonym in every other table, the audit trail included; invitation
     * contacts with the address are cleared. Not yourself, and not the last administrator.
     */
    public Erasure eraseUser(UUID userId) {
        Caller caller = access.requireAdmin();
        if (userId.equals(caller.userId())) {
            throw new ConflictException("You cannot erase yourself; another administrator can.");
        }
        em.flush();
        Object[] row = store.lockUser(userId);
        if (row == null) {
            throw new NotFoundException("There is no user " + userId + ".");
        }
        if (row[1] != null) {
            throw new ConflictException("The user " + userId + " was already erased.");
        }
        if (store.isAdministrator(userId) && store.otherAdministrators(userId) == 0) {
            throw new ConflictException("This is the last active administrator: grant the administrator role to "
                    + "someone else before erasing this person.");
        }
        UserRecord user = read(store.user(userId), UserRecord.class);
        String pseudonym = "erased:" + userId;
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.allowAuditRewrite();
        int sessions = store.deleteSessions(userId);
        int tokens = store.deleteOwnTokens(userId);
        int grants = store.removeGrants(userId);
        store.pseudonymiseUser(userId, pseudonym, now);
        int audited = store.pseudonymiseAudit(userId, user.displayName(), pseudonym);
        int contacts = store.clearInvitationContacts(user.email(), now);
        int surveyContacts = store.deleteSurveyContacts(user.email(), pseudonym);
        Map<String, Integer> rewritten = store.rewriteEverywhere(user.email(), pseudonym);
        if (audited > 0) {
            rewritten.merge("audit_event", audited, Integer::sum);
        }
        em.clear();
        Erasure erasure = new Erasure(userId, pseudonym, now, sessions, tokens, grants, contacts, rewritten,
                surveyContacts);
        record(userId.toString(), erasure);
        return erasure;
    }

    /** Erases a person known only by e-mail address (e.g. a respondent contact); a user's address erases the user. */
    public Erasure eraseEmail(String email) {
        access.requireAdmin();
        String address = email.strip();
        UUID userId = store.userByEmail(address);
        if (userId != null) {
            return eraseUser(userId);
        }
        em.flush();
        String pseudonym = "erased:" + UUID.randomUUID();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        store.allowAuditRewrite();
        int contacts = store.clearInvitationContacts(address, now);
        int surveyContacts = store.deleteSurveyContacts(address, pseudonym);
        Map<String, Integer> rewritten = store.rewriteEverywhere(address, pseudonym);
        em.clear();
        Erasure erasure = new Erasure(null, pseudonym, now, 0, 0, 0, contacts, rewritten, surveyContacts);
        record(pseudonym, erasure);
        return erasure;
    }

    /** The erasure in the audit trail: what was removed, never the address. */
    private void record(String subject, Erasure erasure) {
        audit.record("erase", "person", subject, null, Changes.none()
                .field("sessionsDeleted", null, erasure.sessionsDeleted())
                .field("tokensDeleted", null, erasure.tokensDeleted())
                .field("grantsRemoved", null, erasure.grantsRemoved())
                .field("invitationContactsCleared", null, erasure.invitationContactsCleared())
                .field("surveyContactsDeleted", null, erasure.surveyContactsDeleted())
                .field("rowsRewritten", null, erasure.rowsRewritten()));
    }

    private List<ObjectNode> rows(String array) {
        List<ObjectNode> rows = new ArrayList<>();
        try {
            for (JsonNode row : json.readTree(array)) {
                rows.add((ObjectNode) row);
            }
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return text == null ? null : json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> List<T> list(String text, TypeReference<List<T>> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String normalise(String email) {
        return email.strip().toLowerCase(Locale.ROOT);
    }
}
