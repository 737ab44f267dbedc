package se.kompetenslaget.support;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * A real SMTP server in the test JVM (GreenMail) on a free port, with the mailer pointed at it; it can be swapped for a
 * server that refuses every recipient with a 550, on the same port, and back. The resource only chooses the port (it
 * runs in another class loader than the test); the test reads it from the configuration and starts and stops the
 * servers itself.
 */
public class SmtpServer implements QuarkusTestResourceLifecycleManager {

    public static final String REFUSAL = "550 5.7.1 Recipient refused by policy";

    private static int port;
    private static GreenMail greenMail;
    private static ServerSocket refusing;

    @Override
    public Map<String, String> start() {
        int port;
        try (ServerSocket probe = new ServerSocket(0)) {
            port = probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Map.of("quarkus.mailer.host", "127.0.0.1", "quarkus.mailer.port", String.valueOf(port),
                "quarkus.mailer.mock", "false",
                "quarkus.mailer.start-tls", "DISABLED", "kl.public-url", "https://kompetenslaget.test");
    }

    @Override
    public void stop() {
        // The test stops its servers (stopAll).
    }

    /** The GreenMail server that accepts everything (started if the refusing one runs). */
    public static synchronized GreenMail accept(int onPort) {
        if (greenMail == null || port != onPort) {
            stopAll();
            port = onPort;
            ServerSetup setup = new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
            setup.setServerStartupTimeout(30_000);
            // A client that lost the greeting waits for the server to give up: 10 s here, not GreenMail's 30 s.
            setup.setReadTimeout(10_000);
            greenMail = new GreenMail(setup).withConfiguration(GreenMailConfiguration.aConfig().withDisabledAuthentication());
            greenMail.start();
        }
        return greenMail;
    }

    public static synchronized GreenMail greenMail() {
        return greenMail;
    }

    /** Replaces GreenMail by a server that answers every RCPT TO with {@link #REFUSAL}. */
    public static synchronized void refuse(int onPort) {
        stopAll();
        port = onPort;
        try {
            refusing = new ServerSocket();
            refusing.setReuseAddress(true);
            refusing.bind(new java.net.InetSocketAddress(InetAddress.getByName("127.0.0.1"), port));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ServerSocket server = refusing;
        Thread thread = new Thread(() -> {
            while (!server.isClosed()) {
                try (Socket socket = server.accept()) {
                    converse(socket);
                } catch (IOException e) {
                    // closed, or the client went away
                }
            }
        }, "refusing-smtp");
        thread.setDaemon(true);
        thread.start();
    }

    private static void converse(Socket socket) throws IOException {
        // A client that lost the greeting is let go after 10 s (as GreenMail's read timeout above).
        socket.setSoTimeout(10_000);
        BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.US_ASCII));
        OutputStream out = socket.getOutputStream();
        write(out, "220 refusing.test ESMTP");
        String line;
        while ((line = in.readLine()) != null) {
            String command = line.length() >= 4 ? line.substring(0, 4).toUpperCase() : line.toUpperCase();
            switch (command) {
                case "EHLO" -> write(out, "250 refusing.test");
                case "HELO", "MAIL", "RSET", "NOOP" -> write(out, "250 OK");
                case "RCPT" -> write(out, REFUSAL);
                case "QUIT" -> {
                    write(out, "221 Bye");
                    // Let the client close first, so the port is not held in TIME_WAIT when GreenMail takes it back.
                    while (in.readLine() != null) {
                        // drain
                    }
                    return;
                }
                default -> write(out, "502 5.5.1 Not implemented");
            }
        }
    }

    private static void write(OutputStream out, String reply) throws IOException {
        out.write((reply + "\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
    }

    /** Stops whichever server runs. */
    public static synchronized void stopAll() {
        if (greenMail != null) {
            greenMail.stop();
            greenMail = null;
        }
        if (refusing != null) {
            try {
                refusing.close();
            } catch (IOException e) {
                // already closed
            }
            refusing = null;
        }
    }
}
