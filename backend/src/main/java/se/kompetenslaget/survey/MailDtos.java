package se.kompetenslaget.survey;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** E-mailed invitations and reminders at the API edge. */
public final class MailDtos {

    private MailDtos() {
    }

    public enum MailKind { invitation, reminder }

    public enum MailStatus { queued, sending, sent, deferred, failed, cancelled }

    /** Why an e-mail was not sent, or why it has no reply from the server: worded by the client in its language. */
    public enum MailReason { invitation_withdrawn, questionnaire_closed, municipality_submitted, contact_removed, no_answer }

    @Schema(name = "MailingRequest", description = "An e-mail round: invitations to the invited municipalities' contacts "
            + "who have not had one, or a reminder to those whose municipality has not submitted.")
    public record MailingRequest(
            @Schema(description = "invitation (default) or reminder.") MailKind kind,
            @Schema(description = "A note from the sender, put in the e-mail above the link.",
                    examples = "Hör av er om ni har frågor.")
            @Size(max = 2000, message = "must be at most 2000 characters") String note,
            @Schema(description = "When to send; absent or past: now.") Instant sendAt,
            @Schema(description = "Only these municipalities (four-digit codes); absent: every invited one.")
            @Size(max = 290, message = "must name at most 290 municipalities") List<@Pattern(regexp = "^[0-9]{4}$",
                    message = "must be a four-digit SCB municipality code") String> municipalityCodes) {
    }

    @Schema(name = "MailingQueued", description = "What an e-mail round queued.")
    public record MailingQueued(UUID mailingId, MailKind kind, Instant sendAt,
            @Schema(description = "E-mails queued.") int queued,
            @Schema(description = "Invited municipalities with no matching contact: nobody there gets an e-mail.")
            List<String> municipalitiesWithoutContacts) {
    }

    @Schema(name = "MailPreview", description = "The e-mail as a contact will get it; the link is a placeholder.")
    public record MailPreview(MailKind kind, @Schema(enumeration = { "sv", "en" }) String language, String subject,
            String body, @Schema(description = "How many e-mails the round would queue now.") int recipients) {
    }

    @Schema(name = "MailPreviewRequest", description = "What to preview.")
    public record MailPreviewRequest(MailKind kind,
            @Size(max = 2000, message = "must be at most 2000 characters") String note,
            @Schema(enumeration = { "sv", "en" }) @Pattern(regexp = "^(sv|en)$", message = "must be sv or en") String language) {
    }

    @Schema(name = "MailLogEntry", description = "One e-mail of an invitation or reminder and how its sending went.")
    public record MailLogEntry(UUID id, UUID invitationId, UUID mailingId, @Schema(examples = "2580") String municipalityCode,
            String municipalityName, MailKind kind, String recipient, MailStatus status, int attempts,
            @Schema(description = "Why it was not sent (cancelled: the invitation was withdrawn, the questionnaire "
                    + "closed, the municipality submitted before a reminder went, the contact was removed), or no_answer "
                    + "when the mail server could not be reached; absent when the server replied.") MailReason reason,
            @Schema(description = "The SMTP server's reply to the last attempt as it sent it, or the connection's error "
                    + "when it gave no answer.") String lastReply,
            Instant queuedAt, Instant lastAttemptAt, Instant sentAt,
            @Schema(description = "When it will be tried (again); absent when done or given up.") Instant nextAttemptAt) {
    }

    @Schema(name = "ReminderSchedule", description = "Automatic reminders, in days before the questionnaire closes, to "
            + "the municipalities that have not submitted.")
    public record ReminderSchedule(
            @Schema(examples = "[7, 2]") @NotNull @Size(max = 10, message = "must have at most 10 days")
            List<@NotNull @Min(value = 1, message = "must be 1 or more") @Max(value = 90, message = "must be at most 90")
                    Integer> daysBefore,
            @Schema(readOnly = true, description = "When each reminder goes out (from the closing time).")
            List<Instant> sendTimes) {
    }

    @Schema(name = "MailRetry", description = "How many failed e-mails were queued again.")
    public record MailRetry(int retried) {
    }
}
