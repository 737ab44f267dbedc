package se.kompetenslaget.survey;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import se.kompetenslaget.survey.MailDtos.MailKind;

/** The text of invitation and reminder e-mails, in Swedish or English. */
final class MailTemplates {

    private static final ZoneId SWEDEN = ZoneId.of("Europe/Stockholm");
    private static final DateTimeFormatter SV_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("sv"));
    private static final DateTimeFormatter EN_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH);

    /** What one e-mail says. */
    record Message(String subject, String body) {
    }

    private MailTemplates() {
    }

    static Message render(MailKind kind, String language, String recipientName, String municipalityName, String titleSv,
            String titleEn, Instant closesAt, String sender, String note, String link) {
        boolean english = "en".equals(language);
        String title = english && titleEn != null && !titleEn.isBlank() ? titleEn : titleSv;
        String closes = closesAt == null ? null : (english ? EN_DATE : SV_DATE).format(closesAt.atZone(SWEDEN));
        StringBuilder body = new StringBuilder();
        String subject;
        if (english) {
            subject = (kind == MailKind.reminder ? "Reminder: " : "Survey: ") + title
                    + (closes == null ? "" : " – please answer by " + closes);
            body.append("Hello").append(recipientName == null ? "" : " " + recipientName).append(",\n\n");
            body.append(kind == MailKind.reminder
                    ? municipalityName + " has not yet submitted its answers to the survey \"" + title + "\" from " + sender + "."
                    : sender + " invites " + municipalityName + " to answer the survey \"" + title + "\".").append("\n\n");
            appendNote(body, note);
            body.append(closes == null ? "Answer" : "Please answer by " + closes).append(" through the municipality's personal link:\n")
                    .append(link).append("\n\n");
            body.append("The link is personal to ").append(municipalityName).append(": anyone who has it can see and change "
                    + "the municipality's answers. Answers already saved are there when you open the link again, whichever "
                    + "of the municipality's links you use.\n\nKind regards,\n").append(sender).append('\n');
        } else {
            subject = (kind == MailKind.reminder ? "Påminnelse: " : "Enkät: ") + title
                    + (closes == null ? "" : " – svara senast " + closes);
            body.append("Hej").append(recipientName == null ? "" : " " + recipientName).append("!\n\n");
            body.append(kind == MailKind.reminder
                    ? municipalityName + " har ännu inte skickat in sina svar på enkäten \"" + title + "\" från " + sender + "."
                    : sender + " bjuder in " + municipalityName + " att svara på enkäten \"" + title + "\".").append("\n\n");
            appendNote(body, note);
            body.append(closes == null ? "Svara" : "Svara senast " + closes).append(" via kommunens personliga länk:\n")
                    .append(link).append("\n\n");
            body.append("Länken är personlig för ").append(municipalityName).append(": alla som har den kan se och ändra "
                    + "kommunens svar. Svar som redan sparats finns kvar när ni öppnar länken igen, vilken av kommunens "
                    + "länkar ni än använder.\n\nMed vänliga hälsningar\n").append(sender).append('\n');
        }
        return new Message(subject, body.toString());
    }

    private static void appendNote(StringBuilder body, String note) {
        if (note != null && !note.isBlank()) {
            body.append(note.strip()).append("\n\n");
        }
    }
}
