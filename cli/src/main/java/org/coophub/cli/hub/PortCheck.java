package org.coophub.cli.hub;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;

/** Refuses to start when a port the hub needs is taken, naming the option that moves it. */
final class PortCheck {

    private PortCheck() {}

    static void requireFree(HubPorts ports, boolean withRegistry) {
        requireFree(ports.kafka(), "Kafka client", "--kafka-port");
        requireFree(ports.controller(), "KRaft controller", "--controller-port");
        if (withRegistry) {
            requireFree(ports.registry(), "schema registry", "--registry-port");
        }
    }

    static void requireFree(int port, String role, String option) {
        if (!isFree(port)) {
            throw new HubException("port " + port + " (" + role + ") is already in use on 127.0.0.1; stop what"
                    + " uses it or choose another with " + option + "=<port>");
        }
    }

    static boolean isFree(int port) {
        try (var socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port));
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
