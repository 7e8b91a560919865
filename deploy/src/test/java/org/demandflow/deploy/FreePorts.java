package org.demandflow.deploy;

import java.io.IOException;
import java.net.ServerSocket;

/** A port nothing listens on right now, for a test's own broker, database or stack. */
public final class FreePorts {

    private FreePorts() {
    }

    public static int next() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
