package org.demandflow.testsupport.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class FreePortsTest {

    @Test
    void a_port_and_its_offset_are_bindable_below_the_ephemeral_range_and_never_handed_out_again() throws IOException {
        int firstEphemeral = Integer.parseInt(
                Files.readAllLines(Path.of("/proc/sys/net/ipv4/ip_local_port_range")).get(0).trim().split("\\s+")[0]);
        Set<Integer> handedOut = new HashSet<>();
        for (int i = 0; i < 50; i++) {
            int port = FreePorts.withOffsetFree(100);
            assertThat(port + 100).isLessThan(firstEphemeral);
            assertThat(handedOut.add(port)).as("port %d handed out twice", port).isTrue();
            assertThat(handedOut.add(port + 100)).as("port %d handed out twice", port + 100).isTrue();
            try (ServerSocket service = new ServerSocket(port); ServerSocket second = new ServerSocket(port + 100)) {
                assertThat(service.getLocalPort()).isEqualTo(port);
            }
        }
        for (int i = 0; i < 50; i++) {
            assertThat(handedOut.add(FreePorts.next())).isTrue();
        }
    }

    @Test
    void an_offset_beyond_the_room_kept_for_it_is_refused() {
        assertThatThrownBy(() -> FreePorts.withOffsetFree(201)).isInstanceOf(IllegalArgumentException.class);
    }
}
