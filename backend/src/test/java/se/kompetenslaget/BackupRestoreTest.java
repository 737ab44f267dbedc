package se.kompetenslaget;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import se.kompetenslaget.access.Role;
import se.kompetenslaget.support.Fixtures;
import se.kompetenslaget.support.TestDatabase;

/**
 * backend/ops/backup.sh as an operator runs it: a dump of the service's populated database restored into a fresh
 * database holds the same rows in every table and the same sequence positions.
 */
@QuarkusTest
class BackupRestoreTest {

    private static final Path SCRIPT = Path.of("ops", "backup.sh").toAbsolutePath();
    private static final String HOST = env("KL_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("KL_TEST_PG_PORT", "5432");
    private static final String USER = env("KL_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("KL_TEST_PG_PASSWORD", "");

    @Inject
    Fixtures fixtures;

    @TempDir
    Path folder;

    @Test
    void shouldRestoreADumpWithEveryTableHoldingTheSameRows() throws Exception {
        populateThroughTheApi();
        Path dump = folder.resolve("kompetenslaget.dump");
        String restored = "kl_restore_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try {
            Result dumped = run("dump", dump.toString());
            assertEquals(0, dumped.exitCode(), dumped.output());
            assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dump)),
                    "a dump holds personal data: readable by its owner only");
            Snapshot original = snapshot(TestDatabase.name());

            Result refused = run("restore", dump.toString());
            assertEquals(1, refused.exitCode(), refused.output());
            assertTrue(refused.output().contains("already holds"), refused.output());

            Result restoredRun = run("restore", dump.toString(), "--into", restored);
            assertEquals(0, restoredRun.exitCode(), restoredRun.output());
            Snapshot copy = snapshot(restored);

            assertTrue(original.tables().size() >= 10, "tables found: " + original.tables().keySet());
            for (String populated : List.of("cost_line", "user_session", "audit_event", "municipality")) {
                assertTrue(!original.tables().getOrDefault(populated, "0 rows").startsWith("0 rows"),
                        populated + " holds rows: " + original.tables());
            }
            assertEquals(original.tables().keySet(), copy.tables().keySet(), "the same tables");
            original.tables().forEach((table, content) -> assertEquals(content, copy.tables().get(table), table));
            assertEquals(original.sequences(), copy.sequences(), "sequence positions");
        } finally {
            TestDatabase.admin("DROP DATABASE IF EXISTS " + restored + " WITH (FORCE)");
        }
    }

    @Test
    void shouldRefuseToDumpWithAPgDumpOlderThanTheServer() throws Exception {
        int serverMajor;
        try (Connection connection = connect(TestDatabase.name()); Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("SHOW server_version_num")) {
            result.next();
            serverMajor = result.getInt(1) / 10000;
        }
        Path bin = Files.createDirectories(folder.resolve("old-client"));
        Path oldPgDump = bin.resolve("pg_dump");
        Files.writeString(oldPgDump, "#!/bin/sh\necho 'pg_dump (PostgreSQL) " + (serverMajor - 1) + ".9'\n");
        oldPgDump.toFile().setExecutable(true);

        Result result = run(Map.of("PATH", bin + ":" + System.getenv("PATH")), "dump",
                folder.resolve("never.dump").toString());

        assertEquals(1, result.exitCode(), result.output());
        assertTrue(result.output().contains("pg_dump is version " + (serverMajor - 1) + ", older than the server's "
                + "PostgreSQL " + serverMajor), result.output());
        assertTrue(Files.notExists(folder.resolve("never.dump")) && Files.notExists(folder.resolve("never.dump.partial")),
                "nothing written");
    }

    // --- helpers ------------------------------------------------------------------------------------------------

    /** Rows in many tables, written as people and systems write them: sign-ins, cost lines, population figures. */
    private void populateThroughTheApi() {
        String admin = Fixtures.signIn(fixtures.createUser("backup-admin", Role.ADMIN, null));
        String editor = Fixtures.signIn(fixtures.createUser("backup-editor", Role.MUNICIPALITY_EDITOR, "2581"));
        List<Map<String, Object>> lines = List.of(
                Map.of("year", 2039, "serviceArea", "barn_unga", "hiredCost", 120000.5, "ownCost", 4000000),
                Map.of("year", 2039, "serviceArea", "aldre", "hiredCost", 80000, "ownCost", 9000000),
                Map.of("year", 2039, "serviceArea", "hsl", "hiredCost", 0, "ownCost", 7000000));
        given().cookie("kl_session", editor).contentType(ContentType.JSON).body(Map.of("lines", lines))
                .when().post("/api/v1/municipalities/2581/cost-lines").then().statusCode(200);
        given().cookie("kl_session", admin).contentType(ContentType.JSON)
                .body(Map.of("lines", List.of(Map.of("municipality", "2581", "year", 2039, "inhabitants", 42000))))
                .when().post("/api/v1/population").then().statusCode(200);
    }

    record Result(int exitCode, String output) {
    }

    private Result run(String... arguments) throws IOException, InterruptedException {
        return run(Map.of(), arguments);
    }

    private Result run(Map<String, String> extraEnvironment, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("bash", SCRIPT.toString()));
        command.addAll(List.of(arguments));
        Path output = Files.createTempFile(folder, "backup", ".log");
        ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().keySet().removeIf(name -> name.startsWith("PG") || name.startsWith("QUARKUS_"));
        builder.environment().put("QUARKUS_DATASOURCE_JDBC_URL",
                "jdbc:postgresql://" + HOST + ":" + PORT + "/" + TestDatabase.name());
        builder.environment().put("QUARKUS_DATASOURCE_USERNAME", USER);
        builder.environment().put("QUARKUS_DATASOURCE_PASSWORD", PASSWORD);
        builder.environment().putAll(extraEnvironment);
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError("backup.sh did not finish within 5 minutes:\n" + Files.readString(output));
        }
        return new Result(process.exitValue(), Files.readString(output));
    }

    /** Per table: row count and an MD5 of all its rows in a fixed order; per sequence: its position. */
    record Snapshot(Map<String, String> tables, Map<String, String> sequences) {
    }

    private static Snapshot snapshot(String database) throws SQLException {
        Map<String, String> tables = new TreeMap<>();
        Map<String, String> sequences = new TreeMap<>();
        try (Connection connection = connect(database); Statement statement = connection.createStatement()) {
            List<String> names = new ArrayList<>();
            try (ResultSet result = statement.executeQuery(
                    "SELECT quote_ident(schemaname) || '.' || quote_ident(tablename) FROM pg_tables "
                            + "WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")) {
                while (result.next()) {
                    names.add(result.getString(1));
                }
            }
            for (String table : names) {
                try (ResultSet result = statement.executeQuery("SELECT count(*), md5(coalesce(string_agg(t::text, '|' "
                        + "ORDER BY t::text), '')) FROM " + table + " t")) {
                    result.next();
                    tables.put(table.replace("public.", ""), result.getLong(1) + " rows, md5 " + result.getString(2));
                }
            }
            try (ResultSet result = statement.executeQuery(
                    "SELECT schemaname || '.' || sequencename, coalesce(last_value::text, 'unused') FROM pg_sequences")) {
                while (result.next()) {
                    sequences.put(result.getString(1), result.getString(2));
                }
            }
        }
        return new Snapshot(tables, sequences);
    }

    private static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
