package se.kompetenslaget.audit;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The records of the audit API. */
public final class AuditDtos {

    private AuditDtos() {
    }

    @Schema(name = "AuditEvent", description = "One recorded change or security event.")
    public record AuditEventView(
            @Schema(required = true, examples = "42") long id,
            @Schema(required = true, examples = "2026-11-23T09:15:00Z") Instant occurredAt,
            @Schema(required = true, enumeration = { "user", "token", "system", "anonymous" }) String actorType,
            @Schema(description = "The person's or the integration token's id.", format = "uuid") String actorId,
            @Schema(required = true, description = "The person's e-mail address or the token's name.",
                    examples = "anna.berg@lulea.se") String actorLabel,
            @Schema(required = true, examples = "update",
                    description = "create, update, delete, submit, reopen, import, sign_in, sign_in_failed, sign_out, "
                            + "password_changed, token_issued, token_revoked, grant, revoke")
            String action,
            @Schema(required = true, examples = "municipality") String entityType,
            @Schema(examples = "2580") String entityId,
            @Schema(examples = "2580") String municipalityCode,
            @Schema(required = true, description = "Changed fields, each with its value before and after.",
                    examples = "{\"population\": {\"before\": null, \"after\": 79664}}")
            Map<String, AuditChange> changes) {

        static AuditEventView of(AuditEvent event) {
            Map<String, AuditChange> changes = new java.util.LinkedHashMap<>();
            event.changes.forEach((field, change) -> changes.put(field, new AuditChange(change.get("before"), change.get("after"))));
            return new AuditEventView(event.id, event.occurredAt, event.actorType,
                    event.actorId == null ? null : event.actorId.toString(), event.actorLabel, event.action,
                    event.entityType, event.entityId, event.municipalityCode, changes);
        }
    }

    @Schema(name = "AuditChange", description = "A field's value before and after; absent before for a created value, "
            + "absent after for a removed one.")
    public record AuditChange(@Schema(description = "The value before.") Object before,
            @Schema(description = "The value after.") Object after) {
    }

    @Schema(name = "AuditEventPage", description = "One page of audit events, newest first.")
    public record AuditEventPage(@Schema(required = true) List<AuditEventView> items,
            @Schema(required = true) int page, @Schema(required = true) int size,
            @Schema(required = true) long totalItems, @Schema(required = true) int totalPages) {
    }
}
