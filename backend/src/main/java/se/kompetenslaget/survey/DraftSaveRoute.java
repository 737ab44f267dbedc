package se.kompetenslaget.survey;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.vertx.http.runtime.HttpCompressionHandler;
import io.quarkus.vertx.http.runtime.RouteConstants;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.SslMode;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import io.vertx.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import se.kompetenslaget.access.ClientAddress;
import se.kompetenslaget.common.DomainMetrics;
import se.kompetenslaget.common.ETags;
import se.kompetenslaget.common.JsonBodyPrefetch;
import se.kompetenslaget.survey.SurveyDtos.AnswersUpdate;
import se.kompetenslaget.survey.SurveyDtos.DraftSaved;

/**
 * The respondent's usual save, {@code PATCH /api/v1/respond/{token}/answers} to a draft this replica has saved before
 * (or the first save of a form it has shown), done on the HTTP I/O thread: the body is read and checked there and the
 * one conditional statement that saves it (see ResponseRepository#patchOf) runs on Vert.x's PostgreSQL client, so the
 * request never waits for a worker thread or a pooled JDBC connection. A form sends about ten of these per
 * questionnaire; each costs the server some 15 % less CPU this way (backend/bench/RESULTS.md, sixth round).
 *
 * <p>Only a save that clearly succeeds is answered here. Anything else (no or an unreadable If-Match, a body that is
 * not a small JSON object of answers, an answer that is not valid, a link this replica has not pinned, a statement
 * that writes nothing because the revision moved, the link was withdrawn, the questionnaire closed or the address is
 * blocked, a database error) goes on to the REST resource unchanged, which does it all again the locked way and
 * answers as it always has (412 with what changed, 409, 429, 400 problems). The statement writes nothing when it
 * refuses, so nothing is ever saved twice.
 *
 * <p>Its own small pool of connections ({@code kl.respond.direct-save.connections}, 0 turns this off) is built from the
 * JDBC datasource's settings when the first save comes; a setting it cannot reproduce (several hosts, certificate
 * verification, a credentials provider, a driver property it does not know) leaves every save to the usual way.
 */
@ApplicationScoped
public class DraftSaveRoute {

    private static final Logger LOG = Logger.getLogger(DraftSaveRoute.class);
    static final String PATH = "/api/v1/respond/:token/answers";
    private static final String NO_STORE = "no-store";
    private static final String JSON = "application/json;charset=UTF-8";

    private final RespondentService service;
    private final ResponseRepository store;
    private final ObjectMapper json;
    private final DomainMetrics metrics;
    private final Clock clock;
    private final Vertx vertx;
    private final int connections;
    /** The media types Quarkus compresses (its compression handler wraps the REST layer's routes, not this one). */
    private final Set<String> compressed;

    /** The pool once built; {@link #OFF} when the datasource's settings cannot be reproduced. */
    private volatile Object pool;
    private static final Object OFF = new Object();
    private final java.util.concurrent.atomic.AtomicBoolean warned = new java.util.concurrent.atomic.AtomicBoolean();

    public DraftSaveRoute(RespondentService service, ResponseRepository store, ObjectMapper json, DomainMetrics metrics,
            Clock clock, Vertx vertx,
            @ConfigProperty(name = "kl.respond.direct-save.connections", defaultValue = "4") int connections,
            @ConfigProperty(name = "quarkus.http.enable-compression", defaultValue = "false") boolean compression,
            @ConfigProperty(name = "quarkus.http.compress-media-types") java.util.Optional<java.util.List<String>> types) {
        this.service = service;
        this.store = store;
        this.json = json;
        this.metrics = metrics;
        this.clock = clock;
        this.vertx = vertx;
        this.connections = connections;
        this.compressed = compression ? Set.copyOf(types.orElse(java.util.List.of())) : Set.of();
    }

    void install(@Observes Router router) {
        if (connections > 0) {
            // After the headers, compression and body-size handlers; before the REST resources.
            router.patch(PATH).order(RouteConstants.ROUTE_ORDER_BEFORE_DEFAULT).handler(this::handle);
        }
    }

    void stop(@Observes ShutdownEvent event) {
        if (pool instanceof Pool open) {
            open.close();
        }
    }

