package se.kompetenslaget.common;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.contains;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * A JSON body is answered the same whichever way it comes: read ahead on the I/O thread (declared length, at most
 * 64 KB, sent at once or in pieces after the headers) or read by the worker as before (larger, chunked, or after
 * {@code 100 Continue}).
 */
@QuarkusTest
class JsonBodyPrefetchTest {

    private static final String LOOKUP = "{\"values\": [\"Luleå\", \"Atlantis\"]}";

    @Test
    void aBodySentInPiecesAfterTheHeadersIsWaitedFor() throws Exception {
        byte[] body = LOOKUP.getBytes(StandardCharsets.UTF_8);
        String response = exchange(socket -> {
            OutputStream out = lookupHeaders(socket, "Content-Length: " + body.length);
            Thread.sleep(300);
            out.write(body, 0, 10);
            out.flush();
            Thread.sleep(300);
            out.write(body, 10, body.length - 10);
            out.flush();
        });
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"code\":\"2580\"") && response.contains("\"unmatched\":[\"Atlantis\"]"), response);
    }

    @Test
    void aDeclaredBodyNotYetSentHoldsNoWorkerThread() throws Exception {
        byte[] body = LOOKUP.getBytes(StandardCharsets.UTF_8);
        String response = exchange(socket -> {
            OutputStream out = lookupHeaders(socket, "Content-Length: " + body.length);
            // Read on a worker, the request would park that thread in the blocking body read until the body comes.
            for (int i = 0; i < 20; i++) {
                Thread.sleep(50);
                assertTrue(workersWaitingForABody().isEmpty(), () -> "a worker waits for the body: " + workersWaitingForABody());
            }
            out.write(body);
            out.flush();
        });
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
    }

    private static java.util.List<String> workersWaitingForABody() {
        return Thread.getAllStackTraces().entrySet().stream()
                .filter(thread -> java.util.Arrays.stream(thread.getValue())
                        .anyMatch(frame -> frame.getClassName().contains("VertxBlockingInput")))
                .map(thread -> thread.getKey().getName()).toList();
    }

    @Test
    void aChunkedBodyIsReadAsBefore() throws Exception {
        byte[] body = LOOKUP.getBytes(StandardCharsets.UTF_8);
        String response = exchange(socket -> {
            OutputStream out = lookupHeaders(socket, "Transfer-Encoding: chunked");
            out.write((Integer.toHexString(body.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
            out.write(body);
            out.write("\r\n0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
        });
        assertTrue(response.startsWith("HTTP/1.1 200"), response);
        assertTrue(response.contains("\"code\":\"2580\""), response);
    }

    @Test
    void largerBodiesAndOnesAfterContinueAreReadAsBefore() {
        // Over 64 KB: white space before the values (still valid JSON), read by the worker.
        String padded = "{" + " ".repeat(70_000) + LOOKUP.substring(1);
        for (String body : new String[] { LOOKUP, padded }) {
            given().contentType("application/json; charset=UTF-8").body(body)
                    .when().post("/api/v1/municipalities/lookup")
                    .then().statusCode(200)
                    .body("matches.municipality.code", contains("2580")).body("unmatched", contains("Atlantis"));
        }
        given().contentType("application/json").header("Expect", "100-continue").body(LOOKUP)
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(200).body("matches.municipality.code", contains("2580"));
        // A malformed or empty body read ahead gets the same problems as before.
        given().contentType("application/json").body("{\"values\": [\"Luleå\"")
                .when().post("/api/v1/municipalities/lookup")
                .then().statusCode(400).body("detail", org.hamcrest.Matchers.startsWith("The request body is not valid JSON"));
    }

    /** Sends the head of a municipality lookup with the body's framing header; the body is the caller's. */
    private static OutputStream lookupHeaders(Socket socket, String framing) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(("POST /api/v1/municipalities/lookup HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                + framing + "\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        out.flush();
        return out;
    }

    private interface Sender {
        void send(Socket socket) throws Exception;
    }

    private static String exchange(Sender sender) throws Exception {
        try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), RestAssured.port)) {
            socket.setSoTimeout(60_000);
            sender.send(socket);
            return read(socket.getInputStream());
        }
    }

    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        return all.toString(StandardCharsets.UTF_8);
    }
}
