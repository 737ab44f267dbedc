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

    private static final Set<Socket> OPEN = ConcurrentHashMap.newKeySet();
    private static volatile boolean cut;

    /** Closes every open database connection and refuses new ones. */
    public static void cut() {
        cut = true;
        for (Socket socket : OPEN) {
            try {
                socket.close();
            } catch (IOException ignored) {
                // already gone
            }
        }
    }

    /** Lets connections through again. */
    public static void restore() {
        cut = false;
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
            if (cut) {
                throw new ConnectException("Connection refused (the test cut the network)");
            }
            super.connect(endpoint, timeout);
            OPEN.add(this);
            if (cut) {
                close();
                throw new ConnectException("Connection refused (the test cut the network)");
            }
        }

        @Override
        public synchronized void close() throws IOException {
            OPEN.remove(this);
            super.close();
        }
    }
}
