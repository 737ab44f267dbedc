package se.kompetenslaget.access;

import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.net.SocketAddress;

/**
 * The address a request came from, as throttles count it: the connection's remote address, or, only where Quarkus is
 * told to trust a reverse proxy ({@code quarkus.http.proxy.*}), the client address the proxy forwarded.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String of(HttpServerRequest request) {
        SocketAddress remote = request == null ? null : request.remoteAddress();
        if (remote == null) {
            return "unknown";
        }
        String host = remote.hostAddress();
        String address = host == null || host.isBlank() ? String.valueOf(remote.host()) : host;
        // A forwarded value comes from a header: keep keys short whatever it says.
        return address.length() > 100 ? address.substring(0, 100) : address;
    }
}
