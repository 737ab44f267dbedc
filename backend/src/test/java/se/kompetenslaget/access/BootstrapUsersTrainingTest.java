package se.kompetenslaget.access;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The build's start for the class-data archive (se.kompetenslaget.AppCdsTraining) has no database: the first
 * administrator is neither looked for nor created then, and every other start still does both.
 */
class BootstrapUsersTrainingTest {

    @AfterEach
    void clear() {
        System.clearProperty("kl.app-cds-training");
    }

    private static BootstrapUsers withoutDatabase() {
        // no repository, lock or audit: any use of the database fails
        return new BootstrapUsers(null, null, null, null, Clock.systemUTC(), Optional.of("admin@example.se"),
                Optional.of("correct-horse-battery-staple"), false, false);
    }

    @Test
    void theArchiveStartTouchesNoDatabase() {
        System.setProperty("kl.app-cds-training", "true"); // as AppCdsTraining.configure() sets it
        assertDoesNotThrow(() -> withoutDatabase().onStart(null));
    }

    @Test
    void anyOtherStartLooksForTheAdministrator() {
        // outside a running Quarkus its first statement (no datasource) fails: it did look for the administrator
        RuntimeException failed = assertThrows(RuntimeException.class, () -> withoutDatabase().onStart(null));
        assertTrue(java.util.Arrays.stream(failed.getStackTrace())
                .anyMatch(frame -> frame.getMethodName().equals("adminExists")), () -> failed.toString());
    }
}
