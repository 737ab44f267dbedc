package se.kompetenslaget.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * A request with {@code Cache-Control: no-cache} (or {@code no-store}) reads from the primary, never from the standby:
 * how a client that has just written asks to see its own write at once (read-your-writes). Writes always go to the
 * primary whatever the header says.
 */
public class ReadPreferenceFilter {

    private final ReadDataSource.ReadPreference preference;

    public ReadPreferenceFilter(ReadDataSource.ReadPreference preference) {
        this.preference = preference;
    }

    @ServerRequestFilter
    public void preferPrimary(ContainerRequestContext request) {
        String cacheControl = request.getHeaderString(HttpHeaders.CACHE_CONTROL);
        if (cacheControl != null) {
            String value = cacheControl.toLowerCase(java.util.Locale.ROOT);
            if (value.contains("no-cache") || value.contains("no-store")) {
                preference.requirePrimary();
            }
        }
    }
}
