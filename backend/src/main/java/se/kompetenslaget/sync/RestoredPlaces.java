package se.kompetenslaget.sync;

import io.agroal.api.AgroalDataSource;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.jboss.logging.Logger;
import se.kompetenslaget.AppCdsTraining;

/**
 * Puts the change order right after a restore into another PostgreSQL cluster. A dump keeps the transaction ids of the
 * cluster it came from; a fresh cluster counts from lower ones, so those places would lie beyond every snapshot's xmin
 * (never handed out) and new changes would sort before them. At start, places from beyond this cluster's transactions
 * all move to one current transaction id, their sequence order kept; clients' cursors from before the restore are then
 * refused (400), so they start over.
 */
@ApplicationScoped
public class RestoredPlaces {

    private static final Logger LOG = Logger.getLogger(RestoredPlaces.class);

    private final AgroalDataSource dataSource;

    public RestoredPlaces(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
    }

    void onStart(@Observes StartupEvent start) {
        if (AppCdsTraining.active()) {
            return; // the build's start for the class-data archive has no database (AppCdsTraining)
        }
        int moved = rebase();
        if (moved > 0) {
            LOG.warnf("The change order held %d places from another database's transactions (restored from a dump?):"
                    + " moved them to the current one; sync clients start over.", moved);
        }
    }

    /** Moves every place when any lies beyond this cluster's transaction ids; how many moved. */
    @Transactional
    public int rebase() {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement("""
                        UPDATE sync_change SET xid = pg_current_xact_id()
                         WHERE (SELECT max(xid) FROM sync_change) >= pg_snapshot_xmax(pg_current_snapshot())""")) {
            return update.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("Could not check the change order", e);
        }
    }
}
