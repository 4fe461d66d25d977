package io.newsflow.deploy.cli;

import picocli.CommandLine;

/** Reads a TCP port option, so a port outside 0-65535 is wrong use (exit 2) rather than a failure deep in a server. */
final class PortNumber implements CommandLine.ITypeConverter<Integer> {
    static final int HIGHEST = 65_535;

    @Override
    public Integer convert(String value) {
        int port;
        try {
            port = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a port number (0-" + HIGHEST
                    + "; 0 picks a free one)");
        }
        if (port < 0 || port > HIGHEST) {
            throw new CommandLine.TypeConversionException(port + " is not a port number (0-" + HIGHEST
                    + "; 0 picks a free one)");
        }
        return port;
    }
}
