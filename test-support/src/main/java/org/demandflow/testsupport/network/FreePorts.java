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
 * a stack holds its ports for minutes, and its second instances' ports are only bound when they start.
 */
public final class FreePorts {

    /** The lowest port handed out: above the well-known and the usual development ports. */
    private static final int LOWEST = 20_000;
    /** Room kept below the ephemeral range for a second instance's port (port + 100). */
    private static final int HEADROOM = 200;
    private static final Path RANGE = Path.of("/proc/sys/net/ipv4/ip_local_port_range");
    private static final Set<Integer> HANDED_OUT = new HashSet<>();

    private FreePorts() {
    }

    /** A port no one listens on now and none handed out before: any free one where the range is unknown or narrow. */
    public static synchronized int next() {
        int highest = firstEphemeralPort() - HEADROOM;
        if (highest - LOWEST < 1_000) {
            return anyEphemeralPort();
        }
        for (int attempt = 0; attempt < 1_000; attempt++) {
            int port = ThreadLocalRandom.current().nextInt(LOWEST, highest);
            if (!HANDED_OUT.contains(port) && isFree(port)) {
                HANDED_OUT.add(port);
                return port;
            }
        }
        throw new IllegalStateException("no free port between " + LOWEST + " and " + highest);
    }

    /** Whether a server socket can be bound to the port right now. */
    public static boolean isFree(int port) {
        try (ServerSocket socket = new ServerSocket(port)) {
            return true;
        } catch (IOException taken) {
            return false;
        }
    }

    private static int firstEphemeralPort() {
        try {
            return Files.isReadable(RANGE) ? Integer.parseInt(Files.readString(RANGE).trim().split("\\s+")[0]) : 0;
        } catch (IOException unreadable) {
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
