package org.demandflow.notification.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A slow SMTP server on demand: a TCP relay in front of the real (GreenMail) server that passes everything
 * through, except the next message a test arms it to hold. That message's {@code MAIL FROM} (the start of its SMTP
 * transaction, on a new connection or on one kept open from an earlier send) is forwarded only when the test
 * releases it, so the send is held in the middle of its SMTP transaction for exactly as long as the test needs — a
 * latch, not a sleep.
 */
public final class HoldingSmtpRelay implements AutoCloseable {

    private final ServerSocket listener;
    private final int upstreamPort;
    private final AtomicReference<Hold> armed = new AtomicReference<>();
    private final AtomicInteger connections = new AtomicInteger();

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

    /** How many connections clients have opened through the relay. */
    public int connections() {
        return connections.get();
    }

    /** Holds the next message until {@link Hold#release()}; answers the hold to wait on and release. */
    public Hold holdNextMessage() {
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
                connections.incrementAndGet();
                daemon(() -> relay(client));
            } catch (IOException closed) {
                return;
            }
        }
    }

    private void relay(Socket client) {
        try (client; Socket server = new Socket(InetAddress.getLoopbackAddress(), upstreamPort)) {
            Thread upstream = daemon(() -> commands(client, server));
            copy(server, client);
            upstream.join();
        } catch (IOException | InterruptedException gone) {
            // either side closed: the connection ends
        }
    }

    /** The client's lines to the server, byte for byte; a {@code MAIL FROM} waits while a hold is armed. */
    private void commands(Socket client, Socket server) {
        try (InputStream in = new BufferedInputStream(client.getInputStream());
                OutputStream out = server.getOutputStream()) {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            for (int next = in.read(); next >= 0; next = in.read()) {
                line.write(next);
                if (next == '\n') {
                    awaitHoldBefore(line.toString(StandardCharsets.US_ASCII));
                    line.writeTo(out);
                    out.flush();
                    line.reset();
                }
            }
        } catch (IOException | InterruptedException gone) {
            // either side closed
        } finally {
            closeQuietly(client);
            closeQuietly(server);
        }
    }

    private void awaitHoldBefore(String line) throws InterruptedException {
        if (!line.regionMatches(true, 0, "MAIL FROM", 0, 9)) {
            return;
        }
        Hold hold = armed.getAndSet(null);
        if (hold != null) {
            hold.started.countDown();
            hold.released.await();
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

    /** One held message: the test waits until the send is held, then releases it. */
    public static final class Hold {

        private final CountDownLatch started = new CountDownLatch(1);
        private final CountDownLatch released = new CountDownLatch(1);

        /** Waits until a send is held on the connection; fails when none came within {@code patience}. */
        public void awaitSendHeld(Duration patience) throws InterruptedException {
            if (!started.await(patience.toMillis(), TimeUnit.MILLISECONDS)) {
                throw new AssertionError("no SMTP message came within " + patience);
            }
        }

        /** Lets the held message through to the real server. */
        public void release() {
            released.countDown();
        }
    }
}
