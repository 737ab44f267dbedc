package se.kompetenslaget.access;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kompetenslaget.AppCdsTraining;
import se.kompetenslaget.audit.AuditService;
import se.kompetenslaget.audit.AuditService.Changes;
import se.kompetenslaget.common.ClusterJobs;

/**
 * At start: creates the first administrator from configuration (KL_ADMIN_EMAIL, KL_ADMIN_PASSWORD) when there is no
 * administrator yet, and, in demo mode only (KL_DEMO=true), demo users for each role with a known password. Replicas
 * starting at the same moment do this one after the other (a PostgreSQL advisory lock held by the transaction), so
 * exactly one of them creates the administrator and the others see it.
 */
@ApplicationScoped
public class BootstrapUsers {

    private static final Logger LOG = Logger.getLogger(BootstrapUsers.class);
    static final String DEMO_PASSWORD = "demo-lösenord-2026";
    /** How long a replica waits for others' start-up work (busy nodes hash passwords slowly). */
    private static final Duration WAIT_FOR_OTHER_REPLICAS = Duration.ofMinutes(10);
    private static final int TRANSACTION_SECONDS = 600;

    private final UserRepository users;
    private final AgroalDataSource dataSource;
    private final ClusterJobs cluster;
    private final AuditService audit;
    private final Clock clock;
    private final Optional<String> adminEmail;
    private final Optional<String> adminPassword;
    private final boolean demo;
    private final boolean migrateOnly;

    public BootstrapUsers(UserRepository users, AgroalDataSource dataSource, ClusterJobs cluster, AuditService audit,
            Clock clock,
            @ConfigProperty(name = "kl.admin.email") Optional<String> adminEmail,
            @ConfigProperty(name = "kl.admin.password") Optional<String> adminPassword,
            @ConfigProperty(name = "kl.demo", defaultValue = "false") boolean demo,
            @ConfigProperty(name = "kl.migrate-only", defaultValue = "false") boolean migrateOnly) {
        this.users = users;
        this.dataSource = dataSource;
        this.cluster = cluster;
        this.audit = audit;
        this.clock = clock;
        this.adminEmail = adminEmail;
        this.adminPassword = adminPassword;
        this.demo = demo;
        this.migrateOnly = migrateOnly;
    }

    void onStart(@Observes StartupEvent event) throws InterruptedException {
        if (migrateOnly) {
            return; // the migration step (MigrateOnly) creates no users: the service does when it starts
        }
        if (AppCdsTraining.active()) {
            return; // the build's start for the class-data archive has no database (AppCdsTraining)
        }
        if (!demo && adminExists()) {
            return; // every start but the first: nothing to create, decided without the lock or a query language
        }
        // One short transaction per try: waiting for the lock inside one transaction would make it time out while
        // another replica hashes the administrator's password on a busy node.
        Instant giveUp = clock.instant().plus(WAIT_FOR_OTHER_REPLICAS);
        while (!QuarkusTransaction.requiringNew().timeout(TRANSACTION_SECONDS).call(this::createUnderLock)) {
            if (clock.instant().isAfter(giveUp)) {
                throw new IllegalStateException("Another replica held the start-up lock for " + WAIT_FOR_OTHER_REPLICAS);
            }
            Thread.sleep(250);
        }
    }

    /**
     * Whether an administrator exists, in one plain statement: the check every start makes, kept off the start's
     * critical path (Hibernate's first query parse, a transaction and the cluster lock were ~10 % of a start to
     * ready). When there is none, the locked way below checks again.
     */
    private boolean adminExists() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT EXISTS (SELECT 1 FROM role_grant WHERE role = ?)")) {
            query.setString(1, Role.ADMIN.value());
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getBoolean(1);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check for an administrator", e);
        }
    }

    /** In a transaction: false when another replica holds the lock; otherwise creates what is missing. */
    private boolean createUnderLock() {
        if (!cluster.tryLockForTransaction("bootstrap-users")) {
            return false;
        }
        createMissing();
        return true;
    }

    private void createMissing() {
        if (!users.anyAdmin()) {
            if (adminEmail.isPresent() && adminPassword.isPresent()) {
                if (adminPassword.get().length() < AccessDtos.MIN_PASSWORD) {
                    throw new IllegalStateException("KL_ADMIN_PASSWORD must be at least 12 characters.");
                }
                create(adminEmail.get(), "Administratör", adminPassword.get(), Role.ADMIN, null, null);
                LOG.infof("Created the first administrator, %s", adminEmail.get());
            } else {
                LOG.warn("There is no administrator: set KL_ADMIN_EMAIL and KL_ADMIN_PASSWORD to create the first one.");
            }
        }
        if (demo) {
            record Demo(String email, String name, Role role, String county, String municipality) {
            }
            for (Demo d : List.of(
                    new Demo("admin@demo.kompetenslaget.se", "Demo Administratör", Role.ADMIN, null, null),
                    new Demo("samordnare.norrbotten@demo.kompetenslaget.se", "Demo Samordnare", Role.COUNTY_COORDINATOR, "25", null),
                    new Demo("redaktor.lulea@demo.kompetenslaget.se", "Demo Redaktör Luleå", Role.MUNICIPALITY_EDITOR, null, "2580"),
                    new Demo("analytiker@demo.kompetenslaget.se", "Demo Analytiker", Role.ANALYST, null, null))) {
                if (users.findByEmail(d.email()).isEmpty()) {
                    create(d.email(), d.name(), DEMO_PASSWORD, d.role(), d.county(), d.municipality());
                }
            }
            LOG.warnf("Demo mode: demo users exist with the password '%s'. Never use demo mode in production.", DEMO_PASSWORD);
        }
    }

    private void create(String email, String name, String password, Role role, String county, String municipality) {
        Instant now = clock.instant();
        User user = User.create(email, name, password, now);
        user.grant(role, county, municipality, now);
        users.persist(user);
        audit.recordAs(Caller.SYSTEM, "create", "user", user.id,
                municipality, Changes.none().field("email", null, user.email).field("grant", null, role.value()));
    }
}
