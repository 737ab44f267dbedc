package se.kompetenslaget.survey;

import io.quarkus.scheduler.Scheduled;
import io.vertx.ext.mail.SMTPException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kompetenslaget.survey.MailDtos.MailReason;
import se.kompetenslaget.survey.MailingService.Claimed;

/**
 * Sends the outbox: queues scheduled reminders whose time has come, then claims and sends due e-mails one at a time
 * (each claim committed before the SMTP exchange, each outcome in its own transaction), no faster than the configured
 * rate. Safe with several replicas: a claim skips rows another has locked or holds.
 */
@ApplicationScoped
public class MailWorker {

    private static final Logger LOG = Logger.getLogger(MailWorker.class);

    private final MailingService mailings;
    private final MailTransport transport;
    private final Clock clock;
    private final int ratePerMinute;
    private final int batch;
    private final String worker = "worker-" + UUID.randomUUID();

    public MailWorker(MailingService mailings, MailTransport transport, Clock clock,
            @ConfigProperty(name = "kl.mail.rate-per-minute") int ratePerMinute,
            @ConfigProperty(name = "kl.mail.batch") int batch) {
        this.mailings = mailings;
        this.transport = transport;
        this.clock = clock;
        this.ratePerMinute = Math.max(1, ratePerMinute);
        this.batch = batch;
    }

    @Scheduled(identity = "mail-worker", every = "${kl.mail.poll}", delayed = "${kl.mail.poll-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        Instant now = clock.instant();
        mailings.dispatchReminders(now);
        drain(now, batch);
    }

    /** Queues the scheduled reminders due at the time given; returns how many rounds. */
    public int dispatchReminders(Instant now) {
        return mailings.dispatchReminders(now);
    }

    /** Sends up to max due e-mails as at the time given; returns how many were sent or tried. */
    public int drain(Instant now, int max) {
        long spacing = TimeUnit.MINUTES.toNanos(1) / ratePerMinute;
        int tried = 0;
        boolean[] cancelled = new boolean[1];
        while (tried < max) {
            Optional<Claimed> claimed = mailings.claim(now, worker, cancelled);
            if (claimed.isEmpty()) {
                if (cancelled[0]) {
                    continue;
                }
                break;
            }
            if (tried > 0) {
                pause(spacing);
            }
            deliver(claimed.get(), now);
            tried++;
        }
        return tried;
    }

    private void deliver(Claimed mail, Instant now) {
        try {
            transport.send(mail.recipient(), mail.subject(), mail.body(), mail.messageId());
        } catch (RuntimeException e) {
            SMTPException refusal = smtpReply(e);
            String reply = refusal != null ? reply(refusal) : rootMessage(e);
            LOG.warnf("E-mail %s (attempt %d) not accepted: %s%s", mail.id(), mail.attempts(),
                    refusal != null ? "" : "no answer from the mail server: ", reply);
            mailings.recordFailure(mail.id(), worker, now, refusal != null && refusal.isPermanent(),
                    refusal != null ? null : MailReason.no_answer, reply, mail.attempts());
            return;
        }
        mailings.recordSent(mail.id(), worker, now, "250 accepted");
    }

    /** The server's reply lines as it sent them, code first. */
    private static String reply(SMTPException refusal) {
        String lines = String.join(" ", refusal.getReplyMessages()).strip();
        String code = String.valueOf(refusal.getReplyCode());
        return lines.startsWith(code) ? lines : code + " " + lines;
    }

    private static SMTPException smtpReply(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SMTPException smtp) {
                return smtp;
            }
        }
        return null;
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }

    private static void pause(long nanos) {
        try {
            TimeUnit.NANOSECONDS.sleep(nanos);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
