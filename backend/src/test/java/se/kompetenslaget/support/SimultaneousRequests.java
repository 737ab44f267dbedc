package se.kompetenslaget.support;

import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.IntFunction;

/**
 * Sends requests at the same moment: each on its own thread, all held at a start gate until every thread is ready.
 * Timeouts are generous, for a busy two-core machine.
 */
public final class SimultaneousRequests {

    private static final long TIMEOUT_SECONDS = 120;

    private SimultaneousRequests() {
    }

    /** Runs request(0) … request(count - 1) at once and returns their responses in that order. */
    public static List<Response> send(int count, IntFunction<Response> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        CountDownLatch ready = new CountDownLatch(count);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    if (!start.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                        throw new IllegalStateException("The start gate never opened");
                    }
                    return request.apply(index);
                }));
            }
            if (!ready.await(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new IllegalStateException("Not every thread got ready");
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> future : futures) {
                responses.add(future.get(TIMEOUT_SECONDS, TimeUnit.SECONDS));
            }
            return responses;
        } catch (Exception e) {
            throw new IllegalStateException("The simultaneous requests did not all finish", e);
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many of the responses have the status. */
    public static long count(List<Response> responses, int status) {
        return responses.stream().filter(response -> response.statusCode() == status).count();
    }
}
