package org.demandflow.notification.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A slow SMTP server on demand: a TCP relay in front of the real (GreenMail) server that passes every
 * connection through, except the one a test arms it to hold. That connection is accepted but gets
 * nothing (not even the greeting) until the test releases it, so the send on it is held in the
 * middle of its SMTP transaction for exactly as long as the test needs — a latch, not a sleep.
 */
public final class HoldingSmtpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final AtomicReference<Hold> armed = new AtomicReference<>();

    public HoldingSmtpRelay(int upstreamPort) {
        this.upstreamPort = upstreamPort;
        try {
            this.listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        daemon(this::acceptForever);
    }

    public int port() {
        return listener.getLocalPort();
    }

    /** Holds the next connection until {@link Hold#release()}; answers the hold to wait on and release. */
    public Hold holdNextConnection() {
        Hold hold = new Hold();
        armed.set(hold);
        return hold;
    }

    @Override
    public void close() throws IOException {
        listener.close();
    }

    private void acceptForever() {
        while (!listener.isClosed()) {
            try {
                Socket client = listener.accept();
                Hold hold = armed.getAndSet(null);
                daemon(() -> relay(client, hold));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client, Hold hold) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            if (hold != null) {
                hold.started.countDown();
                hold.released.await();
            }
            Thread upstream = daemon(() -> copy(client, server));
            copy(server, client);
            upstream.join();
        } catch (IOException | InterruptedException gone) {
            // either side closed: the connection ends
        }
    }

    private static void copy(Socket from, Socket to) {
        try (InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException gone) {
            // either side closed
        } finally {
            closeQuietly(from);
            closeQuietly(to);
        }
    }

    private static void closeQuietly(Socket socket) {
        try {
            socket.close();
        } catch (IOException ignored) {
            // closed either way
        }
    }

    private static Thread daemon(Runnable work) {
        Thread thread = new Thread(work, "smtp-relay");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    /** One held connection: the test waits until the send is on it, then releases it. */
    public static final class Hold {

        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until a send is held on the connection; fails when none came within {@code patience}. */
        public void awaitSendHeld(Duration patience) throws InterruptedException {
            if (!started.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no SMTP connection came within " + patience);
            }
        }

        /** Lets the held connection through to the real server. */
        public void release() {
            released.countDown();
        }
    }
}