    private void handle(RoutingContext context) {
        HttpServerRequest http = context.request();
        Integer basedOn = JsonBodyPrefetch.worthReadingAhead(http)
                && acceptsJson(http.headers().getAll(HttpHeaders.ACCEPT)) ? revision(http) : null;
        Pool client = basedOn == null ? null : pool();
        if (client == null) {
            context.next();
            return;
        }
        http.body().onComplete(read -> {
            // Whatever happens next, the REST resource can read the body that was read here.
            JsonBodyPrefetch.keep(context, read);
            if (read.failed()) {
                context.next();
                return;
            }
            ResponseRepository.Patch patch;
            Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
            try {
                patch = patchOf(context, read.result(), basedOn, now);
            } catch (RuntimeException | java.io.IOException notForHere) {
                patch = null; // answered the usual way, with the problem it has for this
            }
            if (patch == null) {
                context.next();
                return;
            }
            ResponseRepository.Patch running = patch;
            client.preparedQuery(patch.numberedSql()).execute(Tuple.from(patch.parameters())).onComplete(done -> {
                if (done.succeeded() && store.patched(running, done.result().rowCount() == 1)) {
                    metrics.draftSaved(true);
                    respond(context, new DraftSaved(basedOn + 1, now, SurveyDtos.InvitationStatus.started));
                } else {
                    if (done.failed()) {
                        // Said once at WARN (a database that refuses this pool's connections shows), then at DEBUG.
                        LOG.logf(warned.getAndSet(true) ? Logger.Level.DEBUG : Logger.Level.WARN, done.cause(),
                                "A respondent's draft save went through a worker thread after an error here");
                    }
                    context.next();
                }
            });
        });
        http.resume();
    }

    private ResponseRepository.Patch patchOf(RoutingContext context, Buffer body, int basedOn, Instant now)
            throws java.io.IOException {
        AnswersUpdate update = json.readValue(body.getBytes(), AnswersUpdate.class);
        if (update == null || update.answers() == null) {
            return null;
        }
        return service.directSave(context.pathParam("token"), basedOn, update.answers(),
                ClientAddress.of(context.request()), now);
    }

