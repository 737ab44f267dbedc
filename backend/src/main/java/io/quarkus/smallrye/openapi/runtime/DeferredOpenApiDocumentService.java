package io.quarkus.smallrye.openapi.runtime;

import io.quarkus.arc.Unremovable;
import io.quarkus.arc.profile.IfBuildProfile;
import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.quarkus.smallrye.openapi.runtime.filter.AutoSecurityFilter;
import io.smallrye.openapi.runtime.io.Format;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds the served OpenAPI document (/q/openapi) on its first request instead of at start. Quarkus generates the
 * document at build time, but at every start it parsed that document again, ran the run-time filters and wrote it
 * as JSON and as YAML before the service became ready: about a sixth of the start-up (issue 16). The document is
 * the same either way; only its first request takes that time (under a second) instead of every start.
 *
 * <p>Lives in Quarkus' package because the method the start-up step calls (and the field it reads) are
 * package-private: that works only where the extension's classes and the application's share a class loader, as in
 * the packaged jar (the prod profile). Tests and dev mode load them apart, so there the bean does not exist and
 * Quarkus' own service prepares the document at start, as before. A Quarkus upgrade that changes these signatures
 * fails the compilation here (the {@code @Override}s); one that changes how the document is prepared shows
 * where the packaged jar is tested (.ci/test: the nginx front fetches /q/openapi from it).
 */
@Alternative
@Priority(1)
@ApplicationScoped
@Unremovable // looked up by type at start, not injected
@IfBuildProfile("prod") // the packaged jar only: see above
public class DeferredOpenApiDocumentService extends OpenApiDocumentService {

    private final Map<String, Runnable> pending = new LinkedHashMap<>();
    private volatile boolean prepared;

    @Override
    void prepareDocument(AutoSecurityFilter autoSecurityFilter, Map<OpenApiFilter.RunStage, List<String>> filters,
            String documentName) {
        synchronized (pending) {
            pending.put(documentName, () -> super.prepareDocument(autoSecurityFilter, filters, documentName));
            prepared = false;
        }
    }

    @Override
    public byte[] getDocument(String documentName, Format format) {
        if (!prepared) {
            synchronized (pending) {
                if (!prepared) {
                    pending.values().forEach(Runnable::run);
                    pending.clear();
                    prepared = true; // volatile: readers that see it also see the documents put in the map
                }
            }
        }
        return super.getDocument(documentName, format);
    }
}
