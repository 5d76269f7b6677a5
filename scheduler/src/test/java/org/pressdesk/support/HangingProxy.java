package org.pressdesk.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A TCP proxy in front of a real server that a test can make hang. Hung, it keeps every connection
 * open and still accepts new ones, but forwards nothing either way: what a database that stopped
 * answering looks like to its clients (unlike a refused connection, which fails fast on its own).
 * Restored, it forwards again, held bytes first.
 */
public final class HangingProxy implements AutoCloseable {

    private final ServerSocket server;
    private final String upstreamHost;
    private final int upstreamPort;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition open = lock.newCondition();
    private boolean hung;
    private volatile boolean closed;

    private HangingProxy(String upstreamHost, int upstreamPort) throws IOException {
        this.upstreamHost = upstreamHost;
        this.upstreamPort = upstreamPort;
        this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        daemon("proxy-accept", this::acceptLoop);
    }

    /** A proxy on a free loopback port forwarding to {@code host:port}. */
    public static HangingProxy to(String host, int port) {
        try {
            return new HangingProxy(host, port);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public int port() {
        return server.getLocalPort();
    }

    /** Stops forwarding; connections stay open, new ones are accepted and wait. */
    public void hang() {
        setHung(true);
    }

    /** Forwards again. */
    public void restore() {
        setHung(false);
    }

    private void setHung(boolean value) {
        lock.lock();
        try {
            hung = value;
            open.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitOpen() throws InterruptedException {
        lock.lock();
        try {
            while (hung && !closed) {
                open.await();
            }
        } finally {
            lock.unlock();
        }
    }

    private void acceptLoop() {
        while (!closed) {
            try {
                Socket client = server.accept();
                sockets.add(client);
                daemon("proxy-connect", () -> connect(client));
            } catch (IOException e) {
                if (!closed) {
                    throw new UncheckedIOException(e);
                }
            }
        }
    }

    private void connect(Socket client) {
        try {
            awaitOpen();
            Socket upstream = new Socket(upstreamHost, upstreamPort);
            sockets.add(upstream);
            daemon("proxy-up", () -> pump(client, upstream));
            daemon("proxy-down", () -> pump(upstream, client));
        } catch (IOException | InterruptedException e) {
            closeQuietly(client);
        }
    }

    private void pump(Socket from, Socket to) {
        byte[] buffer = new byte[16 * 1024];
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                awaitOpen();
                out.write(buffer, 0, n);
                out.flush();
            }
        } catch (IOException | InterruptedException e) {
            // one side closed; the other goes with it
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private void closeQuietly(Socket socket) {
        sockets.remove(socket);
        try {
            socket.close();
        } catch (IOException ignored) {
            // closing anyway
        }
    }

    // Platform threads: a pump waiting on the lock must not hold one of the few carrier threads.
    private static void daemon(String name, Runnable task) {
        Thread.ofPlatform().name(name).daemon().start(task);
    }

    @Override
    public void close() {
        closed = true;
        restore();
        try {
            server.close();
        } catch (IOException ignored) {
            // closing anyway
        }
        sockets.forEach(this::closeQuietly);
    }
}
