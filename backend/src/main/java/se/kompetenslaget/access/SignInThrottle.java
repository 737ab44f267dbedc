package se.kompetenslaget.access;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import se.kompetenslaget.common.Throttle;
import se.kompetenslaget.common.Throttle.Limit;
import se.kompetenslaget.common.Throttle.State;
import se.kompetenslaget.common.TooManyRequestsException;

/**
 * Slows down password guessing without letting a stranger lock a person out. Every attempt is counted before the
 * password is checked (so a refused flood costs one upsert, not an Argon2 hash) and taken back when it succeeds, so
 * the counts are of failures and attempts under way:
 * <ul>
 * <li>per client address, across accounts ({@code kl.sign-in.client.*}): a flood from one address;</li>
 * <li>per account and client address ({@code kl.sign-in.*}): guessing one person's password from one address,
 * which does not stop the person signing in from elsewhere;</li>
 * <li>per account across addresses ({@code kl.sign-in.account.*}): a much higher limit over a longer window against
 * guessing from many addresses; past it the account is temporarily locked, and the answer says so.</li>
 * </ul>
 * The e-mail need not belong to anyone: unknown addresses are counted alike, so the answers reveal nothing.
 */
@ApplicationScoped
public class SignInThrottle {

    static final String CLIENT = "sign_in_client";
    static final String ACCOUNT_CLIENT = "sign_in_account_client";
    static final String ACCOUNT = "sign_in_account";

    /** One attempt admitted past the throttle: the keys it was counted under. */
    public record Attempt(String client, String account) {

        String accountClient() {
            return account + "|" + client;
        }
    }

    private final Throttle throttle;
    private final Clock clock;
    private final Limit perClient;
    private final Limit perAccountClient;
    private final Limit perAccount;

    public SignInThrottle(Throttle throttle, Clock clock,
            @ConfigProperty(name = "kl.sign-in.client.max-failures", defaultValue = "20") int clientMax,
            @ConfigProperty(name = "kl.sign-in.client.window", defaultValue = "PT5M") Duration clientWindow,
            @ConfigProperty(name = "kl.sign-in.client.lockout", defaultValue = "PT5M") Duration clientLockout,
            @ConfigProperty(name = "kl.sign-in.max-failures", defaultValue = "5") int max,
            @ConfigProperty(name = "kl.sign-in.window", defaultValue = "PT15M") Duration window,
            @ConfigProperty(name = "kl.sign-in.lockout", defaultValue = "PT15M") Duration lockout,
            @ConfigProperty(name = "kl.sign-in.account.max-failures", defaultValue = "50") int accountMax,
            @ConfigProperty(name = "kl.sign-in.account.window", defaultValue = "PT1H") Duration accountWindow,
            @ConfigProperty(name = "kl.sign-in.account.lockout", defaultValue = "PT30M") Duration accountLockout) {
        this.throttle = throttle;
        this.clock = clock;
        this.perClient = new Limit(clientMax, clientWindow, clientLockout);
        this.perAccountClient = new Limit(max, window, lockout);
        this.perAccount = new Limit(accountMax, accountWindow, accountLockout);
    }

    /**
     * Counts an attempt to sign in as {@code email} from {@code client}, or refuses it with a 429 when a limit is
     * reached. The per-account count is only touched once the per-address counts admit the attempt, so one address
     * adds at most {@code kl.sign-in.max-failures} to it per lockout.
     */
    public Attempt admit(String email, String client) {
        Attempt attempt = new Attempt(client, accountKey(email));
        refuseIfBlocked(CLIENT, throttle.hit(CLIENT, attempt.client(), perClient),
                "Too many failed sign-ins from your address. Try again in %s.");
        refuseIfBlocked(ACCOUNT_CLIENT, throttle.hit(ACCOUNT_CLIENT, attempt.accountClient(), perAccountClient),
                "This account is temporarily locked after too many failed sign-ins from your address. "
                        + "Try again in %s.");
        State account = throttle.hit(ACCOUNT, attempt.account(), perAccount);
        if (account.blocked()) {
            // Not a failure of this address: only the account's own lock stopped it.
            throttle.refund(ACCOUNT_CLIENT, attempt.accountClient());
        }
        refuseIfBlocked(ACCOUNT, account, "This account is temporarily locked after many failed sign-ins. "
                + "Try again in %s.");
        return attempt;
    }

    /** The attempt signed in: its address starts afresh for the account, and it no longer counts elsewhere. */
    public void succeeded(Attempt attempt) {
        throttle.reset(ACCOUNT_CLIENT, attempt.accountClient());
        throttle.refund(ACCOUNT, attempt.account());
        throttle.refund(CLIENT, attempt.client());
    }

    /** The account key: a hash of the normalised e-mail address, so nothing typed is stored. */
    static String accountKey(String email) {
        return Secrets.sha256(email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
    }

    private void refuseIfBlocked(String kind, State state, String detail) {
        if (state.blocked()) {
            throttle.countRefused(kind);
            Duration wait = state.retryAfter(clock.instant());
            throw new TooManyRequestsException(detail.formatted(inWords(wait)), wait);
        }
    }

    /** "1 minute", "14 minutes": whole minutes, rounded up. */
    static String inWords(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
