package se.kompetenslaget.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * Jobs that run once per period across replicas. Each replica is a ClusterJobs of its own here (its own instance name
 * would differ; the claim depends only on the shared job_run row), racing through the real database.
 */
@QuarkusTest
class ClusterJobsTest {

    @Inject
    ClusterJobs jobs;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void shouldRunAJobOncePerPeriodWhenEveryReplicaFiresAtTheSameMoment() throws Exception {
        String job = "test-" + UUID.randomUUID();
        int replicas = 8;
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(replicas);
        try {
            List<Future<Boolean>> fired = new ArrayList<>();
            for (int i = 0; i < replicas; i++) {
                fired.add(pool.submit(() -> {
                    start.await();
                    return jobs.oncePerPeriod(job, Duration.ofHours(1), runs::incrementAndGet);
                }));
            }
            start.countDown();
            int ran = 0;
            for (Future<Boolean> f : fired) {
                ran += f.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            assertEquals(1, ran, "replicas that ran the job");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, runs.get(), "times the work was done");
        assertEquals(1, runsRecorded(job));
        assertFalse(jobs.oncePerPeriod(job, Duration.ofHours(1), runs::incrementAndGet), "again within the period");
        assertEquals(1, runs.get());
    }

    @Test
    void shouldRunAgainInTheNextPeriod() throws Exception {
        String job = "test-" + UUID.randomUUID();
        Duration period = Duration.ofMillis(300);
        AtomicInteger runs = new AtomicInteger();
        assertTrue(jobs.oncePerPeriod(job, period, runs::incrementAndGet));
        assertFalse(jobs.oncePerPeriod(job, Duration.ofHours(1), runs::incrementAndGet), "an hour-long period");
        Thread.sleep(period.toMillis() + 100);
        assertTrue(jobs.oncePerPeriod(job, period, runs::incrementAndGet), "the next period");
        assertEquals(2, runs.get());
        assertEquals(2, runsRecorded(job));
    }

    @Test
    void shouldRecordWhenAndWhereTheJobFinished() throws Exception {
        String job = "test-" + UUID.randomUUID();
        jobs.oncePerPeriod(job, Duration.ofHours(1), () -> { });
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT instance, finished_at >= started_at FROM job_run WHERE job = ?")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next());
                assertEquals(jobs.instance(), row.getString(1));
                assertTrue(row.getBoolean(2), "finished after it started");
            }
        }
    }

    @Test
    void shouldLetOneTransactionHoldTheStartUpLockUntilItEnds() throws Exception {
        String key = "test-" + UUID.randomUUID();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        ExecutorService other = Executors.newSingleThreadExecutor();
        try {
            Future<Boolean> holder = other.submit(() -> QuarkusTransaction.requiringNew().call(() -> {
                boolean got = jobs.tryLockForTransaction(key);
                held.countDown();
                release.await(60, TimeUnit.SECONDS);
                return got;
            }));
            assertTrue(held.await(60, TimeUnit.SECONDS));
            assertFalse(QuarkusTransaction.requiringNew().call(() -> jobs.tryLockForTransaction(key)),
                    "while another replica's transaction holds it");
            release.countDown();
            assertTrue(holder.get(60, TimeUnit.SECONDS), "the first transaction got it");
            assertTrue(QuarkusTransaction.requiringNew().call(() -> jobs.tryLockForTransaction(key)),
                    "once that transaction has ended");
        } finally {
            release.countDown();
            other.shutdownNow();
        }
    }

    private long runsRecorded(String job) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("SELECT runs FROM job_run WHERE job = ?")) {
            query.setString(1, job);
            try (ResultSet row = query.executeQuery()) {
                assertTrue(row.next(), "the job's row");
                return row.getLong(1);
            }
        }
    }
}
