package org.demandflow.e2e.support;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;

/**
 * A TCP relay in front of the SMTP server that can hold a message at its last step: the line {@code .} that
 * ends its DATA is forwarded only when the hold for one of its recipients completes (or after the longest
 * hold, which then fails, so a stuck test never blocks a send past the client's timeout and learns that the
 * relay gave up). Everything else passes unchanged.
 * This plays a slow SMTP server at a moment the test chooses; no library offers that, so it is written here.
 */
public final class SmtpRelay implements AutoCloseable {

    private static final Duration LONGEST_HOLD = Duration.ofSeconds(8);

    private final ServerSocket server;
    private final int smtpPort;
    private volatile Function<String, CompletableFuture<Void>> holds = recipient -> null;

    public SmtpRelay(int smtpPort) {
        this.smtpPort = smtpPort;
        try {
            this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        Thread acceptor = new Thread(this::accept, "smtp-relay");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    public int port() {
        return server.getLocalPort();
    }

    /**
     * From now on a message to a recipient for which {@code hold} answers a future waits at its end until the
     * future completes; a null answer lets it through at once. Called on the relay's own thread.
     */
    public void holdWith(Function<String, CompletableFuture<Void>> hold) {
        this.holds = hold;
    }

    private void accept() {
        while (!server.isClosed()) {
            try {
                Socket client = server.accept();
                Socket smtp = new Socket(InetAddress.getLoopbackAddress(), smtpPort);
                start(() -> pump(smtp, client), "smtp-relay-down");
                start(() -> relayCommands(client, smtp), "smtp-relay-up");
            } catch (IOException e) {
                // closed, or the SMTP server refused: the client sees its connection end
            }
        }
    }

    private static void start(Runnable task, String name) {
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** The server's replies, byte for byte. */
    private static void pump(Socket from, Socket to) {
        try (from; to; InputStream in = from.getInputStream(); OutputStream out = to.getOutputStream()) {
            in.transferTo(out);
        } catch (IOException e) {
            // one side closed
        }
    }

    /** The client's lines, byte for byte; the end of a message waits for its hold. */
    private void relayCommands(Socket client, Socket smtp) {
        try (client; smtp; InputStream in = new BufferedInputStream(client.getInputStream());
             OutputStream out = smtp.getOutputStream()) {
            List<String> recipients = new ArrayList<>();
            boolean inData = false;
            byte[] line;
            while ((line = readLine(in)) != null) {
                String text = new String(line, StandardCharsets.US_ASCII).trim();
                if (!inData && text.toUpperCase(Locale.ROOT).startsWith("RCPT TO:")) {
                    recipients.add(text.replaceAll("(?i)^RCPT TO:\\s*<?([^>\\s]*)>?.*$", "$1").toLowerCase(Locale.ROOT));
                } else if (!inData && text.equalsIgnoreCase("DATA")) {
                    inData = true;
                } else if (inData && text.equals(".")) {
                    inData = false;
                    recipients.forEach(this::awaitHold);
                    recipients.clear();
                }
                out.write(line);
                out.flush();
            }
        } catch (IOException e) {
            // one side closed
        }
    }

    private void awaitHold(String recipient) {
        CompletableFuture<Void> hold = holds.apply(recipient);
        if (hold == null) {
            return;
        }
        try {
            hold.get(LONGEST_HOLD.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            // the test ended the hold by failing it: let the message through
        } catch (TimeoutException e) {
            // let it through, and fail the hold so the test knows the relay did not wait for it
            hold.completeExceptionally(e);
        }
    }

    /** One line with its CRLF, or null at the end of the stream. */
    private static byte[] readLine(InputStream in) throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) != -1) {
            line.write(b);
            if (b == '\n') {
                return line.toByteArray();
            }
        }
        return line.size() == 0 ? null : line.toByteArray();
    }

    @Override
    public void close() {
        try {
            server.close();
        } catch (IOException e) {
            // closing
        }
    }
}
