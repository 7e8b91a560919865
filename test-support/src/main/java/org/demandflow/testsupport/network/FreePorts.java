package org.demandflow.testsupport.network;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A port nothing listens on right now, for a test's own broker, database or stack, chosen below the kernel's
 * ephemeral range ({@code /proc/sys/net/ipv4/ip_local_port_range}). A port in that range can be taken at any moment
 * by a client's outgoing connection or by anything that listens on port 0 (Chromium's driver, a broker's client):
 * a stack holds its ports for minutes, and its second instances' ports are only bound when they start. No port is
 * handed out twice in one JVM, so the parts of a stack chosen before any of them starts never share one.
 */
public final class FreePorts {

    /** The lowest port handed out: above the well-known and the usual development ports. */
    private static final int LOWEST = 20_000;
    /** The largest offset {@link #withOffsetFree} takes: the room kept below the ephemeral range for it. */
    private static final int MAX_OFFSET = 200;
    /** The highest port (exclusive) handed out, or 0 where the ephemeral range is unknown or leaves too little. */
    private static final int HIGHEST = highest();
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port no one listens on now and none handed out before. */
    public static int next() {
        return withOffsetFree(0);
    }

    /**
     * A port as {@link #next()} whose port + {@code offset} is free and not handed out either; both are handed out
     * (e.g. a service's port, and its second instance's at port + 100).
     *
     * @param offset 0 to {@value #MAX_OFFSET}
     */
    public static synchronized int withOffsetFree(int offset) {
        if (offset < 0 || offset > MAX_OFFSET) {
            throw new IllegalArgumentException("offset " + offset + " not within 0 and " + MAX_OFFSET);
        }
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = HIGHEST == 0 ? anyEphemeralPort() : ThreadLocalRandom.current().nextInt(LOWEST, HIGHEST);
            if (port + offset <= 65_535 && available(port) && (offset == 0 || available(port + offset))) {
                HANDED_OUT.add(port);
                HANDED_OUT.add(port + offset);
                return port;
            }
        }
        throw new IllegalStateException("no free port with port + " + offset + " free too");
    }

    private static boolean available(int port) {
        if (HANDED_OUT.contains(port)) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    /**
     * Read line by line: {@code Files.readString} sees the size /proc reports (0) and returns only the first byte.
     */
    private static int highest() {
        Path range = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
        try {
            int highest = Files.isReadable(range)
                    ? Integer.parseInt(Files.readAllLines(range).get(0).trim().split("\\s+")[0]) - MAX_OFFSET : 0;
            return highest - LOWEST < 1_000 ? 0 : highest;
        } catch (IOException | RuntimeException unreadable) {
            return 0;
        }
    }

    private static int anyEphemeralPort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
