package se.kompetenslaget;

import io.quarkus.runtime.Application;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import se.kompetenslaget.embedded.EmbeddedDatabase;

/**
 * Starts the service: first the embedded PostgreSQL when no database is configured (so that Quarkus, its datasource
 * and Flyway find it), then Quarkus; the embedded server is stopped after Quarkus has stopped. With the argument
 * {@code migrate} it only brings the database schema up to date and exits ({@link MigrateOnly}).
 */
@QuarkusMain
public class Main {

    private static final Logger LOG = Logger.getLogger(Main.class);

    public static void main(String... args) {
        if (AppCdsTraining.requested()) {
            // the build's start for the class-data archive: no database, embedded or not (AppCdsTraining)
            try {
                AppCdsTraining.configure();
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            Quarkus.run(AppCdsTraining.class, args);
            return;
        }
        Optional<EmbeddedDatabase> database;
        try {
            database = EmbeddedDatabase.startUnlessConfigured(System.getenv(), System.getProperties(), Path.of(""));
        } catch (EmbeddedDatabase.Refused e) {
            // Printed as well as logged: Quarkus' log handlers are not set up yet, and the process ends here.
            System.err.println("ERROR Kompetensläget does not start: " + e.getMessage());
            LOG.debug("The embedded PostgreSQL did not start", e);
            System.exit(1);
            return;
        }
        database.ifPresent(Main::useForThisRun);
        if (args.length > 0 && MigrateOnly.COMMAND.equals(args[0])) {
            MigrateOnly.configure();
            Quarkus.run(MigrateOnly.class, java.util.Arrays.copyOfRange(args, 1, args.length));
            return;
        }
        Quarkus.run(args);
    }

    private static void useForThisRun(EmbeddedDatabase database) {
        database.datasourceProperties().forEach(System::setProperty);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            // Shutdown hooks run concurrently: let Quarkus finish its requests and close its pool first.
            Application application = Application.currentApplication();
            if (application != null) {
                try {
                    application.stop();
                } catch (IllegalStateException notStarted) {
                    // it never started: nothing uses the database
                }
            }
            database.close();
        }, "embedded-postgresql-stop"));
    }
}
