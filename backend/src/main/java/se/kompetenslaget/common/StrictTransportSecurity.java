package se.kompetenslaget.common;

import io.vertx.ext.web.Router;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends {@code Strict-Transport-Security} on every response when {@code kl.hsts} holds a policy (a deployment served
 * over HTTPS); off by default, since a browser must never be told to insist on HTTPS for a plain-HTTP trial.
 */
@ApplicationScoped
public class StrictTransportSecurity {

    static final String OFF = "off";

    @ConfigProperty(name = "kl.hsts", defaultValue = OFF)
    String policy;

    void install(@Observes Router router) {
        if (policy.isBlank() || OFF.equalsIgnoreCase(policy.strip())) {
            return;
        }
        String value = policy.strip();
        router.route().order(Integer.MIN_VALUE).handler(context -> {
            context.addHeadersEndHandler(ignored -> context.response().headers().set("Strict-Transport-Security", value));
            context.next();
        });
    }
}