    private void respond(RoutingContext context, DraftSaved saved) {
        byte[] body;
        try {
            body = json.writeValueAsBytes(saved);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        context.response().setStatusCode(200)
                .putHeader(HttpHeaders.CONTENT_TYPE, JSON)
                .putHeader(HttpHeaders.ETAG, ETags.of(saved.revision()))
                .putHeader(HttpHeaders.CACHE_CONTROL, NO_STORE);
        HttpCompressionHandler.compressIfNeeded(context, compressed);
        context.response().end(Buffer.buffer(body));
    }

    /** The revision in If-Match when it is one ETag as the contract has it; null otherwise (the resource answers). */
    private static Integer revision(HttpServerRequest http) {
        String ifMatch = http.getHeader(HttpHeaders.IF_MATCH);
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        try {
            return ETags.parse(ifMatch, true);
        } catch (RuntimeException notAnETag) {
            return null;
        }
    }

    /**
     * Whether the client takes {@code application/json}: no Accept, or a range that covers it and is not refused
     * ({@code q=0}). Anything else is left to the resource's content negotiation.
     */
    static boolean acceptsJson(java.util.List<String> accept) {
        if (accept.isEmpty()) {
            return true;
        }
        boolean covered = false;
        for (String header : accept) {
            for (String range : header.split(",")) {
                String[] parts = range.split(";");
                String type = parts[0].strip().toLowerCase(Locale.ROOT);
                if (type.isEmpty()) {
                    continue;
                }
                if (!type.equals("*/*") && !type.equals("application/*") && !type.equals("application/json")) {
                    continue;
                }
                for (int i = 1; i < parts.length; i++) {
                    String parameter = parts[i].strip().toLowerCase(Locale.ROOT).replace(" ", "");
                    if (parameter.startsWith("q=") && parameter.substring(2).matches("0(\\.0{0,3})?")) {
                        return false; // refused explicitly: left to the resource
                    }
                }
                covered = true;
            }
        }
        return covered;
    }

    /** The pool, built on first use; null when saves here are off. */
    private Pool pool() {
        Object current = pool;
        if (current == null) {
            synchronized (this) {
                current = pool;
                if (current == null) {
                    try {
                        PgConnectOptions options = connectOptions(ConfigProvider.getConfig());
                        current = options == null ? OFF : PgBuilder.pool()
                                .with(new PoolOptions().setMaxSize(connections).setName("kl-direct-saves")
                                        .setConnectionTimeout(5).setConnectionTimeoutUnit(TimeUnit.SECONDS)
                                        .setIdleTimeout(5).setIdleTimeoutUnit(TimeUnit.MINUTES).setMaxWaitQueueSize(1000))
                                .connectingTo(options).using(vertx).build();
                    } catch (RuntimeException e) {
                        LOG.warn("Respondent draft saves go through worker threads only: no pool for them", e);
                        current = OFF;
                    }
                    pool = current;
                }
            }
        }
        return current instanceof Pool open ? open : null;
    }

    // Driver properties with nothing to reproduce (timeouts, statement preparation, a name) or reproduced (sslmode).
    private static final Set<String> KNOWN = Set.of("applicationname", "preparethreshold", "connecttimeout",
            "sockettimeout", "logintimeout", "tcpkeepalive", "sslmode");

    /** The datasource's connection as the reactive client takes it; null (with a log line) when it cannot be. */
    static PgConnectOptions connectOptions(Config config) {
        String url = config.getOptionalValue("quarkus.datasource.jdbc.url", String.class).orElse(null);
        String refused = url == null ? "no JDBC URL is configured"
                : config.getOptionalValue("quarkus.datasource.credentials-provider", String.class).isPresent()
                        ? "the datasource takes its credentials from a provider" : null;
        PgConnectOptions options = null;
        if (refused == null) {
            Map<String, String> properties = new HashMap<>();
            for (String name : config.getPropertyNames()) {
                String prefix = "quarkus.datasource.jdbc.additional-jdbc-properties.";
                if (name.startsWith(prefix)) {
                    config.getOptionalValue(name, String.class)
                            .ifPresent(value -> properties.put(name.substring(prefix.length()), value));
                }
            }
            try {
                options = connectOptions(url, properties);
                config.getOptionalValue("quarkus.datasource.username", String.class).ifPresent(options::setUser);
                config.getOptionalValue("quarkus.datasource.password", String.class).ifPresent(options::setPassword);
            } catch (IllegalArgumentException e) {
                refused = e.getMessage();
            }
        }
        if (refused != null) {
            LOG.infof("Respondent draft saves go through worker threads only: %s", refused);
            return null;
        }
        return options;
    }

    /**
     * A JDBC URL of one host ({@code jdbc:postgresql://host[:port]/database[?properties]}) with the driver properties
     * given beside it, as the reactive client's options; IllegalArgumentException with the reason when that client
     * could not connect as the JDBC driver does. The driver's default {@code sslmode=prefer} encrypts without checking
     * the server's certificate, as does {@code require}: both are reproduced so; verifying modes are not.
     */
    static PgConnectOptions connectOptions(String jdbcUrl, Map<String, String> given) {
        String prefix = "jdbc:postgresql://";
        if (!jdbcUrl.startsWith(prefix)) {
            throw new IllegalArgumentException("the JDBC URL does not name a host");
        }
        String rest = jdbcUrl.substring(prefix.length());
        int query = rest.indexOf('?');
        Map<String, String> properties = new HashMap<>(given);
        if (query >= 0) {
            for (String pair : rest.substring(query + 1).split("&")) {
                if (!pair.isEmpty()) {
                    int eq = pair.indexOf('=');
                    properties.put(decode(eq < 0 ? pair : pair.substring(0, eq)), eq < 0 ? "" : decode(pair.substring(eq + 1)));
                }
            }
            rest = rest.substring(0, query);
        }
        int slash = rest.indexOf('/');
        String authority = slash < 0 ? rest : rest.substring(0, slash);
        String database = slash < 0 ? "" : decode(rest.substring(slash + 1));
        if (authority.isEmpty() || authority.contains(",")) {
            throw new IllegalArgumentException("the JDBC URL names " + (authority.isEmpty() ? "no host" : "several hosts"));
        }
        String host = authority;
        int port = 5432;
        int colon = authority.lastIndexOf(':');
        if (colon > authority.lastIndexOf(']')) {
            host = authority.substring(0, colon);
            try {
                port = Integer.parseInt(authority.substring(colon + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("the JDBC URL's port is not a number");
            }
        }
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        PgConnectOptions options = new PgConnectOptions().setHost(host).setPort(port)
                .setDatabase(database.isEmpty() ? null : database)
                .setPreparedStatementCacheMaxSize(8)
                .setMetricsName("kl-direct-saves")
                // One statement at a time per connection: a save waiting for a draft's row lock holds up no other.
                .setPipeliningLimit(1);
        for (Map.Entry<String, String> property : properties.entrySet()) {
            if (!KNOWN.contains(property.getKey().toLowerCase(Locale.ROOT))) {
                throw new IllegalArgumentException("the driver property " + property.getKey() + " is not reproduced");
            }
        }
        // No server-side prepared statements for the driver (PgBouncer in transaction mode): none here either.
        boolean prepared = properties.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("prepareThreshold"))
                .noneMatch(e -> e.getValue().strip().equals("0"));
        options.setCachePreparedStatements(prepared);
        String sslmode = properties.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("sslmode"))
                .map(e -> e.getValue().toLowerCase(Locale.ROOT)).findFirst().orElse("prefer");
        switch (sslmode) {
            case "disable" -> options.setSslMode(SslMode.DISABLE);
            case "allow" -> options.setSslMode(SslMode.ALLOW).setTrustAll(true);
            case "prefer" -> options.setSslMode(SslMode.PREFER).setTrustAll(true);
            case "require" -> options.setSslMode(SslMode.REQUIRE).setTrustAll(true);
            default -> throw new IllegalArgumentException("sslmode=" + sslmode + " is not reproduced");
        }
        return options;
    }

    private static String decode(String text) {
        return URLDecoder.decode(text, StandardCharsets.UTF_8);
    }
}
