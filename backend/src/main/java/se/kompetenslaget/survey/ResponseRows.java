package se.kompetenslaget.survey;

import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import se.kompetenslaget.common.ReadDataSource;

/**
 * The stored responses of a questionnaire, row by row, for the results and both ways of exporting: one plain
 * statement on the read datasource, in municipality order, a cursor of {@value #BATCH} rows at a time, keeping none.
 * <p>
 * Outside a container transaction (the exports) the rows are read on a second thread while the caller turns the
 * rows before them into the file: the database produces the next rows (straight from the index, already in order)
 * while this replica writes the last ones, so an export takes about the longer of the two instead of their sum. At
 * most {@value #QUEUED} batches wait between the two, so memory stays flat whatever the size. When every reader
 * thread is busy the caller reads the rows itself, as it does inside a transaction.
 */
@Singleton
public class ResponseRows {

    /** Rows per fetch, and per batch handed between the threads. */
    static final int BATCH = 32;
    /** Batches read ahead at most. */
    private static final int QUEUED = 4;
    /** Exports read at the same time on reader threads; more read on their own thread. */
    private static final int READERS = 8;

    // Submitted ones in municipality order from the index (questionnaire_id, status, municipality_code); with drafts,
    // sorted. Revoked invitations are read once (a partial index, nearly always empty) and left out as a hashed set.
    private static final String ROWS = """
            SELECT r.municipality_code, r.answers::text, r.submitted_at, r.version
              FROM survey_response r
             WHERE r.questionnaire_id = ? $status
               AND r.invitation_id NOT IN (SELECT i.id FROM invitation i
                                            WHERE i.questionnaire_id = ? AND i.revoked_at IS NOT NULL)
             ORDER BY r.municipality_code""";
    private static final String SUBMITTED = ROWS.replace("$status", "AND r.status = 'submitted'");
    private static final String WITH_DRAFTS = ROWS.replace(" $status", "");

    private final ReadDataSource dataSource;
    private final ThreadPoolExecutor readers;

    public ResponseRows(ReadDataSource dataSource) {
        this.dataSource = dataSource;
        AtomicInteger n = new AtomicInteger();
        this.readers = new ThreadPoolExecutor(0, READERS, 60, TimeUnit.SECONDS, new SynchronousQueue<>(), task -> {
            Thread thread = new Thread(task, "kl-response-reader-" + n.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @PreDestroy
    void stop() {
        readers.shutdownNow();
    }

    /** One response as stored: its municipality, its answers as UTF-8 JSON, when it was submitted, its version. */
    interface Row {
        void accept(String municipalityCode, byte[] answers, Instant submittedAt, int version) throws IOException;
    }

    private record Stored(String municipalityCode, byte[] answers, Instant submittedAt, int version) {
    }

    /** The end of the rows: a marker batch. */
    private static final List<Stored> END = List.of();

    /**
     * Hands each response of the questionnaire that {@code visible} lets through (submitted ones; drafts too when
     * asked) to {@code row}, in municipality order, on the caller's thread.
     */
    void each(UUID questionnaireId, Predicate<String> visible, boolean includeDrafts, Row row) throws IOException {
        try (Connection connection = dataSource.connection()) {
            // In a container transaction the connection is the transaction's; otherwise a plain one for the cursor.
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement statement = connection.prepareStatement(includeDrafts ? WITH_DRAFTS : SUBMITTED)) {
                statement.setObject(1, questionnaireId);
                statement.setObject(2, questionnaireId);
                statement.setFetchSize(BATCH);
                try (ResultSet rows = statement.executeQuery()) {
                    if (!own || !readAhead(rows, visible, row)) {
                        while (rows.next()) {
                            Stored stored = stored(rows);
                            if (visible.test(stored.municipalityCode)) {
                                row.accept(stored.municipalityCode, stored.answers, stored.submittedAt, stored.version);
                            }
                        }
                    }
                }
            } finally {
                if (own) {
                    // Read only: ending the transaction this way commits nothing.
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the responses", e);
        }
    }

    /**
     * The rows read on a reader thread and handed over in batches; false (nothing read) when no reader is free. The
     * reader has stopped, and left the result set, when this returns or throws.
     */
    private boolean readAhead(ResultSet rows, Predicate<String> visible, Row row) throws IOException, SQLException {
        BlockingQueue<List<Stored>> queue = new ArrayBlockingQueue<>(QUEUED);
        Reader reader = new Reader(rows, queue);
        Future<?> reading;
        try {
            reading = readers.submit(reader);
        } catch (RejectedExecutionException busy) {
            return false;
        }
        try {
            while (true) {
                List<Stored> batch = queue.poll(1, TimeUnit.SECONDS);
                if (batch == null) {
                    if (reading.isDone()) {
                        // The reader ended without its end marker: only an error does that.
                        batch = queue.poll();
                        if (batch == null) {
                            reading.get();
                            throw new IllegalStateException("The response reader stopped");
                        }
                    } else {
                        continue;
                    }
                }
                if (batch == END) {
                    break;
                }
                for (Stored stored : batch) {
                    if (visible.test(stored.municipalityCode)) {
                        row.accept(stored.municipalityCode, stored.answers, stored.submittedAt, stored.version);
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while reading the responses", e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        } finally {
            reader.stopped = true;
            queue.clear();
            awaitQuietly(reading);
        }
        if (reader.failure != null) {
            throw failure(reader.failure);
        }
        return true;
    }

    private static void awaitQuietly(Future<?> reading) {
        boolean interrupted = false;
        while (true) {
            try {
                reading.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private static RuntimeException failure(Throwable cause) {
        if (cause instanceof SQLException sql) {
            return new IllegalStateException("Could not read the responses", sql);
        }
        return cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }

    /** Reads the result set into batches until it ends, fails or the caller stops (see {@link #readAhead}). */
    private static final class Reader implements Runnable {
        private final ResultSet rows;
        private final BlockingQueue<List<Stored>> queue;
        volatile boolean stopped;
        volatile Throwable failure;

        Reader(ResultSet rows, BlockingQueue<List<Stored>> queue) {
            this.rows = rows;
            this.queue = queue;
        }

        @Override
        public void run() {
            try {
                List<Stored> batch = new ArrayList<>(BATCH);
                while (!stopped && rows.next()) {
                    batch.add(stored(rows));
                    if (batch.size() == BATCH) {
                        if (!hand(batch)) {
                            return;
                        }
                        batch = new ArrayList<>(BATCH);
                    }
                }
                if (!batch.isEmpty() && !hand(batch)) {
                    return;
                }
            } catch (Throwable e) {
                failure = e;
            }
            // The end (after a failure too: the caller then throws it).
            hand(END);
        }

        /** Puts a batch in the queue, waiting for room; false when the caller has stopped. */
        private boolean hand(List<Stored> batch) {
            try {
                while (!stopped) {
                    if (queue.offer(batch, 100, TimeUnit.MILLISECONDS)) {
                        return true;
                    }
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return false;
        }
    }

    private static Stored stored(ResultSet rows) throws SQLException {
        OffsetDateTime submittedAt = rows.getObject(3, OffsetDateTime.class);
        return new Stored(rows.getString(1), rows.getBytes(2), submittedAt == null ? null : submittedAt.toInstant(),
                rows.getInt(4));
    }
}
