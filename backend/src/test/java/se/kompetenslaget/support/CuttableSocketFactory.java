package se.kompetenslaget.support;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import javax.net.SocketFactory;

/**
 * The sockets of the application's database connections (PostgreSQL's {@code socketFactory} connection property),
 * which a test can cut as a network outage would: every open connection is closed and new ones are refused, until
 * the test restores the network. The database itself stays up, so the test can check afterwards what was stored.
 */
public class CuttableSocketFactory extends SocketFactory {

    // Kept in the JVM's system properties, not in static fields: the driver may load this class through another
    // class loader than the test's, and both must see the same state.
    private static final String OPEN_KEY = "kl.test.database-sockets";
    private static final String CUT_KEY = "kl.test.database-cut";

    @SuppressWarnings("unchecked")
    private static Set<Socket> open() {
        return (Set<Socket>) System.getProperties().computeIfAbsent(OPEN_KEY, key -> ConcurrentHashMap.newKeySet());
    }

    private static boolean isCut() {
        return Boolean.TRUE.equals(System.getProperties().get(CUT_KEY));
    }

    /** How many database connections are open through this factory. */
    public static int openConnections() {
        return open().size();
    }

    /** Closes every open database connection and refuses new ones. */
    public static void cut() {
        System.getProperties().put(CUT_KEY, Boolean.TRUE);
        for (Socket socket : open()) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** Lets connections through again. */
    public static void restore() {
        System.getProperties().put(CUT_KEY, Boolean.FALSE);
    }

    @Override
    public Socket createSocket() {
        return new CuttableSocket();
    }

    @Override
    public Socket createSocket(String host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(String host, int port, InetAddress localHost, int localPort) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress host, int port) throws IOException {
        return connected(new InetSocketAddress(host, port));
    }

    @Override
    public Socket createSocket(InetAddress address, int port, InetAddress localAddress, int localPort) throws IOException {
        return connected(new InetSocketAddress(address, port));
    }

    private static Socket connected(SocketAddress address) throws IOException {
        Socket socket = new CuttableSocket();
        socket.connect(address);
        return socket;
    }

    private static final class CuttableSocket extends Socket {

        @Override
        public void connect(SocketAddress endpoint, int timeout) throws IOException {
            if (isCut()) {
                throw new ConnectException("Connection refused (the test cut the network)");
            }
            super.connect(endpoint, timeout);
            open().add(this);
            if (isCut()) {
                close();
                throw new ConnectException("Connection refused (the test cut the network)");
            }
        }

        @Override
        public synchronized void close() throws IOException {
            open().remove(this);
            super.close();
        }
    }
}
