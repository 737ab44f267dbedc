package se.kompetenslaget.support;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;

/**
 * Creates a fresh PostgreSQL database for one test run and drops it afterwards, so runs never see each
 * other's data or the developer's. The server comes from KL_TEST_PG_HOST, KL_TEST_PG_PORT, KL_TEST_PG_USER and
 * KL_TEST_PG_PASSWORD (default: 127.0.0.1:5432, user postgres, no password).
 * Applies to every test class (global scope).
 */
@WithTestResource(value = TestDatabase.class, scope = TestResourceScope.GLOBAL)
public class TestDatabase implements QuarkusTestResourceLifecycleManager {

    private static final String HOST = env("KL_TEST_PG_HOST", "127.0.0.1");
    private static final String PORT = env("KL_TEST_PG_PORT", "5432");
    private static final String USER = env("KL_TEST_PG_USER", "postgres");
    private static final String PASSWORD = env("KL_TEST_PG_PASSWORD", "");

    private static volatile String databaseName;

    @Override
    public Map<String, String> start() {
        databaseName = "kl_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        admin("CREATE DATABASE " + databaseName);
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:postgresql://" + HOST + ":" + PORT + "/" + databaseName,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD);
    }

    @Override
    public void stop() {
        if (databaseName != null) {
            admin("DROP DATABASE IF EXISTS " + databaseName + " WITH (FORCE)");
            databaseName = null;
        }
    }

    /** The name of the database the running test application uses. */
    public static String name() {
        return databaseName;
    }

    /** Runs a statement on the server's maintenance database, outside the test database. */
    public static void admin(String sql) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/postgres", USER, PASSWORD);
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Could not run on the test PostgreSQL server at " + HOST + ":" + PORT + ": " + sql, e);
        }
    }

    /** The first column of the first row of a query on the test database, as text. */
    public static String query(String sql) {
        try (Connection connection = DriverManager.getConnection(
                "jdbc:postgresql://" + HOST + ":" + PORT + "/" + databaseName, USER, PASSWORD);
                Statement statement = connection.createStatement();
                var rows = statement.executeQuery(sql)) {
            return rows.next() ? rows.getString(1) : null;
        } catch (SQLException e) {
            throw new IllegalStateException("Could not query the test database: " + sql, e);
        }
    }

    /** A connection to another database on the test server (e.g. one a migration test made for itself). */
    public static Connection connect(String database) throws SQLException {
        return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD);
    }

    /** Migrates another database on the test server up to a version ("latest" for all) with the product's migrations. */
    public static void migrate(String database, String target) {
        Flyway.configure().dataSource("jdbc:postgresql://" + HOST + ":" + PORT + "/" + database, USER, PASSWORD)
                .locations("classpath:db/migration").target(target).load().migrate();
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
