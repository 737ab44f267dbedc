package se.kompetenslaget.sync;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The change order kept by the triggers of migration V16 in {@code sync_change}: one row per object, its place
 * (xid8, seq) or its tombstone. Reads only places whose transaction id is below the snapshot's xmin, so no
 * transaction still running can later commit a change before a place already handed out.
 */
@ApplicationScoped
public class ChangeLog {

    /** One object's place in the order: changed (or created) at that place, or deleted there. */
    record Entry(String id, String municipalityCode, SyncCursor position, Instant changedAt, boolean deleted) {
    }

    /**
     * What a read found: the cursor it started from, up to the limit asked for, whether there were more, and the
     * horizon it read up to.
     */
    record Slice(SyncCursor from, List<Entry> entries, boolean hasMore, SyncCursor horizon) {

        /**
         * Where the client goes on from: after the last change of a full page; else the horizon, because every change
         * before it (the caller's or not) has now been read, so the next read need not walk past them again.
         */
        SyncCursor next() {
            SyncCursor last = entries.isEmpty() ? from : entries.get(entries.size() - 1).position();
            return hasMore ? last : SyncCursor.max(SyncCursor.max(from, last), horizon);
        }
    }

    private final AgroalDataSource dataSource;

    public ChangeLog(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * The kind's changes after the cursor, in order, of the given municipalities (null: all). The horizon is the
     * place just before the oldest transaction still running: everything before it has been read once the slice has
     * no more.
     */
    Slice read(String kind, SyncCursor after, Set<String> municipalities, int limit) {
        try (Connection connection = dataSource.getConnection()) {
            long xmin;
            long xmax;
            try (PreparedStatement snapshot = connection.prepareStatement(
                    "SELECT pg_snapshot_xmin(s)::text, pg_snapshot_xmax(s)::text FROM pg_current_snapshot() s");
                    ResultSet row = snapshot.executeQuery()) {
                row.next();
                xmin = Long.parseUnsignedLong(row.getString(1));
                xmax = Long.parseUnsignedLong(row.getString(2));
            }
            if (Long.compareUnsigned(after.xid(), xmax) > 0) {
                // No transaction of this database has had that id yet: not a cursor it gave (or it was restored).
                throw SyncCursor.invalid("is not a cursor of this database (was it restored from a backup?)");
            }
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement query = connection.prepareStatement("""
                    SELECT id, municipality_code, xid::text, seq, changed_at, deleted_at IS NOT NULL
                      FROM sync_change
                     WHERE kind = ? AND (xid, seq) > (?::xid8, ?) AND xid < ?::xid8
                       AND (?::text[] IS NULL OR municipality_code = ANY (?::text[]))
                     ORDER BY xid, seq
                     LIMIT ?""")) {
                query.setString(1, kind);
                query.setString(2, Long.toUnsignedString(after.xid()));
                query.setLong(3, after.seq());
                query.setString(4, Long.toUnsignedString(xmin));
                Object scope = municipalities == null ? null
                        : connection.createArrayOf("text", municipalities.toArray());
                query.setObject(5, scope, Types.ARRAY);
                query.setObject(6, scope, Types.ARRAY);
                query.setInt(7, limit + 1);
                try (ResultSet rows = query.executeQuery()) {
                    while (rows.next()) {
                        entries.add(new Entry(rows.getString(1), rows.getString(2),
                                new SyncCursor(kind, Long.parseUnsignedLong(rows.getString(3)), rows.getLong(4)),
                                rows.getTimestamp(5).toInstant(), rows.getBoolean(6)));
                    }
                }
            }
            boolean more = entries.size() > limit;
            return new Slice(after, more ? entries.subList(0, limit) : entries, more, new SyncCursor(kind, xmin, 0));
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the changes", e);
        }
    }

    /**
     * Where a sync from an instant starts: just before the first place changed at or after it, and never after the
     * horizon (a transaction still running may yet commit a change stamped with that time).
     */
    SyncCursor startAt(String kind, Instant since) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement("""
                        SELECT pg_snapshot_xmin(pg_current_snapshot())::text,
                               (SELECT xid::text || '.' || seq FROM sync_change
                                 WHERE kind = ? AND changed_at >= ? ORDER BY xid, seq LIMIT 1)""")) {
            query.setString(1, kind);
            query.setTimestamp(2, Timestamp.from(since));
            try (ResultSet row = query.executeQuery()) {
                row.next();
                SyncCursor horizon = new SyncCursor(kind, Long.parseUnsignedLong(row.getString(1)), 0);
                String first = row.getString(2);
                if (first == null) {
                    return horizon;
                }
                String[] place = first.split("\\.");
                SyncCursor before = new SyncCursor(kind, Long.parseUnsignedLong(place[0]),
                        Long.parseLong(place[1]) - 1);
                return before.compareTo(horizon) < 0 ? before : horizon;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not read the changes", e);
        }
    }
}
