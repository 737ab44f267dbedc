package se.kompetenslaget.audit;

import java.time.Instant;
import java.util.UUID;

/** Filters of the audit trail; null means any. {@code to} is exclusive. */
public record AuditQuery(UUID actorId, String municipalityCode, String entityType, String action, Instant from, Instant to) {
}
