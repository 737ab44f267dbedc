package se.kompetenslaget;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.QuarkusApplication;
import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URL;
import java.util.ArrayList;
import java.util.List;
import javax.management.JMException;
import javax.management.ObjectName;

/**
 * The start that {@code mvn package} makes to write the class-data sharing archive (app-cds.jsa, Quarkus'
 * {@code quarkus.package.jar.appcds.enabled}): Quarkus starts the jar once with {@code -Dquarkus.appcds.generate=true}
 * and {@code -XX:ArchiveClassesAtExit}, and the classes loaded by then are stored already parsed and verified, so a
 * start with {@code -XX:SharedArchiveFile=app-cds.jsa} does not load them again (README "Start-up").
 *
 * <p>Quarkus' own such start stops as soon as its beans exist, before Hibernate, the REST layer and the HTTP server:
 * the archive then holds a third of the classes a real start loads. This one goes through the whole start instead,
 * without a database (the build has none): the URL points at a closed port on this machine, Flyway does not run,
 * Hibernate checks no schema, and the start-up work that reads data skips itself ({@link #active()}). It then asks
 * itself for its health, its metrics and one read, as a probe, a scraper and a first user would (each fails to
 * connect, which is all it can do here), links the classes it loaded but never linked ({@link #linkLoadedClasses}),
 * and stops. Going on into Flyway's validation and the first administrator's query, as far as they get without a
 * connection, did not make a start faster. The embedded PostgreSQL is never started. System properties, so they win
 * over anything in the environment.
 */
public final class AppCdsTraining implements QuarkusApplication {

    private static final String ACTIVE = "kl.app-cds-training";

    /** Whether this is the build's start for the archive (asked before Quarkus starts). */
    static boolean requested() {
        return ApplicationLifecycleManager.isAppCDSGeneration();
    }

    /** Whether this run is that start: the start-up work that reads or writes data skips itself. */
    public static boolean active() {
        return Boolean.getBoolean(ACTIVE);
    }

    static void configure() throws IOException {
        // Quarkus would stop its start early when it sees this; the archive is written at exit all the same.
        System.clearProperty(ApplicationLifecycleManager.QUARKUS_APPCDS_GENERATE_PROP);
        System.setProperty(ACTIVE, "true");
        System.setProperty("quarkus.datasource.jdbc.url", "jdbc:postgresql://127.0.0.1:1/app-cds-training");
        System.setProperty("quarkus.datasource.readonly.jdbc.url", "");
        System.setProperty("quarkus.flyway.migrate-at-start", "false");
        System.setProperty("quarkus.hibernate-orm.schema-management.strategy", "none");
        System.setProperty("quarkus.scheduler.enabled", "false");
        System.setProperty("quarkus.shutdown.delay-enabled", "false");
        // the health check and the read that find no database would log their failures: nothing to read here
        System.setProperty("quarkus.log.console.enabled", "false");
        System.setProperty("quarkus.http.host", "127.0.0.1");
        try (ServerSocket free = new ServerSocket(0)) {
            System.setProperty("quarkus.http.port", Integer.toString(free.getLocalPort()));
        }
    }

    @Override
    public int run(String... args) {
        String base = "http://127.0.0.1:" + System.getProperty("quarkus.http.port");
        for (String path : new String[] {"/q/health/ready", "/q/health/live", "/q/metrics", "/api/v1/counties"}) {
            try {
                HttpURLConnection connection = (HttpURLConnection) new URL(base + path).openConnection();
                connection.setConnectTimeout(5000);
                connection.setReadTimeout(30000);
                int status = connection.getResponseCode();
                try (InputStream body = status < 400 ? connection.getInputStream() : connection.getErrorStream()) {
                    if (body != null) {
                        body.readAllBytes();
                    }
                }
            } catch (IOException e) {
                // only classes are wanted from these requests, not answers
            }
        }
        linkLoadedClasses();
        return 0;
    }

    /**
     * Links every class loaded so far that is not linked yet. Java 17 writes only linked classes into the archive, and a
     * start loads some 2 500 classes it never links (a type named in a signature, a verifier's check, a class scanned by
     * name): without this each start parsed them again from the jars. Linking verifies and prepares a class; it runs no
     * code of it (no static initialiser). Reflection on a class's fields links it; the list of loaded classes is the
     * JVM's own ({@code jcmd VM.class_hierarchy}, here through its management bean). Two passes, as linking loads the
     * types the verifier needs.
     */
    static void linkLoadedClasses() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        for (int pass = 0; pass < 2; pass++) {
            for (String name : loadedClassNames()) {
                try {
                    Class.forName(name, false, loader).getDeclaredFields();
                } catch (ClassNotFoundException | LinkageError | RuntimeException e) {
                    // a class that does not link (a missing optional dependency): a start does not link it either
                }
            }
        }
    }

    /**
     * The names of the classes the JVM has loaded, but hidden ones (lambdas), which have no name to load by; empty when
     * the JVM has no {@code VM.class_hierarchy} command. Its lines read {@code |--name/loader}.
     */
    static List<String> loadedClassNames() {
        String hierarchy;
        try {
            hierarchy = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                    new ObjectName("com.sun.management:type=DiagnosticCommand"), "vmClassHierarchy",
                    new Object[] {new String[0]}, new String[] {String[].class.getName()});
        } catch (JMException | RuntimeException | LinkageError e) {
            return List.of();
        }
        List<String> names = new ArrayList<>();
        for (String line : hierarchy.split("\n")) {
            int start = line.indexOf("--");
            int end = line.indexOf('/', start + 2);
            if (start >= 0 && end > start + 2 && !line.contains("$$Lambda")) {
                names.add(line.substring(start + 2, end));
            }
        }
        return names;
    }
}
