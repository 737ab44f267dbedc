package se.kompetenslaget.embedded;

import java.nio.file.Path;

/**
 * A service run that EmbeddedDatabaseTest kills (SIGKILL): starts the embedded server as Main does, says READY and
 * waits to be killed, leaving its PostgreSQL running.
 */
public final class KilledRun {

    public static void main(String[] args) throws InterruptedException {
        EmbeddedDatabase.startUnlessConfigured(System.getenv(), System.getProperties(), Path.of("")).orElseThrow();
        System.out.println("READY");
        System.out.flush();
        Thread.currentThread().join();
    }

    private KilledRun() {
    }
}
