package se.kompetenslaget.survey;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Hands one e-mail to the SMTP server configured by quarkus.mailer.* (KL_SMTP_* in the README). */
@ApplicationScoped
public class MailTransport {

    private final Mailer mailer;

    public MailTransport(Mailer mailer) {
        this.mailer = mailer;
    }

    /** Returns when the server has accepted the message; throws with its reply when it refused. */
    public void send(String to, String subject, String text, String messageId) {
        mailer.send(Mail.withText(to, subject, text).addHeader("Message-ID", messageId));
    }
}
