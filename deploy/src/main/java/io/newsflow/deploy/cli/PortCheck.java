package io.newsflow.deploy.cli;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.UnknownHostException;

/** Fails early, with what to do next, when a port the user asked for is taken. */
final class PortCheck {
    private PortCheck() {
    }

    static void requireFree(String host, int port, String option) {
        if (port == 0) {
            return;
        }
        InetAddress address;
        try {
            address = InetAddress.getByName(host);
        } catch (UnknownHostException e) {
            throw new CliError("cannot listen on " + host + ": unknown host; give an address of this machine, such as "
                    + "127.0.0.1 or 0.0.0.0 (all interfaces)");
        }
        try (ServerSocket socket = new ServerSocket(port, 1, address)) {
            socket.setReuseAddress(true);
        } catch (IOException e) {
            if (!String.valueOf(e.getMessage()).contains("in use")) {
                throw new CliError("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + "; give an address of this machine with --host");
            }
            throw new CliError("port " + port + " on " + host + " is already in use (another Kafka broker or "
                    + "newsflow demo?). Stop it, or choose another port with " + option + " PORT (0 picks a free one).");
        }
    }
}
