package se.kompetenslaget.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The product's own counters at /q/metrics ({@code kl_*_total}), beside the HTTP, pool and JVM metrics: what an
 * operations team watches during a survey morning or a night of payroll batches.
 */
@Startup // created at start, so every counter shows (at 0) before its first event
@ApplicationScoped
public class DomainMetrics {

    private final Counter responsesSubmitted;
    private final Counter signInFailures;
    private final Counter draftSavesIo;
    private final Counter draftSavesWorker;
    private final MeterRegistry registry;

    public DomainMetrics(MeterRegistry registry) {
        this.registry = registry;
        this.responsesSubmitted = Counter.builder("kl.responses.submitted")
                .description("Survey responses submitted through a respondent link").register(registry);
        this.signInFailures = Counter.builder("kl.sign.in.failures")
                .description("Sign-ins refused for a wrong e-mail address or password").register(registry);
        this.draftSavesIo = draftSaves("io");
        this.draftSavesWorker = draftSaves("worker");
        // Registered at start, so a dashboard shows 0 rather than nothing before the first event.
        batchesStored("cost-lines");
        batchesStored("workforce-figures");
        batchesStored("population");
        throttledRequests("sign_in_client");
        throttledRequests("sign_in_account_client");
        throttledRequests("sign_in_account");
        throttledRequests("respond_unknown_link");
    }

    public void responseSubmitted() {
        responsesSubmitted.increment();
    }

    /**
     * A save of draft answers through a respondent link: {@code onIoThread} when it was one statement on the HTTP I/O
     * thread (see DraftSaveRoute), otherwise the save went the usual way through a worker thread.
     */
    public void draftSaved(boolean onIoThread) {
        (onIoThread ? draftSavesIo : draftSavesWorker).increment();
    }

    public void signInFailed() {
        signInFailures.increment();
    }

    /** A batch of figures stored (kind: cost-lines, workforce-figures, population), with its number of lines. */
    public void batchStored(String kind, int lines) {
        batchesStored(kind).increment();
        registry.counter("kl.batch.lines.stored", "kind", kind).increment(lines);
    }

    /** A request refused with 429 by a throttle (kind: the throttle's, e.g. sign_in_client, respond_unknown_link). */
    public void throttled(String kind) {
        throttledRequests(kind).increment();
    }

    private Counter throttledRequests(String kind) {
        return Counter.builder("kl.throttled.requests").tag("kind", kind)
                .description("Requests refused with 429 by a throttle").register(registry);
    }

    private Counter draftSaves(String thread) {
        return Counter.builder("kl.draft.saves").tag("thread", thread)
                .description("Saves of draft answers through respondent links, by the thread that made them").register(registry);
    }

    private Counter batchesStored(String kind) {
        return Counter.builder("kl.batches.stored").tag("kind", kind)
                .description("Batches of figures stored (all lines or none)").register(registry);
    }
}
