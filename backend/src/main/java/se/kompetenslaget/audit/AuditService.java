package se.kompetenslaget.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import se.kompetenslaget.access.AccessPolicy;
import se.kompetenslaget.access.Caller;
import se.kompetenslaget.audit.AuditDtos.AuditEventView;
import se.kompetenslaget.common.Page;
import se.kompetenslaget.common.PageRequest;

/**
 * Records who changed what, in the same transaction as the change, and lets administrators read the trail.
 * Secrets never go in: callers pass the changed fields, not passwords or token values.
 */
@ApplicationScoped
@Transactional
public class AuditService {

    private final AuditRepository events;
    private final AccessPolicy access;
    private final Clock clock;

    public AuditService(AuditRepository events, AccessPolicy access, Clock clock) {
        this.events = events;
        this.access = access;
        this.clock = clock;
    }

    /** Records an action by the current caller. */
    public void record(String action, String entityType, Object entityId, String municipalityCode, Changes changes) {
        recordAs(access.caller(), action, entityType, entityId, municipalityCode, changes);
    }

    /** Records an action by the given caller, e.g. the person who just signed in. */
    public void recordAs(Caller caller, String action, String entityType, Object entityId, String municipalityCode,
            Changes changes) {
        events.persist(event(caller, action, entityType, entityId, municipalityCode, changes));
    }

    /**
     * The event {@link #recordAs} would record, not yet stored: for a hot path that inserts it in the same statement
     * as the change itself (see ResponseRepository), so the change and its audit are one round trip and one commit.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AuditEvent event(Caller caller, String action, String entityType, Object entityId, String municipalityCode,
            Changes changes) {
        AuditEvent event = new AuditEvent();
        event.occurredAt = clock.instant();
        event.actorType = switch (caller.kind()) {
            case SESSION, PERSONAL_TOKEN -> "user";
            case INTEGRATION_TOKEN -> "token";
            case ANONYMOUS -> "anonymous";
            case SYSTEM -> "system";
        };
        event.actorId = caller.userId() != null ? caller.userId() : caller.tokenId();
        event.actorLabel = caller.label();
        event.action = action;
        event.entityType = entityType;
        event.entityId = entityId == null ? null : entityId.toString();
        event.municipalityCode = municipalityCode;
        event.changes = changes.fields;
        return event;
    }

    public Page<AuditEventView> search(AuditQuery query, PageRequest page) {
        access.requireAdmin();
        var found = events.search(query).range(page.offset(), page.offset() + page.size() - 1);
        return Page.of(found.list(), page, found.count()).map(AuditEventView::of);
    }

    /** The changed fields of one action, each with its value before and after. */
    public static final class Changes {

        private final Map<String, Map<String, Object>> fields = new LinkedHashMap<>();

        public static Changes none() {
            return new Changes();
        }

        /** Adds the field if the value changed; a created object has no before, a deleted one no after. */
        public Changes field(String name, Object before, Object after) {
            if (!Objects.equals(before, after)) {
                Map<String, Object> change = new LinkedHashMap<>();
                change.put("before", before);
                change.put("after", after);
                fields.put(name, change);
            }
            return this;
        }

        public boolean isEmpty() {
            return fields.isEmpty();
        }
    }
}
