package se.kompetenslaget.privacy;

import com.fasterxml.jackson.databind.node.ObjectNode;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import se.kompetenslaget.audit.AuditDtos.AuditEventView;

/** The records of the personal data API: one person's data, and the report of an erasure. */
public final class PersonalDataDtos {

    private PersonalDataDtos() {
    }

    @Schema(name = "PersonalData", description = """
            Everything the service holds about one person (GDPR article 15): their user record, grants, sessions and
            tokens (never a secret or its hash), the audit events they performed or that concern them, the invitations
            that name them as respondent contact, and every other stored row that refers to the person's user id or
            contains their e-mail address (found by a scan of every table, so new tables are covered).""")
    public record PersonalData(
            @Schema(required = true) Subject subject,
            @Schema(required = true) Instant generatedAt,
            @Schema(description = "Absent when the e-mail address belongs to no user (e.g. a respondent contact).")
            UserRecord user,
            @Schema(required = true) List<GrantRecord> grants,
            @Schema(required = true, description = "Browser sessions, without their secret.") List<SessionRecord> sessions,
            @Schema(required = true, description = "Personal tokens the person owns and tokens they issued; metadata only.")
            List<TokenRecord> tokens,
            @Schema(required = true, description = "Events the person performed, that are about them, or that name "
                    + "their e-mail address; oldest first.") List<AuditEventView> auditEvents,
            @Schema(required = true) List<ContactRecord> invitationContacts,
            @Schema(required = true, description = "Other stored rows that refer to the person (e.g. questionnaires "
                    + "they created, plan notes they wrote), with columns holding secrets' hashes left out.")
            List<StoredRecord> otherRecords) {
    }

    @Schema(name = "PersonalDataSubject", description = "Whom the document is about.")
    public record Subject(@Schema(format = "uuid") UUID userId,
            @Schema(examples = "anna.berg@lulea.se") String email) {
    }

    @Schema(name = "PersonalDataUser")
    public record UserRecord(
            @Schema(required = true) UUID id,
            @Schema(description = "Absent once erased.") String email,
            @Schema(required = true) String displayName,
            @Schema(required = true) boolean active,
            @Schema(required = true) Instant createdAt,
            Instant passwordChangedAt,
            @Schema(required = true) int failedSignIns,
            Instant lockedUntil,
            Instant erasedAt) {
    }

    @Schema(name = "PersonalDataGrant")
    public record GrantRecord(@Schema(required = true) UUID id, @Schema(required = true) String role,
            String countyCode, String municipalityCode, @Schema(required = true) Instant grantedAt) {
    }

    @Schema(name = "PersonalDataSession")
    public record SessionRecord(@Schema(required = true) UUID id, @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt, Instant revokedAt) {
    }

    @Schema(name = "PersonalDataToken")
    public record TokenRecord(
            @Schema(required = true) UUID id,
            @Schema(required = true) String name,
            @Schema(required = true, description = "The token's first characters.") String prefix,
            @Schema(required = true, enumeration = { "owner", "issuer" },
                    description = "owner: the person's own token; issuer: an integration token the person issued.")
            String relation,
            String municipalityCode,
            @Schema(required = true) List<String> scopes,
            @Schema(required = true) Instant createdAt,
            @Schema(required = true) Instant expiresAt,
            Instant lastUsedAt,
            Instant revokedAt) {
    }

    @Schema(name = "PersonalDataContact", description = "An invitation on which the person is the respondent contact.")
    public record ContactRecord(@Schema(required = true) UUID invitationId,
            @Schema(required = true) UUID questionnaireId,
            @Schema(required = true) String municipalityCode,
            String name, String email, String phone, Instant updatedAt) {
    }

    @Schema(name = "PersonalDataRecord", description = "A stored row that refers to the person.")
    public record StoredRecord(
            @Schema(required = true, examples = "progress_note") String table,
            @Schema(required = true, examples = "author_label") String column,
            @Schema(required = true, enumeration = { "user_id", "email" },
                    description = "user_id: the column refers to the person's user id; email: it contains their "
                            + "e-mail address.") String match,
            @Schema(required = true, description = "The row, column name → value.") ObjectNode row) {
    }

    @Schema(name = "PersonByEmail", description = "A person by e-mail address, e.g. a respondent contact who is not "
            + "a user; a user's address means that user. Sent in a body so the address stays out of URLs and logs.")
    public record PersonByEmail(
            @Schema(required = true, examples = "anna.berg@lulea.se", format = "email")
            @NotBlank @Email @Size(max = 320) String email) {
    }

    @Schema(name = "Erasure", description = "What an erasure changed. The audit trail keeps every event, with the "
            + "e-mail address replaced by the pseudonym.")
    public record Erasure(
            @Schema(format = "uuid", description = "The erased user, if the person was one.") UUID userId,
            @Schema(required = true, examples = "erased:7d4e…",
                    description = "What now stands where the e-mail address or name stood.") String pseudonym,
            @Schema(required = true) Instant erasedAt,
            @Schema(required = true) int sessionsDeleted,
            @Schema(required = true) int tokensDeleted,
            @Schema(required = true) int grantsRemoved,
            @Schema(required = true) int invitationContactsCleared,
            @Schema(required = true, description = "Rows rewritten per table (the audit trail included).")
            Map<String, Integer> rowsRewritten,
            @Schema(description = "Municipalities' survey contacts with the address, deleted (their e-mails still "
                    + "queued are not sent; the name in their audit events is replaced by the pseudonym).")
            int surveyContactsDeleted) {
    }
}
