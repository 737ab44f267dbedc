package se.kompetenslaget;

import io.quarkus.runtime.QuarkusApplication;
import org.jboss.logging.Logger;

/**
 * {@code java -jar quarkus-run.jar migrate}: brings the database schema up to date (Flyway, as at start) and exits with
 * 0, or with non-zero when a migration fails. This is the separate migration step of a deployment with several
 * replicas (the Kubernetes Job under deploy/): the replicas then start with KL_MIGRATE_AT_START=false and never
 * migrate. It opens no HTTP port, creates no users and runs no scheduled job.
 */
public class MigrateOnly implements QuarkusApplication {

    static final String COMMAND = "migrate";
    private static final Logger LOG = Logger.getLogger(MigrateOnly.class);

    /** Settings of this run only, given as system properties before Quarkus reads its configuration. */
    static void configure() {
        System.setProperty("quarkus.flyway.migrate-at-start", "true");
        System.setProperty("quarkus.http.host-enabled", "false");
        System.setProperty("quarkus.scheduler.enabled", "false");
        System.setProperty("kl.migrate-only", "true");
    }

    @Override
    public int run(String... args) {
        // Flyway ran while Quarkus started (a failure ends the start, and the process, with an error).
        LOG.info("The database schema is up to date; exiting (migrate only).");
        return 0;
    }
}
