package io.newsflow.deploy.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Fails early, with what to do next, when a port the user asked for is taken. */
final class PortCheck {
    private PortCheck() {
    }

    static void requireFree(String host, int port, String option) {
        if (port == 0) {
            return;
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName(host))) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            throw new CliError("port " + port + " on " + host + " is already in use (another Kafka broker or "
                    + "newsflow demo?). Stop it, or choose another port with " + option + " PORT (0 picks a free one).");
        }
    }
}
