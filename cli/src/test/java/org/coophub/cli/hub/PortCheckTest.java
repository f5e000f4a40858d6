package org.coophub.cli.hub;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import org.junit.jupiter.api.Test;

class PortCheckTest {

    @Test
    void refusesABusyKafkaPortNamingTheOptionThatMovesIt() throws IOException {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var ports = new HubPorts(busy.getLocalPort(), TestHomes.freePort(), TestHomes.freePort());

            assertThatThrownBy(() -> PortCheck.requireFree(ports, true))
                    .isInstanceOf(HubException.class)
                    .hasMessageContaining("port " + busy.getLocalPort() + " (Kafka client) is already in use")
                    .hasMessageContaining("--kafka-port");
        }
    }

    @Test
    void refusesABusyControllerOrRegistryPort() throws IOException {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = busy.getLocalPort();

            assertThatThrownBy(() -> PortCheck.requireFree(new HubPorts(TestHomes.freePort(), port, 1), true))
                    .hasMessageContaining("--controller-port");
            assertThatThrownBy(() -> PortCheck.requireFree(new HubPorts(TestHomes.freePort(), 1, port), true))
                    .hasMessageContaining("(schema registry)")
                    .hasMessageContaining("--registry-port");
        }
    }

    @Test
    void ignoresTheRegistryPortWhenOnlyKafkaStarts() throws IOException {
        try (var busy = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            var ports = new HubPorts(TestHomes.freePort(), TestHomes.freePort(), busy.getLocalPort());

            assertThatCode(() -> PortCheck.requireFree(ports, false)).doesNotThrowAnyException();
        }
    }

    @Test
    void rejectsTheSamePortForTwoComponents() {
        assertThatThrownBy(() -> new HubPorts(9092, 9092, 8081)).hasMessageContaining("must differ");
    }
}
